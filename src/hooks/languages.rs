//! Brings the words of the languages the widget does not hold: fetched from the widget's own
//! files once it is on screen, for every visitor alike (so a switch of language makes no request
//! of its own), and again when a person asks for one that could not be had; each fetch, as it
//! ends, is told to every widget on the page.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::content::{add_words, set_words_on_their_way, words_on_their_way, Locale, LOCALE_CODES};
use crate::widget::{Action, Widget};

/// The page event that says a fetch of words has ended, whether they arrived or not.
const HEARD: &str = "just-a-plant-words";

/// The words file at `address`, if it can be had.
async fn fetch_text(address: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(address)).await;
    let response: web_sys::Response = response.ok()?.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    response.ok().then(|| text.as_string()).flatten()
}

/// Fetches, from the folder `files`, the words of every language the widget cannot speak yet
/// (or not all of it: English, at first) and is not already fetching; then tells the page.
fn fetch_missing(files: &str) {
    for (language, &code) in LOCALE_CODES.iter().enumerate() {
        if Locale::at(language).is_some_and(Locale::all_here) || words_on_their_way(language) {
            continue;
        }
        set_words_on_their_way(language, true);
        let address = format!("{files}words-{code}.txt");
        wasm_bindgen_futures::spawn_local(async move {
            let words = fetch_text(&address).await;
            if words.is_none_or(|words| add_words(&words).is_err()) {
                let warning = format!("Just a Plant?: no words could be read from {address}");
                web_sys::console::warn_1(&warning.into());
            }
            set_words_on_their_way(language, false);
            if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(HEARD)) {
                let _ = window.dispatch_event(&event);
            }
        });
    }
}

/// Fetches every language `widget` cannot speak yet from the folder `files` once it is on
/// screen, and again each time it awaits one; and tells it each time a fetch ends.
#[hook]
pub fn use_languages(widget: &UseReducerHandle<Widget>, files: &str) {
    let dispatcher = widget.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, HEARD, move |_| {
                dispatcher.dispatch(Action::WordsFetched)
            })
        });
        move || drop(listener)
    });
    let folder = files.to_owned();
    use_effect_with(widget.words, move |_| fetch_missing(&folder));
}
