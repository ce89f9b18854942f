//! The privacy controls: "Remember my progress on this device" (off unless chosen) and
//! "Forget everything", or a quiet note where this browser cannot remember.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::UiText;

/// What the privacy controls show, and what they do.
pub struct PrivacyProps<'a> {
    /// Whether storage can work in this browser.
    pub available: bool,
    pub remembering: bool,
    /// Turns remembering on (true) or off (false).
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
    /// This widget's prefix for element ids.
    pub ids: &'a str,
    pub ui: &'static UiText,
}

/// The opt-in to remembering and the control that forgets at once.
pub fn privacy_controls(props: &PrivacyProps<'_>) -> Html {
    let ui = props.ui;
    if !props.available {
        return Html::from_html_unchecked(ui.remember_unavailable_note.into());
    }
    let on_remember = props.on_remember.clone();
    let onchange = Callback::from(move |event: Event| {
        on_remember.emit(event.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_forget = props.on_forget.clone();
    let box_id = format!("{}-remember", props.ids);
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
