//! A verbatim quote from the source article, labelled as such.

use yew::prelude::*;

use crate::content::UI;

/// The quote a statement or a step rests on.
pub fn source_quote(quote: &'static str) -> Html {
    html! {
        <figure class="jap-source">
            <blockquote>{ quote }</blockquote>
            <figcaption>{ UI.source_label }</figcaption>
        </figure>
    }
}
