//! What the whole widget hands to its sections: the host's configuration, the language spoken
//! now (and whether the rest of its words could not be had), the way to change the widget and to
//! move to another place, its prefix for element ids, and whether it can read aloud. (Passed as a property: a context provider costs more bytes
//! than it saves, measured twice.)

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::content::Locale;
use crate::route::Route;
use crate::widget::Action;

/// The widget's surroundings, given by `App` to each section.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub config: Rc<Config>,
    /// The language the widget speaks now.
    pub locale: &'static Locale,
    /// The words of `locale` that come after the first screen could not be had (see
    /// [`Locale::all_here`]).
    pub words_missing: bool,
    /// Changes the widget: tells it what happened.
    pub act: Callback<Action>,
    /// Moves the widget to another place.
    pub navigate: Callback<Route>,
    /// This widget's prefix for element ids, so two widgets on a page never share one.
    pub ids: AttrValue,
    /// Whether a voice of the device speaks the language, so that Listen buttons show.
    pub speaks: bool,
}
