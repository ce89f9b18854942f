//! Starting the widget: on its own page (`start`), or embedded in a host page by the embed
//! script (`mount_embedded`). Should it ever fail, the page's script puts the static summary
//! back (assets/page.js, scripts/embed.js): in the release build a panic stops the WebAssembly
//! at once (scripts/toolchain.sh), and no Rust runs after it.

use crate::app::{fresh_seed, App, AppProps};
use crate::components::location::Address;
use crate::config::Config;

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
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}

/// Mounts the standalone page's widget into the element with id `just-a-plant`, with the
/// configuration its `data-` attributes give, or its address's query (for a frame). Each page
/// load gets a fresh order. A page without that element (a host page using the embed script)
/// gets nothing here.
pub fn start() {
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
    let (mut config, warnings) = Config::from_attributes(&|name| {
        root.as_ref()
            .and_then(|root| root.get_attribute(name))
            .or_else(|| query.as_ref()?.get(name.strip_prefix("data-")?))
    });
    // A page one folder down (es/) names the folder of the words files in its own markup.
    config.words = root
        .as_ref()
        .and_then(|root| root.get_attribute("data-words"));
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
        // The static summary and first screen make way (page.js keeps them, to put back should
        // the widget fail).
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
