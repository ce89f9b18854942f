//! The one thing to remember (the CDC Clear Communication Index's main message): what kratom
//! does and what that means for recovery, with what to do, why, and the worry that may hold a
//! person back, set apart in a box at the top of the widget's first screen, of the quiz's
//! first screen (after the question of how sure a person is, which it would otherwise answer)
//! and of the results and their printout, and after the feedback of a single statement opened
//! from a link and of a round's first statement, which gives it away (never before an answer);
//! and the results' three points to remember, with how sure they are. Each is markup written
//! at build time (`content-check`'s `markup`), which costs fewer bytes than building its
//! elements.

use yew::prelude::*;

use crate::content::UiText;

/// The main message's box, as the first step shows it: that step's own list of meanings holds
/// its hard words.
pub fn main_message(ui: &UiText) -> Html {
    Html::from_html_unchecked(ui.main_box().into())
}

/// The main message's box, then the meanings of its hard words, for a screen after the first
/// (whose words file holds them) that does not show the points to remember.
pub fn main_message_with_meanings(ui: &UiText) -> Html {
    html! {
        <>
            { main_message(ui) }
            { Html::from_html_unchecked(ui.main_terms().into()) }
        </>
    }
}

/// The main message's box, then the three points to remember, what they rest on and the
/// meanings of the hard words of both, as the results and their printout open.
pub fn main_message_and_points(ui: &UiText) -> Html {
    html! {
        <>
            { main_message(ui) }
            { Html::from_html_unchecked(ui.points_to_remember().into()) }
        </>
    }
}
