//! The help card: the national helpline, one tap away at the foot of every screen.

use yew::prelude::*;

use crate::content::UI;

/// The helpline's number as a `tel:` link, with more about it a click away.
#[component]
pub fn HelpCard() -> Html {
    html! {
        <aside class="jap-help" aria-labelledby="jap-help-title">
            <h2 id="jap-help-title" class="jap-help-title">{ UI.help_title }</h2>
            <p class="jap-help-lead">
                { UI.help_lead }{ " " }{ UI.helpline_name }{ ": " }
                <a class="jap-help-call" href={format!("tel:{}", UI.helpline_tel)}>{ UI.helpline_phone }</a>
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
