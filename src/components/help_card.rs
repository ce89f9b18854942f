//! The help card: the national helpline, one tap away at the foot of every screen.

use yew::prelude::*;

use crate::components::instance::use_id_prefix;
use crate::content::UI;

/// The helpline's number as a `tel:` link, with more about it a click away.
#[component]
pub fn HelpCard() -> Html {
    let ids = use_id_prefix();
    let title_id = format!("{ids}-help-title");
    html! {
        <aside class="jap-help" aria-labelledby={title_id.clone()}>
            <h2 id={title_id} class="jap-help-title">{ UI.help_title }</h2>
            <p class="jap-help-lead">
                { UI.help_lead }{ " " }{ UI.helpline_name }{ ": " }
                <a class="jap-help-call" href={format!("tel:{}", UI.helpline_tel)}>{ UI.helpline_phone }</a>
            </p>
            <p class="jap-print-only">
                { UI.helpline_tty_label }{ ": " }{ UI.helpline_tty }{ ". " }{ UI.helpline_about }
            </p>
            <details class="jap-help-more">
                <summary>{ UI.help_more }</summary>
                <p>{ UI.helpline_about }</p>
                <p>
                    { UI.helpline_tty_label }{ ": " }
                    <a href={format!("tel:{}", UI.helpline_tty_tel)}>{ UI.helpline_tty }</a>
                </p>
            </details>
        </aside>
    }
}
