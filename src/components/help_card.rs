//! The help card: the national helpline, one tap away at the foot of every screen.

use yew::prelude::*;

use crate::config::HelpContact;
use crate::content::UiText;

/// The help card: the organisation's own contact where the host gives one, and the national
/// helpline unless the host replaces it. `ids` is this widget's prefix for element ids.
pub fn help_card(ids: &str, own: Option<&HelpContact>, ui: &UiText) -> Html {
    let title_id = format!("{ids}-help-title");
    let national = !own.is_some_and(|own| own.replaces_default);
    html! {
        <aside class="jap-help" aria-labelledby={title_id.clone()}>
            <h2 id={title_id} class="jap-help-title">{ ui.help_title }</h2>
            if let Some(own) = own {
                { own_contact(own) }
            }
            if national {
                { national_helpline(ui) }
            }
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

/// SAMHSA's National Helpline, with more about it a click away.
fn national_helpline(ui: &UiText) -> Html {
    html! {
        <>
            <p class="jap-help-lead">
                { ui.help_lead }{ " " }{ ui.helpline_name }{ ": " }
                <a class="jap-help-call" href={format!("tel:{}", ui.helpline_tel)}>{ ui.helpline_phone }</a>
            </p>
            <p class="jap-print-only">
                { ui.helpline_tty_label }{ ": " }{ ui.helpline_tty }{ ". " }{ ui.helpline_about }
            </p>
            <details class="jap-help-more">
                <summary>{ ui.help_more }</summary>
                <p>{ ui.helpline_about }</p>
                <p>
                    { ui.helpline_tty_label }{ ": " }
                    <a href={format!("tel:{}", ui.helpline_tty_tel)}>{ ui.helpline_tty }</a>
                </p>
            </details>
        </>
    }
}
