//! The first screen: what the quiz is, how long it takes, and what it promises.

use yew::prelude::*;

use super::state::QuizAction;
use super::{dispatch, QuizHandle};
use crate::content::{fill, UI};

/// What this is, about two minutes, not medical advice, nothing leaves the device, Start;
/// above it, a score someone shared by link.
pub fn intro_screen(quiz: &QuizHandle, shared_score: Option<(usize, usize)>) -> Html {
    html! {
        <div class="jap-screen">
            if let Some((score, total)) = shared_score {
                <p class="jap-shared-score">
                    { fill(UI.shared_score, &[("score", &score.to_string()), ("total", &total.to_string())]) }
                </p>
            }
            <h2 class="jap-title">{ UI.intro_title }</h2>
            <p>{ UI.intro_body }</p>
            <ul class="jap-promises">
                <li>{ UI.intro_time }</li>
                <li>{ UI.intro_privacy }</li>
                <li>{ UI.not_medical_advice }</li>
            </ul>
            <button type="button" class="jap-button jap-primary"
                onclick={dispatch(quiz, QuizAction::Start)}>
                { UI.start_button }
            </button>
        </div>
    }
}
