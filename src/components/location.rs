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
/// that could not be opened. With `follow_address` false the widget keeps its place to itself
/// and leaves the address alone, so several widgets on one page stay independent.
#[hook]
pub fn use_place(fallback: Route, follow_address: bool) -> (Place, Callback<Route>, Callback<()>) {
    let place = use_state_eq(|| match follow_address {
        true => current_place(fallback),
        false => Place {
            route: fallback,
            problem: None,
        },
    });
    {
        let place = place.clone();
        use_effect_with(follow_address, move |&follow_address| {
            let listener = web_sys::window().filter(|_| follow_address).map(|window| {
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
            if let Some(window) = web_sys::window().filter(|_| follow_address) {
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

/// The way to move to another place, shared with every link inside the widget.
#[derive(Clone, PartialEq)]
pub struct Navigator(pub Callback<Route>);

#[derive(Properties, PartialEq)]
pub struct PlaceLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// `aria-current` for the link to where the person is now.
    #[prop_or_default]
    pub current: Option<&'static str>,
    pub children: Html,
}

/// A link to a place in the widget: a real link (it can be opened in a new tab), which moves
/// this widget itself when followed, whether or not the widget follows the address.
#[component]
pub fn PlaceLink(props: &PlaceLinkProps) -> Html {
    let navigator = use_context::<Navigator>();
    let to = props.to;
    let onclick = Callback::from(move |event: MouseEvent| {
        let new_tab = event.ctrl_key() || event.meta_key() || event.shift_key();
        if let (Some(Navigator(navigate)), false) = (&navigator, new_tab) {
            event.prevent_default();
            navigate.emit(to);
        }
    });
    html! {
        <a class={props.class.clone()} href={to.fragment(places())} aria-current={props.current}
            {onclick}>
            { props.children.clone() }
        </a>
    }
}
