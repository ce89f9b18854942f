//! The widget's hooks: each carries part of the widget's state to the world outside it (the
//! page's address, the device's storage, a kiosk's idle time, the host's theme) or gives each
//! mounted widget its own ids.

pub mod address;
pub mod instance;
pub mod kiosk;
pub mod remembered;
pub mod theme;
