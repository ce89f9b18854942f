//! The privacy controls: "Remember my progress on this device" (off unless chosen) and
//! "Forget everything", or a quiet note where this browser cannot remember.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::fresh_seed;
use crate::content::UiText;
use crate::widget::Action;

/// The opt-in to remembering (`remembering`: whether it is on) and the control that forgets at
/// once, where this browser's `storage` can remember; `ids` is the widget's prefix for element
/// ids.
pub fn privacy_controls(
    storage: bool,
    remembering: bool,
    act: &Callback<Action>,
    ids: &str,
    ui: &'static UiText,
) -> Html {
    if !storage {
        return Html::from_html_unchecked(ui.remember_unavailable_note().into());
    }
    let onchange = act.reform(|event: Event| {
        Action::RememberingChosen(event.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let on_forget = act.reform(|_| Action::StartedOver { seed: fresh_seed() });
    let box_id = format!("{ids}-remember");
    html! {
        <div class="jap-privacy">
            <div class="jap-remember">
                <input type="checkbox" id={box_id.clone()} checked={remembering} {onchange} />
                <label for={box_id}>{ ui.remember_label() }</label>
            </div>
            <button type="button" class="jap-button jap-forget" onclick={on_forget}>
                { ui.forget_button() }
            </button>
        </div>
    }
}
