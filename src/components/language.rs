//! The language switch: changes the language the widget speaks without losing the place.

use yew::prelude::*;

use crate::content::{Locale, LOCALES};

/// One button per language, each named in its own language; the one spoken now is pressed.
/// Nothing shows when the widget speaks only one language.
pub fn language_switch(current: &'static Locale, on_switch: &Callback<&'static Locale>) -> Html {
    if LOCALES.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="jap-languages" role="group" aria-label={current.ui.language_label}>
            { for LOCALES.iter().map(|locale| {
                let on_switch = on_switch.clone();
                html! {
                    <button type="button" class="jap-language" lang={locale.code}
                        aria-pressed={(locale == current).to_string()}
                        onclick={move |_| on_switch.emit(locale)}>
                        { locale.ui.language_name }
                    </button>
                }
            }) }
        </div>
    }
}
