//! Keeps the widget's place and language in step with the URL fragment: following back,
//! forward and typed links, and writing the place when the person moves (each move is a
//! history entry; a change of language replaces the current one).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::components::location::{named_language, Address, Place};
use crate::content::places;
use crate::route::{Link, Route};
use crate::widget::{Action, Widget};

/// Follows the address into `widget`, and writes `widget`'s place into the address; with
/// [`Address::Untouched`] the address is neither read nor written.
#[hook]
pub fn use_address(widget: &UseReducerHandle<Widget>, address: Address) {
    // The language spoken now, for an address typed without one.
    let speaking = use_mut_ref(|| widget.place.locale);
    *speaking.borrow_mut() = widget.place.locale;
    let dispatcher = widget.dispatcher();
    // The fragment last followed, and the place it names, until the widget has moved there:
    // the address already says where it is, unless it has changed again since (two changes in
    // quick succession), when writing would put back the older one, and lose the newer.
    let followed = use_mut_ref(|| None::<(String, Link)>);
    let following = followed.clone();
    use_effect_with(address, move |&address| {
        let listener = web_sys::window()
            .filter(|_| address != Address::Untouched)
            .map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    // A fragment that is not the widget's leaves it where it is.
                    if let Some(fragment) = address.fragment() {
                        let locale = *speaking.borrow();
                        let place = Place::from_fragment(&fragment, Route::START, locale);
                        // A language whose words are not here yet is spoken when they arrive.
                        let language = named_language(&fragment);
                        *following.borrow_mut() = Some((fragment, place.link()));
                        dispatcher.dispatch(Action::AddressChanged { place, language });
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
        let read = followed.borrow_mut().take();
        let read = read
            .filter(|(_, link)| *link == now.link())
            .map(|(read, _)| read);
        let hash = location.as_ref().and_then(|location| location.hash().ok());
        // A place followed from the address is written only to put its fragment in the
        // widget's own form, in the same history entry, and only while the address still holds
        // the fragment followed.
        let stale = read
            .as_ref()
            .is_some_and(|read| hash.as_ref() != Some(read));
        if let Some(location) = location.filter(|_| !stale && hash.as_ref() != Some(&fragment)) {
            // Failing to write the address only loses the history entry.
            let _ = if before.route == now.route || read.is_some() {
                location.replace(&fragment)
            } else {
                location.set_hash(&fragment)
            };
        }
    });
}
