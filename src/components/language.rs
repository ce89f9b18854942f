//! The language switch: changes the language the widget speaks without losing the place.

use yew::prelude::*;

use crate::content::{Locale, LOCALES};
use crate::widget::Action;

/// One button per language, each named in its own language; the one spoken now is pressed.
/// Nothing shows when the widget speaks only one language.
pub fn language_switch(current: &'static Locale, act: &Callback<Action>) -> Html {
    if LOCALES.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="jap-languages" role="group" aria-label={current.ui.language_label}>
            { for LOCALES.iter().map(|locale| {
                let act = act.clone();
                html! {
                    <button type="button" class="jap-language" lang={locale.code}
                        aria-pressed={(locale == current).to_string()}
                        onclick={move |_| act.emit(Action::Speak(locale))}>
                        { locale.ui.language_name }
                    </button>
                }
            }) }
        </div>
    }
}
