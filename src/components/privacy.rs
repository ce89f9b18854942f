//! The privacy controls: "Remember my progress on this device" (off unless chosen) and
//! "Forget everything", or a quiet note where this browser cannot remember.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::instance::use_id_prefix;
use crate::components::language::use_locale;

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    /// Whether storage can work in this browser.
    pub available: bool,
    pub remembering: bool,
    /// Turns remembering on (true) or off (false).
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
}

/// The opt-in to remembering and the control that forgets at once.
#[component]
pub fn PrivacyControls(props: &PrivacyProps) -> Html {
    let ids = use_id_prefix();
    let ui = &use_locale().ui;
    if !props.available {
        return html! { <p class="jap-note jap-privacy">{ ui.remember_unavailable }</p> };
    }
    let on_remember = props.on_remember.clone();
    let onchange = Callback::from(move |event: Event| {
        on_remember.emit(event.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_forget = props.on_forget.clone();
    let box_id = format!("{ids}-remember");
    html! {
        <div class="jap-privacy">
            <div class="jap-remember">
                <input type="checkbox" id={box_id.clone()} checked={props.remembering} {onchange} />
                <label for={box_id}>{ ui.remember_label }</label>
            </div>
            <button type="button" class="jap-button jap-forget" onclick={move |_| on_forget.emit(())}>
                { ui.forget_button }
            </button>
        </div>
    }
}
