//! The widget's hooks: each carries part of the widget's state to the world outside it (the
//! page's address, the device's storage, a kiosk's idle time, the host's theme, the words of
//! other languages), gives each mounted widget its own ids, or keeps what a part's share
//! buttons did.

pub mod address;
pub mod instance;
pub mod kiosk;
pub mod languages;
pub mod remembered;
pub mod share;
pub mod theme;
