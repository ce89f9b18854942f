//! Keeps the widget's place and language in step with the URL fragment: reading them at
//! start, following back and forward, and writing them when the person moves (each move is a
//! history entry; a change of language replaces the current one). A fragment that cannot be
//! opened leads to the start, with the reason kept for a notice.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::components::shared::Shared;
use crate::content::{places, Locale, LOCALES};
use crate::route::{is_own, Link, LinkError, Route};

/// How a widget uses the page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    /// The widget's own page: every fragment is meant for it, and one it cannot open is a
    /// broken link, which it says.
    Page,
    /// A host page's only widget: it reads and writes its own fragments and leaves every other
    /// one (the page's anchors, other scripts' fragments) alone, silently.
    Host,
    /// One of several widgets on a page: each keeps its place to itself.
    Untouched,
}

impl Address {
    /// The address's fragment, where this widget reads it and it is the widget's to read.
    fn fragment(self) -> Option<String> {
        let fragment = web_sys::window()?.location().hash().ok()?;
        match self {
            Address::Page => Some(fragment),
            // No fragment at all is the page as first opened: the widget's start.
            Address::Host => (fragment.is_empty() || is_own(&fragment)).then_some(fragment),
            Address::Untouched => None,
        }
    }
}

/// Where the widget is, in which language, and why a link could not be opened, if it could
/// not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub route: Route,
    pub locale: &'static Locale,
    pub problem: Option<LinkError>,
}

impl Place {
    /// The place a fragment names: `fallback` when it names none, the start when it cannot
    /// be opened; in the language the link names, else in `locale`.
    pub fn from_fragment(fragment: &str, fallback: Route, locale: &'static Locale) -> Place {
        match Link::parse(fragment, places()) {
            Ok(link) => Place {
                route: link.map_or(fallback, |link| link.route),
                locale: link
                    .and_then(|link| link.locale)
                    .and_then(|index| LOCALES.get(index))
                    .unwrap_or(locale),
                problem: None,
            },
            Err(problem) => Place {
                route: Route::START,
                locale,
                problem: Some(problem),
            },
        }
    }

    /// The link to this place in its language.
    pub fn link(self) -> Link {
        self.locale.link(self.route)
    }
}

/// What changes the place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaceAction {
    /// Move to another place, in the same language.
    Go(Route),
    /// Speak another language, in the same place.
    Speak(&'static Locale),
    /// Put away the notice about a link that could not be opened.
    Dismiss,
    /// Follow the address, changed by back, forward or a typed link.
    Follow(Place),
}

impl Reducible for Place {
    type Action = PlaceAction;

    fn reduce(self: Rc<Self>, action: PlaceAction) -> Rc<Self> {
        let now = *self;
        Rc::new(match action {
            PlaceAction::Go(route) => Place {
                route,
                problem: None,
                ..now
            },
            PlaceAction::Speak(locale) => Place { locale, ..now },
            PlaceAction::Dismiss => Place {
                problem: None,
                ..now
            },
            PlaceAction::Follow(place) => place,
        })
    }
}

/// The current place, and a way to change it. It starts where the address points (`fallback`
/// while the address has no fragment), in the language the address names, else `locale`;
/// `configured` (the host's choice of language) wins over both. `address` says which fragments
/// are the widget's: with [`Address::Untouched`] it keeps its place to itself and leaves the
/// address alone, so several widgets on one page stay independent.
#[hook]
pub fn use_place(
    fallback: Route,
    address: Address,
    configured: Option<&'static Locale>,
    locale: &'static Locale,
) -> UseReducerHandle<Place> {
    let place = use_reducer_eq(|| {
        let fragment = address.fragment().unwrap_or_default();
        let place = Place::from_fragment(&fragment, fallback, locale);
        Place {
            locale: configured.unwrap_or(place.locale),
            ..place
        }
    });
    // The language spoken now, for an address typed without one.
    let speaking = use_mut_ref(|| place.locale);
    *speaking.borrow_mut() = place.locale;
    {
        let dispatcher = place.dispatcher();
        use_effect_with(address, move |&address| {
            let listener = web_sys::window()
                .filter(|_| address != Address::Untouched)
                .map(|window| {
                    EventListener::new(&window, "hashchange", move |_| {
                        // A fragment that is not the widget's leaves it where it is.
                        if let Some(fragment) = address.fragment() {
                            let locale = *speaking.borrow();
                            let place = Place::from_fragment(&fragment, Route::START, locale);
                            dispatcher.dispatch(PlaceAction::Follow(place));
                        }
                    })
                });
            move || drop(listener)
        });
    }
    // The address follows the place: a new place is a new history entry, a new language only
    // rewrites the current one. Until the person moves, the address stays as it was.
    let written = use_mut_ref(|| *place);
    use_effect_with(*place, move |&now| {
        let before = std::mem::replace(&mut *written.borrow_mut(), now);
        let fragment = now.link().fragment(places());
        let location = web_sys::window()
            .filter(|_| {
                address != Address::Untouched
                    && now.problem.is_none()
                    && before.link() != now.link()
            })
            .map(|window| window.location());
        if let Some(location) =
            location.filter(|location| location.hash().is_ok_and(|hash| hash != fragment))
        {
            // Failing to write the address only loses the history entry.
            let _ = if before.route == now.route {
                location.replace(&fragment)
            } else {
                location.set_hash(&fragment)
            };
        }
    });
    place
}

/// A link to a place in the widget, in the language spoken now: a real link (it can be opened
/// in a new tab), which moves this widget itself when followed, whether or not the widget
/// follows the address. `current` is its `aria-current`, for the link to where the person is.
pub fn place_link(
    shared: &Shared,
    to: Route,
    class: &'static str,
    current: Option<&'static str>,
    text: &'static str,
) -> Html {
    let navigate = shared.navigate.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        let new_tab = event.ctrl_key() || event.meta_key() || event.shift_key();
        if !new_tab {
            event.prevent_default();
            navigate.emit(to);
        }
    });
    html! {
        <a {class} href={shared.locale.link(to).fragment(places())} aria-current={current} {onclick}>{ text }</a>
    }
}
