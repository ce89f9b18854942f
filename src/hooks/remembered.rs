//! Remembered progress: the one place the widget writes to the device's storage, and only
//! while the person has chosen to be remembered.

use yew::prelude::*;

use crate::storage;
use crate::widget::{Action, Widget};

/// Keeps `widget`'s progress in storage while it remembers, and forgets it all when the person
/// stops remembering or resets (never when another widget on the page simply does not
/// remember).
#[hook]
pub fn use_remembered(widget: &UseReducerHandle<Widget>) {
    // What the last run saw: whether it remembered, and how many resets there had been.
    let last = use_mut_ref(|| (widget.remembering, widget.resets));
    let dispatcher = widget.dispatcher();
    // The progress is written out only while remembering: not on every render of everyone's
    // widget (an answer renders it), when nothing would keep it.
    let progress = widget.remembering.then(|| widget.progress()).flatten();
    use_effect_with(
        (widget.remembering, progress, widget.resets),
        move |(remembering, progress, resets)| {
            let (was, reset_before) =
                std::mem::replace(&mut *last.borrow_mut(), (*remembering, *resets));
            if *resets != reset_before && !was {
                // "Forget everything" forgets, whether or not this widget was remembering.
                storage::forget();
            }
            match (remembering, progress) {
                (true, Some(progress)) if !storage::remember(progress) => {
                    dispatcher.dispatch(Action::StorageRefused)
                }
                // A statement opened by link is not a round to keep: the round kept stays.
                (true, None) if !was && !storage::remember("") => {
                    dispatcher.dispatch(Action::StorageRefused)
                }
                (false, _) if was => storage::forget(),
                _ => {}
            }
        },
    );
}
