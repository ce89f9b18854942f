//! A verbatim quote from the source article, labelled as such.

use yew::prelude::*;

use crate::content::UiText;

/// The quote a statement or a step rests on, always in the article's own English, labelled
/// in the language spoken now.
pub fn source_quote(quote: &'static str, ui: &UiText) -> Html {
    html! {
        <figure class="jap-source">
            <blockquote lang="en">{ quote }</blockquote>
            <figcaption>{ ui.source_label }</figcaption>
        </figure>
    }
}
