//! What the whole widget hands to its sections: the host's configuration, the language spoken
//! now, the way to move to another place, and its prefix for element ids. (Passed as a property: a context provider
//! would cost more bytes than it saves.)

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::content::Locale;
use crate::route::Route;

/// The widget's surroundings, given by `App` to each section.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub config: Rc<Config>,
    /// The language the widget speaks now.
    pub locale: &'static Locale,
    /// Moves the widget to another place.
    pub navigate: Callback<Route>,
    /// This widget's prefix for element ids, so two widgets on a page never share one.
    pub ids: AttrValue,
}
