//! In place of a part whose words have not come (the quiz, a step after the first: English's
//! come with its words file after the first screen): a line saying they are on their way, or,
//! if they could not be had, that and a button that asks for them again.

use yew::prelude::*;

use crate::components::shared::Shared;
use crate::widget::Action;

/// The part's stand-in, announced as it changes.
pub fn awaited(shared: &Shared) -> Html {
    let (ui, language) = (&shared.locale.ui, shared.locale.index());
    let missing = shared.words_missing;
    html! {
        <div class="jap-screen jap-awaited" role="status">
            <p>{ if missing { ui.part_unavailable() } else { ui.part_waiting() } }</p>
            if missing {
                <button type="button" class="jap-button"
                    onclick={shared.act.reform(move |_| Action::LanguageChosen(language))}>
                    { ui.part_load_again() }
                </button>
            }
        </div>
    }
}
