//! Small pieces shared by the widget's screens.

pub mod focus;
pub mod help_card;
pub mod instance;
pub mod location;
pub mod progress;
pub mod source_quote;
