//! One statement waiting for an answer: the progress, the statement, and Myth or Fact.

use yew::prelude::*;

use super::state::QuizAction;
use super::{dispatch, progress_text, ScreenParts};
use crate::components::progress::progress;
use crate::content::{Statement, UiText, Verdict};

/// The statement on screen (where focus lands) with two large answer buttons.
pub fn question_screen(props: &ScreenParts<'_>) -> Html {
    let prompt_id = format!("{}-prompt", props.ids);
    let locale = props.locale;
    let ui = &locale.ui;
    let Some((position, statement)) = props.quiz.current() else {
        return Html::default();
    };
    let answer = |verdict: Verdict| {
        html! {
            <button type="button" class="jap-button jap-answer"
                data-answer={answer_name(verdict)}
                onclick={dispatch(props.act, QuizAction::Answer(verdict))}>
                { ui.answer(verdict) }
            </button>
        }
    };
    let body = html! {
        <>
            <p class="jap-prompt" id={prompt_id.clone()}>{ ui.question_prompt() }</p>
            <div class="jap-answers" role="group" aria-labelledby={prompt_id}>
                { answer(Verdict::Myth) }
                { answer(Verdict::Fact) }
            </div>
        </>
    };
    let header = statement_header(
        position,
        props.quiz.total(),
        locale.statement(statement),
        props.focus.clone(),
        ui,
    );
    statement_screen(header, body)
}

/// A statement's screen, question or feedback: the header, then one body. Both screens have
/// this same shape, so when an answer arrives the header's nodes stay as they are (with the
/// focus on the statement) and only the body is replaced.
pub fn statement_screen(header: Html, body: Html) -> Html {
    html! {
        <div class="jap-screen">
            { header }
            { body }
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
