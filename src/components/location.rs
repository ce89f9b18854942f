//! Keeps the widget's place in step with the URL fragment: reading it at start, following
//! back and forward, and writing it when the person moves (each move is a history entry).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::content::STEPS;
use crate::route::Route;

/// The place the fragment names now; the start when there is none or it is unknown.
fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Route::from_fragment(&hash, STEPS.len())
}

/// The current place, and a callback that moves to another place and records it in history.
#[hook]
pub fn use_route() -> (Route, Callback<Route>) {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| route.set(current_route()))
            });
            move || drop(listener)
        });
    }
    let navigate = {
        let route = route.clone();
        Callback::from(move |to: Route| {
            if let Some(window) = web_sys::window() {
                // Setting the fragment adds a history entry; failing to do so only loses that.
                let _ = window.location().set_hash(&to.fragment());
            }
            route.set(to);
        })
    };
    (*route, navigate)
}
