//! Optional local progress in `localStorage`, only after the person opts in. Storage can be
//! missing, blocked or full (sandboxed iframes, storage partitioning, private browsing, quota):
//! every failure simply means "no storage", and the widget works the same without it.

use web_sys::Storage;

/// Whether the person chose to be remembered on this device.
const REMEMBER_KEY: &str = "just-a-plant:remember";
/// Their progress, as `SavedProgress::encode` writes it.
const PROGRESS_KEY: &str = "just-a-plant:progress";

/// The device's storage, if the browser lets the widget have it. Nothing is written to find
/// out: a storage that refuses writes shows itself when the person opts in.
fn storage() -> Option<Storage> {
    crate::browser::window()?.local_storage().ok()?
}

fn read(storage: &Storage, key: &str) -> Option<String> {
    storage
        .get_item(key)
        .ok()
        .flatten()
        .filter(|value| !value.is_empty())
}

/// Whether remembering can work in this browser at all. Rendered without a browser (the page's
/// static first screen, at build time), the widget is drawn as a browser that allows storage
/// shows it.
pub fn available() -> bool {
    crate::browser::window().is_none() || storage().is_some()
}

/// The device's storage, only if the person chose to be remembered there.
fn opted_in() -> Option<Storage> {
    storage().filter(|storage| read(storage, REMEMBER_KEY).as_deref() == Some("1"))
}

/// Whether the person chose to be remembered (and storage still works).
pub fn remembering() -> bool {
    opted_in().is_some()
}

/// The remembered progress, if the person chose to be remembered.
pub fn load() -> Option<String> {
    read(&opted_in()?, PROGRESS_KEY)
}

/// Starts remembering, with the progress so far; false when storage refused.
pub fn remember(progress: &str) -> bool {
    storage().is_some_and(|storage| {
        storage.set_item(REMEMBER_KEY, "1").is_ok()
            && storage.set_item(PROGRESS_KEY, progress).is_ok()
    })
}

/// Keeps the progress, if the person chose to be remembered; a failed write is let go.
pub fn save(progress: &str) {
    if let Some(storage) = opted_in() {
        let _ = storage.set_item(PROGRESS_KEY, progress);
    }
}

/// Forgets everything the widget kept on this device, at once.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(PROGRESS_KEY);
        let _ = storage.remove_item(REMEMBER_KEY);
    }
}
