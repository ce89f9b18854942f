//! The one thing to remember (the CDC Clear Communication Index's main message): what kratom
//! does and what that means for recovery, with what to do and why, set apart in a box at the
//! top of the widget's first screen, of the quiz's first screen (after the question of how sure
//! a person is, which it would otherwise answer) and of the results and their printout, and
//! after the feedback of a single statement opened from a link (never before its answer); and
//! the results' three points to remember.

use yew::prelude::*;

use crate::content::UiText;

/// The main message and the call to action beside it, in a box named for screen readers, with
/// a small picture of what the message says: an opioid's key and kratom's fit the same lock.
pub fn main_message(ui: &UiText) -> Html {
    html! {
        <section class="jap-main" aria-label={ui.main_label()}>
            <svg class="jap-main-picture" viewBox="0 0 64 48" role="img" aria-label={ui.main_picture()}>
                <path class="jap-main-lock" d="M25 20v-6a7 7 0 0 1 14 0v6M20 20h24v24H20z" />
                <path class="jap-main-keyhole" d="M32 28v8" />
                <g class="jap-main-opioid"><circle cx="6" cy="32" r="5" /><path d="M10 30.5h14v3H10z" /></g>
                <g class="jap-main-kratom"><circle cx="58" cy="32" r="5" /><path d="M40 30.5h14v3H40z" /></g>
            </svg>
            <p class="jap-main-message jap-read">{ ui.main_message() }</p>
            <p class="jap-main-action jap-read">{ ui.main_action() }</p>
        </section>
    }
}

/// The three points to remember, as a list under its heading.
pub fn points_to_remember(ui: &UiText) -> Html {
    html! {
        <section class="jap-points">
            <h3 class="jap-read">{ ui.remember_title() }</h3>
            <ul>
                { for [ui.remember_1(), ui.remember_2(), ui.remember_3()].map(|point| html! {
                    <li class="jap-read">{ point }</li>
                }) }
            </ul>
        </section>
    }
}
