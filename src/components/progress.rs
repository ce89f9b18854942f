//! A progress line ("Step 3 of 7") with a bar beside it; the words are what screen readers get.

use yew::prelude::*;

/// The progress words, like "Statement 3 of 12", and a bar that shows the same to the eye.
pub fn progress(label: String, position: usize, total: usize) -> Html {
    html! {
        <div class="jap-progress">
            <p class="jap-progress-text">{ label }</p>
            <progress max={total.to_string()} value={position.to_string()} aria-hidden="true"></progress>
        </div>
    }
}
