//! A kiosk starts over after a while with nobody using it, so the next person finds it fresh.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// The events that count as someone using a kiosk.
const ACTIVITY: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

/// In kiosk mode, calls `reset` after `idle_ms` without any activity.
#[hook]
pub fn use_kiosk_reset(kiosk: bool, idle_ms: u32, reset: Callback<()>) {
    use_effect_with((kiosk, idle_ms), move |&(kiosk, idle_ms)| {
        let timer = std::rc::Rc::new(std::cell::RefCell::new(None::<Timeout>));
        let restart = {
            let timer = timer.clone();
            move || {
                let reset = reset.clone();
                *timer.borrow_mut() = Some(Timeout::new(idle_ms, move || reset.emit(())));
            }
        };
        let listeners: Vec<_> = match web_sys::window().and_then(|window| window.document()) {
            Some(document) if kiosk => {
                restart();
                ACTIVITY
                    .iter()
                    .map(|&event| {
                        let restart = restart.clone();
                        gloo_events::EventListener::new(&document, event, move |_| restart())
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        move || {
            drop(listeners);
            timer.borrow_mut().take();
        }
    });
}
