//! The first screen: how sure the person is (which they may skip), the one thing to remember,
//! what the quiz is, how long it takes, and what it promises.

use yew::prelude::*;

use super::dispatch;
use super::state::QuizAction;
use super::sureness::{sureness_question, Moment, Sureness};
use crate::components::main_message::main_message_with_meanings;
use crate::content::{fill, UiText};
use crate::widget::Action;

/// How sure the person is, before anything else (so it measures what they thought before being
/// told); then the main message; what this is, how long it takes to read, nothing leaves the
/// device, Start; above it all, a score someone shared by link.
pub fn intro_screen(
    act: &Callback<Action>,
    shared_score: Option<(usize, usize)>,
    sureness: Sureness,
    ui: &UiText,
    ids: &str,
) -> Html {
    html! {
        <div class="jap-screen">
            if let Some((score, total)) = shared_score {
                <p class="jap-shared-score">
                    { fill(ui.shared_score(), &[("score", &score.to_string()), ("total", &total.to_string())]) }
                </p>
            }
            { sureness_question(Moment::Before, sureness.before, act, ui, ids) }
            { main_message_with_meanings(ui) }
            { Html::from_html_unchecked(ui.quiz_intro().into()) }
            <button type="button" class="jap-button jap-primary"
                onclick={dispatch(act, QuizAction::Start)}>
                { ui.start_button() }
            </button>
        </div>
    }
}
