//! The language switch: changes the language the widget speaks without losing the place.

use yew::prelude::*;

use crate::content::{Locale, LANGUAGE_NAMES, LOCALE_CODES};
use crate::widget::{Action, Words};

/// One button per language, each named in its own language; the one spoken now (`current`) is
/// pressed, the one whose words are still on their way is busy, with a line saying so (or that
/// they could not be had; of the language spoken, only the words after its first screen can be
/// awaited, and the part waiting for them says so). Nothing shows when the widget knows only one language.
pub fn language_switch(current: &'static Locale, words: Words, act: &Callback<Action>) -> Html {
    if LOCALE_CODES.len() < 2 {
        return Html::default();
    }
    let ui = &current.ui;
    let status = match words {
        Words::Awaited(other) if other != current.index() => ui.language_waiting(),
        Words::Unavailable(other) if other != current.index() => ui.language_unavailable(),
        _ => "",
    };
    html! {
        <>
        <div class="jap-languages" role="group" aria-label={ui.language_label()}>
            { for LOCALE_CODES.iter().zip(LANGUAGE_NAMES).enumerate().map(|(index, (&code, name))| {
                let act = act.clone();
                html! {
                    <button type="button" class="jap-language" lang={code}
                        aria-pressed={(code == current.code).to_string()}
                        aria-busy={(words == Words::Awaited(index)).then_some("true")}
                        onclick={move |_| act.emit(Action::LanguageChosen(index))}>
                        { name }
                    </button>
                }
            }) }
        </div>
        <span class="jap-language-status" role="status">{ status }</span>
        </>
    }
}
