//! Moves keyboard and screen-reader focus to a screen's first element when the screen appears.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses the element behind `node` once, when the component mounts.
/// The element needs `tabindex="-1"` when it is not focusable by itself.
#[hook]
pub fn use_focus_on_mount(node: NodeRef) {
    use_effect_with((), move |_| {
        if let Some(element) = node.cast::<HtmlElement>() {
            // Focus can fail only on a detached element; then there is nothing to move.
            let _ = element.focus();
        }
    });
}
