//! A verbatim quote from the source article, labelled as such.

use yew::prelude::*;

use crate::content::UI;

#[derive(Properties, PartialEq)]
pub struct SourceQuoteProps {
    pub quote: &'static str,
}

/// The quote a statement or a step rests on.
#[component]
pub fn SourceQuote(props: &SourceQuoteProps) -> Html {
    html! {
        <figure class="jap-source">
            <blockquote>{ props.quote }</blockquote>
            <figcaption>{ UI.source_label }</figcaption>
        </figure>
    }
}
