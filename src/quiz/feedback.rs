//! The answer just given: the fact first, then whether the answer was right, in kind words, then
//! (for a myth) the myth named once with a warning, why it misleads, the fact again, how sure
//! it is, the source quote, and what its hard words mean.

use yew::prelude::*;

use super::question::statement_screen;
use super::state::QuizAction;
use super::{dispatch, statement_route, ScreenParts};
use crate::components::main_message::main_message_with_meanings;
use crate::components::share::{share_button, ShareLink};
use crate::components::source_quote::{basis_line, quoted};
use crate::content::{fill, Statement, UiText};

/// The statement answered: its feedback (focus lands on it, the fact first), then Next (or the
/// results after the last statement).
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
    let verdict = ui.feedback(answer.given, statement.verdict);
    let feedback = html! {
        <>
            <div class="jap-feedback" data-outcome={outcome}>
                <div class="jap-explanation" tabindex="-1" ref={props.focus.clone()}>
                    { explanation(statement, verdict, ui, props.article) }
                </div>
            </div>
            // The main message follows the feedback that has just given it (the round's first
            // statement, "just a plant"), and that of a statement opened on its own from a
            // link, which may be all a person reads; never before an answer.
            if quiz.is_single() || position == 1 {
                { main_message_with_meanings(ui) }
            }
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

/// The feedback, in the order that keeps the fact in mind: the fact as its heading, then
/// `verdict` (how the answer went), then [`reasons`].
pub fn explanation(
    statement: &'static Statement,
    verdict: &str,
    ui: &UiText,
    article: Option<&str>,
) -> Html {
    let lead = format!(
        r#"<h3 class="jap-fact jap-read">{}</h3><p class="jap-verdict jap-read">{verdict}</p>"#,
        statement.fact
    );
    html! {
        <>
            { quoted(lead + &reasons(statement, ui), statement.source, ui, article) }
            { Html::from_html_unchecked(statement.terms.into()) }
        </>
    }
}

/// What follows the fact: for a myth, the myth named once with a warning, why it misleads, and
/// the fact again; for a fact, why it holds; then how sure it is. As markup (the words hold no
/// markup characters: the content checker refuses them).
pub fn reasons(statement: &Statement, ui: &UiText) -> String {
    let mut words = String::new();
    if let Some(myth) = statement.myth {
        words += &format!(r#"<p class="jap-myth jap-read">{myth}</p>"#);
    }
    words += &format!(r#"<p class="jap-read">{}</p>"#, statement.why);
    if let Some(closing) = statement.closing {
        words += &format!(r#"<p class="jap-closing jap-read">{closing}</p>"#);
    }
    words + &basis_line(statement.basis, ui)
}
