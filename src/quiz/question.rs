//! One statement waiting for an answer: the progress, the statement, and Myth or Fact.

use yew::prelude::*;

use super::state::QuizAction;
use super::{dispatch, progress_text, ScreenProps};
use crate::components::focus::use_focus_on_mount;
use crate::components::instance::use_id_prefix;
use crate::components::progress::progress;
use crate::components::language::use_locale;
use crate::content::{Statement, UiText, Verdict};

/// The statement on screen with two large answer buttons.
#[component]
pub fn QuestionScreen(props: &ScreenProps) -> Html {
    let statement_ref = use_node_ref();
    let ids = use_id_prefix();
    let prompt_id = format!("{ids}-prompt");
    let locale = use_locale();
    let ui = &locale.ui;
    use_focus_on_mount(statement_ref.clone());
    let Some((position, statement)) = props.quiz.current() else {
        return Html::default();
    };
    let answer = |verdict: Verdict| {
        html! {
            <button type="button" class="jap-button jap-answer"
                data-answer={answer_name(verdict)}
                onclick={dispatch(&props.quiz, QuizAction::Answer(verdict))}>
                { ui.answer(verdict) }
            </button>
        }
    };
    html! {
        <div class="jap-screen">
            { statement_header(position, props.quiz.total(), locale.statement(statement), statement_ref, ui) }
            <p class="jap-prompt" id={prompt_id.clone()}>{ ui.question_prompt }</p>
            <div class="jap-answers" role="group" aria-labelledby={prompt_id}>
                { answer(Verdict::Myth) }
                { answer(Verdict::Fact) }
            </div>
        </div>
    }
}

/// `myth` or `fact`, for styling and tests.
pub fn answer_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Myth => "myth",
        Verdict::Fact => "fact",
    }
}

/// The progress bar and the statement at `position` of `total`, shared by the question and the
/// feedback screens; `node` is where focus lands when the screen appears, if anywhere.
pub fn statement_header(
    position: usize,
    total: usize,
    statement: &Statement,
    node: NodeRef,
    ui: &UiText,
) -> Html {
    html! {
        <>
            { progress(progress_text(ui, position, total), position, total) }
            <p class="jap-statement" tabindex="-1" ref={node}>{ statement.text }</p>
        </>
    }
}
