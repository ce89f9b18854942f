//! The Share control: the browser's own share sheet where it has one; otherwise the link is
//! copied to the clipboard with a visible confirmation; otherwise a selected text field shows
//! the link to copy by hand. Nothing is sent anywhere by the widget itself.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::content::{places, Locale};
use crate::hooks::share::{Outcome, ShareState};
use crate::route::Route;

/// One share button.
pub struct ShareLink<'a> {
    /// Where the link leads.
    pub route: Route,
    /// The button's words, like "Share this statement".
    pub label: &'static str,
    /// The words that go with the link in a message.
    pub text: String,
    /// The language spoken now: the link opens in it, and the button speaks it.
    pub locale: &'static Locale,
    pub state: &'a ShareState,
    /// This part of the widget's prefix for element ids.
    pub ids: &'a str,
}

/// A button that shares a link to `route`, and below it what its last press did.
pub fn share_button(props: &ShareLink<'_>) -> Html {
    let locale = props.locale;
    let outcome = props
        .state
        .last
        .as_ref()
        .filter(|(route, _)| *route == props.route)
        .map(|(_, outcome)| outcome);
    let onclick = {
        let last = props.state.last.clone();
        let route = props.route;
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let last = last.clone();
            // The page's address as it is when pressed (a frame hears its host's later).
            let (url, text) = (link_to(route, locale), text.clone());
            spawn_local(async move {
                let outcome = share(&url, &text, locale.ui.widget_label()).await;
                last.set(Some((route, outcome)));
            });
        })
    };
    let field_id = format!("{}-share-link", props.ids);
    html! {
        <div class="jap-share">
            <button type="button" class="jap-button jap-share-button" {onclick}>{ props.label }</button>
            <p class="jap-share-result" role="status">
                if outcome == Some(&Outcome::Copied) { { locale.ui.link_copied() } }
            </p>
            if let Some(Outcome::ByHand(url)) = outcome {
                <label class="jap-share-field" for={field_id.clone()}>{ locale.ui.copy_by_hand() }</label>
                <input id={field_id} class="jap-share-field" type="text" readonly=true
                    value={url.clone()} ref={props.state.field.clone()} />
            }
        </div>
    }
}

/// The page's address with the fragment for `route` in `locale`, so the link opens in the
/// sender's language. In a frame, the page is the host's when its frame script has said where
/// it is (page.js keeps it as `data-share-address` on the widget's element), so a shared link
/// opens the center's own page. Otherwise, on the widget's own pages, it is the page in
/// `locale`: its `hreflang` link has the language's code as its id (scripts/post-build.mjs),
/// and page.js writes its address in full.
fn link_to(route: Route, locale: &Locale) -> String {
    let window = web_sys::window();
    let href = window
        .as_ref()
        .and_then(|window| window.document())
        .and_then(|document| {
            let root = document.get_element_by_id("just-a-plant")?;
            root.get_attribute("data-share-address").or_else(|| {
                document
                    .get_element_by_id(locale.code)?
                    .get_attribute("href")
            })
        })
        .or_else(|| window?.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", locale.link(route).fragment(places()))
}

/// Shares by the best means the browser offers; each failure falls back to the next means.
async fn share(url: &str, text: &str, title: &str) -> Outcome {
    let Some(navigator) = web_sys::window().map(|window| JsValue::from(window.navigator())) else {
        return Outcome::ByHand(url.to_owned());
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        // Setting a property on a fresh object cannot fail.
        let _ = Reflect::set(&data, &key.into(), &value.into());
    }
    match call(&navigator, "share", &data).await {
        Some(Ok(())) => return Outcome::Shared,
        Some(Err(error)) if error_name(&error) == "AbortError" => return Outcome::Shared,
        _ => {}
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    match call(&clipboard, "writeText", &url.into()).await {
        Some(Ok(())) => Outcome::Copied,
        _ => Outcome::ByHand(url.to_owned()),
    }
}

/// Calls `target.name(argument)` and awaits the promise it returns; `None` when there is no
/// such method.
async fn call(target: &JsValue, name: &str, argument: &JsValue) -> Option<Result<(), JsValue>> {
    let method = Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = match method.call1(target, argument) {
        Ok(value) => Promise::resolve(&value),
        Err(error) => return Some(Err(error)),
    };
    Some(JsFuture::from(promise).await.map(drop))
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default()
}
