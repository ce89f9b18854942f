//! The widget's place: where it is, in which language, read from the URL fragment (one that
//! cannot be opened leads to the start, with the reason kept for a notice), and links to other
//! places. `hooks::address` keeps the fragment in step with it.

use yew::prelude::*;

use crate::components::shared::Shared;
use crate::content::{places, Locale};
use crate::route::{is_own, Link, LinkError, Route};

/// How a widget uses the page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    /// The widget's own page: every fragment is meant for it, and one it cannot open is a
    /// broken link, which it says.
    Page,
    /// A host page's only widget, or the widget's page in a frame: it reads and writes its own
    /// fragments and leaves every other one (the page's anchors, other scripts' fragments,
    /// WordPress's `#?secret=…` on its oEmbed frame) alone, silently.
    Host,
    /// One of several widgets on a page: each keeps its place to itself.
    Untouched,
}

impl Address {
    /// The address's fragment, where this widget reads it and it is the widget's to read.
    pub fn fragment(self) -> Option<String> {
        let fragment = crate::browser::window()?.location().hash().ok()?;
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

/// The language (its index in `LOCALE_CODES`) a fragment's link names, if it names one.
pub fn named_language(fragment: &str) -> Option<usize> {
    Link::parse(fragment, places()).ok()??.locale
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
                    .and_then(Locale::at)
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
