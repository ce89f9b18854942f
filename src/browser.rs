//! The browser window the widget runs in, where it has one: none when the widget is rendered
//! natively, at build time, as the page's static first screen (`prerender/`), so that a render
//! asks nothing of a browser there is not.

/// The window, in a browser; `None` in a native build, where reaching for it would stop the
/// program.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
