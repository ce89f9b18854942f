//! Small pieces shared by the widget's screens.

pub mod awaited;
pub mod help_card;
pub mod language;
pub mod listen;
pub mod location;
pub mod main_message;
pub mod notice;
pub mod privacy;
pub mod progress;
pub mod share;
pub mod shared;
pub mod source_quote;
