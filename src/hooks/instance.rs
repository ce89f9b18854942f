//! A number of its own for each mounted widget, so ids inside it never clash with another
//! instance on the same page.

use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

static NEXT_INSTANCE: AtomicUsize = AtomicUsize::new(1);

/// A prefix for element ids that is unique to this component instance, like `jap3`.
#[hook]
pub fn use_id_prefix() -> AttrValue {
    let number = use_memo((), |_| NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed));
    AttrValue::from(format!("jap{}", *number))
}
