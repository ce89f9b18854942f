//! Keeps the widget's place in step with the URL fragment: reading it at start, following
//! back and forward, and writing it when the person moves (each move is a history entry).
//! A fragment that cannot be opened leads to the start, with the reason kept for a notice.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::content::places;
use crate::route::{LinkError, Route};

/// Where the widget is, and why a link could not be opened, if it could not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub route: Route,
    pub problem: Option<LinkError>,
}

impl Place {
    /// The place a fragment names: `fallback` when it names none, the start when it cannot
    /// be opened.
    pub fn from_fragment(fragment: &str, fallback: Route) -> Place {
        match Route::parse(fragment, places()) {
            Ok(route) => Place {
                route: route.unwrap_or(fallback),
                problem: None,
            },
            Err(problem) => Place {
                route: Route::START,
                problem: Some(problem),
            },
        }
    }
}

fn current_place(fallback: Route) -> Place {
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    Place::from_fragment(&hash, fallback)
}

/// The current place (`fallback` while the address has no fragment), a callback that moves to
/// another place and records it in history, and one that puts away the notice about a link
/// that could not be opened.
#[hook]
pub fn use_place(fallback: Route) -> (Place, Callback<Route>, Callback<()>) {
    let place = use_state_eq(|| current_place(fallback));
    {
        let place = place.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    place.set(current_place(Route::START))
                })
            });
            move || drop(listener)
        });
    }
    let navigate = {
        let place = place.clone();
        Callback::from(move |route: Route| {
            if let Some(window) = web_sys::window() {
                // Setting the fragment adds a history entry; failing to do so only loses that.
                let _ = window.location().set_hash(&route.fragment(places()));
            }
            place.set(Place {
                route,
                problem: None,
            });
        })
    };
    let dismiss = {
        let place = place.clone();
        Callback::from(move |()| {
            place.set(Place {
                problem: None,
                ..*place
            })
        })
    };
    (*place, navigate, dismiss)
}
