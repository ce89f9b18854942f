//! The end of a round: the main message and what to remember, the score, how sure the person is
//! now beside how sure they were, every statement by the fact it teaches with both answers, and
//! Try again.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::feedback::reasons;
use super::state::{AnsweredStatement, QuizAction};
use super::sureness::{sureness_pair, sureness_question, Moment};
use super::{dispatch, score_text, ScreenParts};
use crate::components::listen::listen_button;
use crate::components::main_message::main_message_and_points;
use crate::components::share::{share_button, ShareLink};
use crate::components::source_quote::quoted;
use crate::content::{fill, Locale};
use crate::route::Route;

/// The heading (focus lands on it), the main message and the points to remember, the score, and
/// a list of every statement, each with its explanation a click away; `print_answers` is
/// whether the printout includes the answers (it always opens with its title, the main message
/// and the points, then what each step says).
pub fn results_screen(props: &ScreenParts<'_>, print_answers: &UseStateHandle<bool>) -> Html {
    let locale = props.locale;
    let ui = &locale.ui;
    let quiz = props.quiz;
    let on_print_answers = {
        let print_answers = print_answers.clone();
        Callback::from(move |event: Event| {
            print_answers.set(event.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // A browser that cannot print just does nothing.
            let _ = window.print();
        }
    });
    let answers_box = format!("{}-print-answers", props.ids);
    let score_share_text = fill(
        ui.share_text_score(),
        &[
            ("score", &quiz.score().to_string()),
            ("total", &quiz.total().to_string()),
        ],
    );
    html! {
        <div class="jap-screen" data-print-answers={print_answers.to_string()} ref={props.readable.clone()}>
            <h2 class="jap-print-only jap-print-title">{ ui.print_title() }</h2>
            <h2 class="jap-title" tabindex="-1" ref={props.focus.clone()}>{ ui.results_title() }</h2>
            { main_message_and_points(ui) }
            <section class="jap-print-only jap-key-facts">
                <h3>{ ui.section_explainer() }</h3>
                { for locale.steps.iter().map(|step| html! {
                    <p><strong>{ step.title }{ ". " }</strong>{ step.body }</p>
                }) }
            </section>
            <p class="jap-score jap-read">{ score_text(quiz, ui) }</p>
            if props.speaks {
                { listen_button("results".into(), &props.readable, locale.code, ui) }
            }
            <div class="jap-screen-only">
                { sureness_question(Moment::After, props.sureness.after, props.act, ui, props.ids) }
                { sureness_pair(props.sureness, ui) }
            </div>
            <h3 class="jap-read">{ ui.facts_title() }</h3>
            { Html::from_html_unchecked(ui.results_intro_line().into()) }
            <ol class="jap-results">
                { for quiz.answered().map(|answer| result_item(answer, locale, props.article)) }
            </ol>
            <div class="jap-print-controls">
                <div class="jap-remember">
                    <input type="checkbox" id={answers_box.clone()} checked={**print_answers}
                        onchange={on_print_answers} />
                    <label for={answers_box}>{ ui.print_answers() }</label>
                </div>
                <button type="button" class="jap-button" onclick={print}>{ ui.print_button() }</button>
            </div>
            <button type="button" class="jap-button jap-primary"
                onclick={dispatch(props.act, QuizAction::TryAgain)}>
                { ui.try_again() }
            </button>
            if !props.kiosk {
                <div class="jap-share-row">
                    { share_button(&ShareLink {
                        route: Route::Quiz { seed: Some(quiz.seed()) },
                        label: ui.share_quiz(),
                        text: ui.share_text_quiz().to_owned(),
                        locale,
                        state: props.share,
                        ids: props.ids,
                    }) }
                    { share_button(&ShareLink {
                        route: Route::Score { score: quiz.score(), total: quiz.total() },
                        label: ui.share_score(),
                        text: score_share_text,
                        locale,
                        state: props.share,
                        ids: props.ids,
                    }) }
                </div>
            }
        </div>
    }
}

/// One statement, by the fact it teaches (never the myth as a headline): the statement as it
/// was asked, right or not (in words, not only colour), both answers, and why.
fn result_item(answer: AnsweredStatement, locale: &'static Locale, article: Option<&str>) -> Html {
    let statement = locale.statement(answer.statement);
    let ui = &locale.ui;
    let (outcome, mark) = if answer.is_right() {
        ("right", ui.mark_right())
    } else {
        ("wrong", ui.mark_wrong())
    };
    html! {
        <li class="jap-result" data-outcome={outcome} data-id={statement.id}>
            <p class="jap-result-fact jap-read">{ statement.fact }</p>
            if statement.gives_a_share() {
                <p class="jap-result-why jap-read">{ statement.why }</p>
            }
            <p class="jap-result-statement">{ fill(ui.result_statement(), &[("statement", statement.text)]) }</p>
            <p class="jap-result-answers">
                <span class="jap-result-mark">{ mark }</span>
                <span class="jap-given">{ fill(ui.your_answer(), &[("answer", ui.answer(answer.given))]) }</span>
                <span class="jap-correct">{ fill(ui.right_answer(), &[("answer", ui.answer(statement.verdict))]) }</span>
            </p>
            <details>
                <summary>{ ui.details_summary() }</summary>
                { quoted(reasons(statement, ui), statement.source, ui, article) }
            </details>
        </li>
    }
}
