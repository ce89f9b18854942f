//! Brings the words of the languages the widget does not hold: fetched from the widget's own
//! files once it is on screen, for every visitor alike (so a switch of language makes no request
//! of its own), fetched again when a person asks for one that failed, and told to every widget
//! on the page as each arrives.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::content::{add_words, Locale, LOCALE_CODES};
use crate::widget::{Action, Widget};

thread_local! {
    /// The languages whose words are being fetched now.
    static FETCHING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The page event that says the words of `code` arrived (`arrived`) or could not be had.
fn event_name(code: &str, arrived: bool) -> String {
    let outcome = if arrived { "arrived" } else { "failed" };
    format!("just-a-plant:words-{outcome}:{code}")
}

/// The words file at `address`, if it can be had.
async fn fetch_text(address: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(address)).await;
    let response: web_sys::Response = response.ok()?.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    response.ok().then(|| text.as_string()).flatten()
}

/// Fetches the words of `code` from the folder `files` unless they are spoken or on their way,
/// then tells the page whether they arrived.
fn fetch_words(code: &'static str, files: &str) {
    let started = FETCHING.with(|fetching| {
        let mut fetching = fetching.borrow_mut();
        let new = Locale::from_code(code).is_none() && !fetching.contains(&code);
        if new {
            fetching.push(code);
        }
        new
    });
    if !started {
        return;
    }
    let address = format!("{files}words-{code}.txt");
    wasm_bindgen_futures::spawn_local(async move {
        let text = fetch_text(&address).await;
        let arrived = match text.as_deref().map(add_words) {
            Some(Ok(_)) => true,
            Some(Err(problem)) => {
                let warning = format!("Just a Plant?: {address} is not a words file ({problem:?})");
                web_sys::console::warn_1(&warning.into());
                false
            }
            None => false,
        };
        FETCHING.with(|fetching| fetching.borrow_mut().retain(|&other| other != code));
        let event = web_sys::Event::new(&event_name(code, arrived));
        if let (Some(window), Ok(event)) = (web_sys::window(), event) {
            let _ = window.dispatch_event(&event);
        }
    });
}

/// Fetches every language `widget` cannot speak yet from the folder `files` once it is on
/// screen, and again the one it awaits; and tells it each arrival or failure.
#[hook]
pub fn use_languages(widget: &UseReducerHandle<Widget>, files: &str) {
    let dispatcher = widget.dispatcher();
    let folder = files.to_owned();
    use_effect_with((), move |_| {
        let missing = LOCALE_CODES
            .iter()
            .enumerate()
            .filter(|&(_, code)| Locale::from_code(code).is_none());
        let mut listeners = Vec::new();
        for (language, &code) in missing {
            for arrived in [true, false] {
                let dispatcher = dispatcher.clone();
                let heard = move |_: &web_sys::Event| match Locale::from_code(code) {
                    Some(locale) => dispatcher.dispatch(Action::Arrived(locale)),
                    None => dispatcher.dispatch(Action::Unavailable(language)),
                };
                if let Some(window) = web_sys::window() {
                    listeners.push(EventListener::new(
                        &window,
                        event_name(code, arrived),
                        heard,
                    ));
                }
            }
            fetch_words(code, &folder);
        }
        move || drop(listeners)
    });
    let folder = files.to_owned();
    use_effect_with(widget.awaiting, move |&awaiting| {
        if let Some(&code) = awaiting.and_then(|language| LOCALE_CODES.get(language)) {
            fetch_words(code, &folder);
        }
    });
}
