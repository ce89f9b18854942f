//! Starting the widget: on its own page (`start`), or embedded in a host page by the embed
//! script (`mount_embedded`); and, should it ever fail, putting the static summary back.

use crate::app::{fresh_seed, App, AppProps};
use crate::components::location::Address;
use crate::config::Config;

thread_local! {
    /// Each mounted root with the static summary it held before the widget started.
    static FALLBACKS: std::cell::RefCell<Vec<(web_sys::Element, String)>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// Puts the static summary back in place of the widget: what a person sees if the widget
/// fails, never an empty box.
pub fn show_fallback(root: &web_sys::Element, summary: &str) {
    root.set_inner_html(summary);
    // The summary's status line now says the interactive version could not run.
    let _ = root.set_attribute("data-failed", "");
}

/// Takes the static summary out of `root` so the widget can start there, and keeps it to put
/// back should the widget fail.
fn clear_fallback(root: &web_sys::Element) {
    let summary = root.inner_html();
    root.set_inner_html("");
    FALLBACKS.with(|fallbacks| fallbacks.borrow_mut().push((root.clone(), summary)));
}

/// On a panic: the error goes to the console, and every widget shows its static summary.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Just a Plant? stopped: {info}").into());
    FALLBACKS.with(|fallbacks| {
        for (root, summary) in fallbacks.borrow().iter() {
            show_fallback(root, summary);
        }
    });
}

/// Mounts one embedded widget into `container` (inside the shadow root of `host`, the host
/// page's `<div data-just-a-plant>`), configured by `host`'s `data-` attributes. The embed
/// script calls this for each such element; `follow_address` is true when it is the page's
/// only widget, so it alone reads and writes the URL fragment (its own fragments only); `files`
/// is the address of the folder the embed script came from. Each value it does not understand
/// gets one console warning, which names the attribute first (the embed builder shows them).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embedded(
    container: web_sys::Element,
    host: web_sys::Element,
    follow_address: bool,
    files: String,
) {
    let (mut config, warnings) = Config::from_attributes(&|name| host.get_attribute(name));
    config.files = files;
    // On a host page, light unless the host says otherwise: a dark box on a light site
    // surprises, and hosts choose dark or the reader's own with data-theme.
    config.theme.scheme.get_or_insert("light");
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    let props = AppProps {
        seed: fresh_seed(),
        config,
        address: if follow_address {
            Address::Host
        } else {
            Address::Untouched
        },
    };
    // Should the widget fail, the host's own summary shows inside its shadow root.
    FALLBACKS.with(|fallbacks| {
        fallbacks
            .borrow_mut()
            .push((container.clone(), host.inner_html()))
    });
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}

/// Mounts the standalone page's widget into the element with id `just-a-plant`, with the
/// configuration its `data-` attributes give, or its address's query (for a frame). Each page
/// load gets a fresh order. A page without that element (a host page using the embed script)
/// gets nothing here.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let window = web_sys::window();
    let document = window.as_ref().and_then(|window| window.document());
    let root = document
        .as_ref()
        .and_then(|document| document.get_element_by_id("just-a-plant"));
    // A frame's host cannot set attributes inside it, so each option can also come from the
    // page's query, named without `data-` (`?sections=quiz&locale=es`): the widget's own
    // configuration, never a person's data. An attribute wins over the query.
    let query = window
        .as_ref()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
    let (config, warnings) = Config::from_attributes(&|name| {
        root.as_ref()
            .and_then(|root| root.get_attribute(name))
            .or_else(|| query.as_ref()?.get(name.strip_prefix("data-")?))
    });
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    // In a frame (page.js marks the element), the address is shared with whoever made the
    // frame: the widget reads its own fragments there and leaves any other alone, silently
    // (WordPress's oEmbed frame comes with `#?secret=…`).
    let framed = root
        .as_ref()
        .and_then(|root| root.get_attribute("data-framed"));
    let props = AppProps {
        seed: fresh_seed(),
        config,
        address: if framed.is_some() {
            Address::Host
        } else {
            Address::Page
        },
    };
    // A page in another language than English carries its words (scripts/post-build.mjs).
    let words = document
        .and_then(|document| document.get_element_by_id("just-a-plant-words"))
        .and_then(|words| words.text_content());
    if words
        .as_deref()
        .is_some_and(|words| crate::content::add_words(words).is_err())
    {
        web_sys::console::warn_1(&"Just a Plant?: the page's words could not be read".into());
    }
    if let Some(root) = root {
        clear_fallback(&root);
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
