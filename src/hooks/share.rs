//! The share buttons' memory in one part of the widget: what the last press did, and the field
//! that shows a link to copy by hand (`components::share` draws the buttons).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::route::Route;

/// What the last press of a share button did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The browser's share sheet opened (or closed again).
    Shared,
    Copied,
    /// Neither sharing nor copying worked: show the link to copy by hand.
    ByHand(String),
}

/// The share buttons' memory in one part of the widget: which link was shared last and how,
/// and the field that shows a link to copy by hand.
#[derive(Clone, PartialEq)]
pub struct ShareState {
    pub last: UseStateHandle<Option<(Route, Outcome)>>,
    pub(crate) field: NodeRef,
}

/// The share buttons' memory; when a link has to be copied by hand, its field takes focus
/// with the link selected.
#[hook]
pub fn use_share() -> ShareState {
    let last = use_state_eq(|| None);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with((*last).clone(), move |last| {
            if let (Some((_, Outcome::ByHand(_))), Some(input)) =
                (last, field.cast::<HtmlInputElement>())
            {
                // Focus can fail only on a detached element; then there is nothing to select.
                let _ = input.focus();
                input.select();
            }
        });
    }
    ShareState { last, field }
}
