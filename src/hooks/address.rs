//! Keeps the widget's place and language in step with the URL fragment: following back,
//! forward and typed links, and writing the place when the person moves (each move is a
//! history entry; a change of language replaces the current one).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::components::location::{named_language, Address, Place};
use crate::content::{places, Locale};
use crate::route::Route;
use crate::widget::{Action, Widget};

/// Follows the address into `widget`, and writes `widget`'s place into the address; with
/// [`Address::Untouched`] the address is neither read nor written.
#[hook]
pub fn use_address(widget: &UseReducerHandle<Widget>, address: Address) {
    // The language spoken now, for an address typed without one.
    let speaking = use_mut_ref(|| widget.place.locale);
    *speaking.borrow_mut() = widget.place.locale;
    let dispatcher = widget.dispatcher();
    use_effect_with(address, move |&address| {
        let listener = web_sys::window()
            .filter(|_| address != Address::Untouched)
            .map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    // A fragment that is not the widget's leaves it where it is.
                    if let Some(fragment) = address.fragment() {
                        let locale = *speaking.borrow();
                        let place = Place::from_fragment(&fragment, Route::START, locale);
                        dispatcher.dispatch(Action::Follow(place));
                        // A language whose words are not here yet is spoken when they arrive.
                        if let Some(language) = named_language(&fragment)
                            .filter(|&language| Locale::at(language).is_none())
                        {
                            dispatcher.dispatch(Action::Await(language));
                        }
                    }
                })
            });
        move || drop(listener)
    });
    // Until the person moves, the address stays as it was.
    let written = use_mut_ref(|| widget.place);
    use_effect_with(widget.place, move |&now| {
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
}
