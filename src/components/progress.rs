//! A progress line ("Step 3 of 7") with a bar beside it; the words are what screen readers get.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The words, like "Statement 3 of 12".
    pub label: AttrValue,
    pub position: usize,
    pub total: usize,
}

/// The progress words and a bar that shows the same thing to the eye.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    html! {
        <div class="jap-progress">
            <p class="jap-progress-text">{ props.label.clone() }</p>
            <progress max={props.total.to_string()} value={props.position.to_string()}
                aria-hidden="true"></progress>
        </div>
    }
}
