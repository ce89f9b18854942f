//! The help card: the national helpline and the crisis line, one tap away at the foot of every
//! screen, with the note that this is education, not medical advice.

use yew::prelude::*;

use crate::config::HelpContact;
use crate::content::UiText;

/// The help card: the organisation's own contact where the host gives one, the national
/// helpline unless the host replaces it, the crisis line always, and the note that this is not
/// medical advice (those three written as markup at build time, by content-check's
/// `markup`). `heading` is where the help button at the top of the widget moves focus.
pub fn help_card(own: Option<&HelpContact>, ui: &UiText, heading: NodeRef) -> Html {
    let national = !own.is_some_and(|own| own.replaces_default);
    html! {
        <aside class="jap-help" aria-label={ui.help_title()}>
            <h2 class="jap-help-title" tabindex="-1" ref={heading}>{ ui.help_title() }</h2>
            if let Some(own) = own {
                { own_contact(own) }
            }
            if national {
                { Html::from_html_unchecked(ui.help_national().into()) }
            }
            { Html::from_html_unchecked(ui.help_crisis().into()) }
        </aside>
    }
}

/// The embedding organisation's own contact: its name, a number to call, a web address.
fn own_contact(contact: &HelpContact) -> Html {
    html! {
        <p class="jap-help-lead jap-help-own">
            { contact.name.clone() }
            if let Some(tel) = &contact.tel {
                { ": " }
                <a class="jap-help-call" href={format!("tel:{tel}")}>
                    { contact.phone.clone().unwrap_or_else(|| tel.clone()) }
                </a>
            }
            if let Some(url) = &contact.url {
                { " " }
                <a class="jap-help-link" href={url.clone()} rel="noopener noreferrer">{ url.clone() }</a>
            }
        </p>
    }
}

/// A button near the top of the widget that moves to the help card, so help is one tap away on
/// a phone without scrolling.
pub fn help_jump(heading: &NodeRef, ui: &UiText) -> Html {
    let heading = heading.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
            // Focusing scrolls the card into view; a screen reader reads its heading.
            let _ = heading.focus();
        }
    });
    html! {
        <button type="button" class="jap-language jap-help-jump" {onclick}>{ ui.help_jump() }</button>
    }
}
