//! The browser window the widget runs in, where it has one: none when the widget is rendered
//! natively, at build time, as the page's static first screen (`prerender/`), so that a render
//! asks nothing of a browser there is not.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The window, in a browser; `None` in a native build, where reaching for it would stop the
/// program.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// Moves the focus to `element` just after the browser has painted the next frame (its
/// animation frame, then a task), not inside the render: focusing makes the browser lay the
/// page out at once, which would hold back the frame that shows what a person is waiting for
/// (the feedback on an answer). Focus on an element no longer in the page does nothing.
pub fn focus_after_paint(element: web_sys::HtmlElement) {
    let Some(window) = window() else { return };
    let focus = Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, move || {
            let _ = element.focus();
        })
        .forget();
    });
    // Every browser the widget runs in has animation frames (a page out of sight gets its
    // next one when it is shown again, and the focus moves then).
    let _ = window.request_animation_frame(focus.unchecked_ref());
}
