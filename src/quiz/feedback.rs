//! The answer just given: right or not, in kind words, with the explanation and its source.

use yew::prelude::*;

use super::question::statement_header;
use super::state::QuizAction;
use super::{dispatch, statement_route, ScreenProps};
use crate::components::focus::use_focus_on_mount;
use crate::components::share::ShareButton;
use crate::components::source_quote::source_quote;
use crate::components::language::use_locale;
use crate::content::{fill, Statement, UiText};

/// Feedback on the last answer, then Next (or the results after the last statement).
#[component]
pub fn FeedbackScreen(props: &ScreenProps) -> Html {
    let explanation_ref = use_node_ref();
    use_focus_on_mount(explanation_ref.clone());
    let locale = use_locale();
    let ui = &locale.ui;
    let quiz = &props.quiz;
    let (Some((position, statement)), Some(answer)) = (quiz.current(), quiz.last_answer()) else {
        return Html::default();
    };
    let statement = locale.statement(statement);
    let next_label = if quiz.is_single() {
        ui.whole_quiz_button
    } else if position == quiz.total() {
        ui.results_button
    } else {
        ui.next_button
    };
    let share_text = fill(ui.share_text_statement, &[("statement", statement.text)]);
    let outcome = if answer.is_right() { "right" } else { "wrong" };
    html! {
        <div class="jap-screen">
            { statement_header(position, quiz.total(), statement, NodeRef::default(), ui) }
            <div class="jap-feedback" data-outcome={outcome}>
                <h3 class="jap-verdict">{ ui.feedback(answer.given, statement.verdict) }</h3>
                <div class="jap-explanation" tabindex="-1" ref={explanation_ref}>
                    { explanation(statement, ui) }
                </div>
            </div>
            <button type="button" class="jap-button jap-primary"
                onclick={dispatch(quiz, QuizAction::Next)}>
                { next_label }
            </button>
            <ShareButton route={statement_route(statement)} label={ui.share_statement} text={share_text} />
        </div>
    }
}

/// What the research shows, and the source quote it rests on.
pub fn explanation(statement: &'static Statement, ui: &UiText) -> Html {
    html! {
        <>
            <p>{ statement.explanation }</p>
            { source_quote(statement.source, ui) }
        </>
    }
}
