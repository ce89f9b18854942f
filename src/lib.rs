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
pub use mount::{mount_embedded, start};

/// The WebAssembly's memory allocator: talc, which does the allocator's work in about 2 KB
/// (gzip) less of the first load than the standard library's dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
