//! The answer just given: right or not, in kind words, with the explanation and its source.

use yew::prelude::*;

use super::question::statement_screen;
use super::state::QuizAction;
use super::{dispatch, statement_route, ScreenParts};
use crate::components::share::{share_button, ShareLink};
use crate::components::source_quote::quoted;
use crate::content::{fill, Statement, UiText};

/// The statement answered: feedback on the answer (focus lands on the explanation), then Next
/// (or the results after the last statement).
pub fn feedback_screen(props: &ScreenParts<'_>) -> Html {
    let locale = props.locale;
    let ui = &locale.ui;
    let quiz = props.quiz;
    let (Some((position, statement)), Some(answer)) = (quiz.current(), quiz.last_answer()) else {
        return Html::default();
    };
    let statement = locale.statement(statement);
    let next_label = if quiz.is_single() {
        ui.whole_quiz_button()
    } else if position == quiz.total() {
        ui.results_button()
    } else {
        ui.next_button()
    };
    let share_text = fill(ui.share_text_statement(), &[("statement", statement.text)]);
    let outcome = if answer.is_right() { "right" } else { "wrong" };
    let feedback = html! {
        <>
            <div class="jap-feedback" data-outcome={outcome}>
                <h3 class="jap-verdict">{ ui.feedback(answer.given, statement.verdict) }</h3>
                <div class="jap-explanation" tabindex="-1" ref={props.focus.clone()}>
                    { explanation(statement, ui, props.article) }
                </div>
            </div>
            <button type="button" class="jap-button jap-primary"
                onclick={dispatch(props.act, QuizAction::Next)}>
                { next_label }
            </button>
            if !props.kiosk {
                { share_button(&ShareLink {
                    route: statement_route(statement),
                    label: ui.share_statement(),
                    text: share_text,
                    locale,
                    state: props.share,
                    ids: props.ids,
                }) }
            }
        </>
    };
    statement_screen(props, Some(feedback))
}

/// What the research shows, and the source quote it rests on.
pub fn explanation(statement: &'static Statement, ui: &UiText, article: Option<&str>) -> Html {
    let words = format!("<p>{}</p>", statement.explanation);
    quoted(words, statement.source, ui, article)
}
