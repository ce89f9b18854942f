//! Just a Plant?: a private, accessible widget about kratom and opioid recovery.
//! This is the widget's root: the app component and the function that mounts it.

pub mod app;
pub mod browser;
pub mod components;
pub mod config;
pub mod content;
pub mod explainer;
pub mod hooks;
pub mod mount;
pub mod progress;
pub mod quiz;
pub mod route;
pub mod storage;
pub mod widget;

pub use app::{App, AppProps};
pub use mount::{mount_embedded, show_fallback, start};
