//! A statement on screen: the progress, the statement and Myth or Fact while it waits for an
//! answer, and the same elements, with the feedback after them, once answered.

use yew::prelude::*;

use super::state::QuizAction;
use super::{dispatch, progress_text, ScreenParts};
use crate::components::listen::listen_button;
use crate::components::progress::progress;
use crate::content::Verdict;

/// The statement on screen (where focus lands) with two large answer buttons.
pub fn question_screen(props: &ScreenParts<'_>) -> Html {
    statement_screen(props, None)
}

/// A statement's screen, waiting for its answer (`answered` is `None`) or answered: the
/// progress and the statement, Myth and Fact (hidden once answered), then what the answer
/// brought. Both screens are drawn by this one function, in this one shape, so an answer
/// changes only what differs: the statement, its progress and the answer buttons stay the same
/// elements (the button pressed keeps the focus until the feedback has been painted, rather
/// than being taken off the page with it), and the feedback is added after them.
pub fn statement_screen(props: &ScreenParts<'_>, answered: Option<Html>) -> Html {
    let prompt_id = format!("{}-prompt", props.ids);
    let locale = props.locale;
    let ui = &locale.ui;
    let Some((position, statement)) = props.quiz.current() else {
        return Html::default();
    };
    let total = props.quiz.total();
    let hidden = answered.is_some();
    let readable = props.readable.clone();
    let answer = |verdict: Verdict| {
        html! {
            <button type="button" class="jap-button jap-answer"
                data-answer={answer_name(verdict)}
                onclick={dispatch(props.act, QuizAction::Answer(verdict))}>
                { ui.answer(verdict) }
            </button>
        }
    };
    // Focus lands on the statement while it waits for an answer, on the feedback once answered;
    // answered, the statement is not read aloud, so that Listen starts with the fact.
    let focus = if hidden {
        NodeRef::default()
    } else {
        props.focus.clone()
    };
    html! {
        <div class="jap-screen" ref={readable.clone()}>
            { progress(progress_text(ui, position, total), position, total) }
            <p class={if hidden { "jap-statement" } else { "jap-statement jap-read" }} tabindex="-1" ref={focus}>{ locale.statement(statement).text }</p>
            if props.speaks {
                { listen_button(format!("{position}-{hidden}"), &readable, locale.code, ui) }
            }
            <p class="jap-prompt jap-read" id={prompt_id.clone()} {hidden}>{ ui.question_prompt() }</p>
            <div class="jap-answers" role="group" aria-labelledby={prompt_id} {hidden}>
                { answer(Verdict::Myth) }
                { answer(Verdict::Fact) }
            </div>
            { answered.unwrap_or_default() }
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
