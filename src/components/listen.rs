//! Read aloud: a Listen button that reads the sentences of the text beside it (the blocks of
//! class `jap-read` that show) with the browser's own speech, in the widget's language, marking
//! the sentence being read. The words carry no markup for it: `listen.js` finds the sentences
//! when Listen is pressed and marks the one being read with a highlight (the CSS Custom
//! Highlight API), which adds no element; a browser without that API speaks with no mark.
//! Only a voice of the device itself (`localService`) may speak: some browsers' network voices
//! send the text to a vendor's server, so where no local voice speaks the language there is no
//! button. A second press stops it, as does anything that takes the text away (moving on,
//! another language, a kiosk's reset).
//! The speaking, and the button's state while it speaks, are `assets/listen.js`'s, which
//! [`use_listen`] brings from the widget's own files once it is on screen, so that it is not
//! part of the first load; where it cannot be had, there is no button either.

use gloo_events::EventListener;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::content::UiText;
use crate::route::Route;

/// The name under which `listen.js` offers its functions to the page.
const SPEAKER: &str = "justAPlantListen";
/// The page event by which `listen.js` says it is ready, or that the voices have changed.
const VOICES_CHANGED: &str = "just-a-plant-voices";

/// Calls the function `name` of `target` with `args`; none where there is no such function, or
/// it threw.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    function.apply(target, &args.iter().collect::<Array>()).ok()
}

/// What `listen.js` offers, once it has arrived.
fn speaker() -> Option<JsValue> {
    let speaker = Reflect::get(&crate::browser::window()?.into(), &SPEAKER.into()).ok()?;
    speaker.is_object().then_some(speaker)
}

/// Whether a voice of the device itself speaks the language coded `code`.
fn speaks(code: &str) -> bool {
    speaker()
        .and_then(|speaker| call(&speaker, "speaks", &[code.into()]))
        .is_some_and(|answer| answer.is_truthy())
}

/// Brings `listen.js` from the folder `files` once the widget is on screen (one script for
/// every widget on the page), stops a reading in `root` whenever `showing` changes (another
/// place or section, another language, a kiosk's reset), even where the text stays (hidden, or
/// the same step again); and answers whether a local voice speaks the language coded `code`,
/// asked again whenever `listen.js` arrives or the browser's list of voices changes (it often
/// comes after the page has loaded).
#[hook]
pub fn use_listen(files: &str, root: &NodeRef, code: &'static str, showing: (Route, u32)) -> bool {
    let address = format!("{files}listen.js");
    use_effect_with((), move |_| {
        add_script(&address);
    });
    let root = root.clone();
    use_effect_with((code, showing), move |_| {
        move || {
            if let (Some(speaker), Some(root)) = (speaker(), root.get()) {
                call(&speaker, "stop", &[root.into()]);
            }
        }
    });
    let speaking = use_state(|| speaks(code));
    {
        let speaking = speaking.clone();
        use_effect_with(code, move |&code| {
            speaking.set(speaks(code));
            let listener = crate::browser::window().map(|window| {
                EventListener::new(&window, VOICES_CHANGED, move |_| speaking.set(speaks(code)))
            });
            move || drop(listener)
        });
    }
    *speaking
}

/// Adds the script at `address` to the page, unless it is there already.
fn add_script(address: &str) -> Option<()> {
    let document = crate::browser::window()?.document()?;
    let marker = "data-just-a-plant-listen";
    if document
        .query_selector(&format!("script[{marker}]"))
        .ok()?
        .is_some()
    {
        return None;
    }
    let script = document.create_element("script").ok()?;
    script.set_attribute("src", address).ok()?;
    script.set_attribute(marker, "").ok()?;
    document
        .query_selector("head")
        .ok()??
        .append_child(&script)
        .ok()?;
    Some(())
}

/// Listen, reading the sentences of the blocks of class `jap-read` in `region` in the language
/// coded `code`; a new `key` makes it a new button, which stops a reading. While it reads,
/// `listen.js` makes it a pressed Stop button (its words from `data-stop`, and back to
/// `data-listen`'s at the end), and removing it stops the reading.
pub fn listen_button(key: String, region: &NodeRef, code: &'static str, ui: &UiText) -> Html {
    let region = region.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if let (Some(speaker), Some(region)) = (speaker(), region.get()) {
            call(
                &speaker,
                "toggle",
                &[event.into(), region.into(), code.into()],
            );
        }
    });
    html! {
        <button {key} type="button" class="jap-button jap-listen" aria-pressed="false"
            data-listen={ui.listen_button()} data-stop={ui.listen_stop()} {onclick}>
            { ui.listen_button() }
        </button>
    }
}
