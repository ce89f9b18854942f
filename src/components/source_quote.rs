//! A verbatim quote from the source article, labelled as such, opening the whole article at the
//! quote; and the line before it that says how sure the finding is.

use yew::prelude::*;

use crate::content::{Basis, Quote, UiText};

/// The line under a finding that says how sure it is (what it rests on), as markup to go before
/// its quote: read aloud with it.
pub fn basis_line(basis: Basis, ui: &UiText) -> String {
    format!(
        r#"<p class="jap-basis jap-read"><strong>{}</strong> {}</p>"#,
        ui.basis_title(),
        ui.basis(basis)
    )
}

/// `words` (markup: the widget's own elements around words the content checker keeps free of
/// markup characters), then the source quote they rest on, as one piece of markup, which costs
/// fewer bytes than elements. The quote stays in the article's own English, labelled in the
/// language spoken now. Where `article` gives the folder of the widget's files, the label opens
/// the source page in a new tab at the quote's passage; a kiosk (`None`) gets no link, so no tab
/// stays open after a visit. The checker keeps markup characters out of the labels too, and
/// `folder` is a parsed URL, whose quotes are percent-encoded.
pub fn quoted(words: String, quote: Quote, ui: &UiText, article: Option<&str>) -> Html {
    let label = match article {
        Some(folder) => format!(
            r#"<a href="{}" target="_blank" rel="noopener">{} {}</a>"#,
            passage_address(folder, quote),
            ui.source_label(),
            ui.source_open()
        ),
        None => ui.source_label().to_owned(),
    };
    Html::from_html_unchecked(
        format!(
            r#"{words}<figure class="jap-source"><blockquote lang="en">{}</blockquote><figcaption>{label}</figcaption></figure>"#,
            quote.text
        )
        .into(),
    )
}

/// `<folder>source.html#p3:~:text=…`: the passage as the page's fragment (it scrolls there and
/// marks it in every browser) and the quote as a text fragment, highlighted where the browser
/// supports them. The quote is percent-encoded as a URI component (as JavaScript's
/// `encodeURIComponent` does), dashes too, as they separate a text directive's parts (commas
/// are encoded already); in Rust, so the page's static first screen, rendered natively at build
/// time, writes the same address.
pub fn passage_address(folder: &str, quote: Quote) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut text = String::new();
    for byte in quote.text.bytes() {
        if byte.is_ascii_alphanumeric() || b"_.!~*'()".contains(&byte) {
            text.push(char::from(byte));
        } else {
            text.push('%');
            text.push(char::from(HEX[usize::from(byte >> 4)]));
            text.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    format!("{folder}source.html#p{}:~:text={text}", quote.passage)
}
