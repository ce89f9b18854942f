//! Small pieces shared by the widget's screens.

pub mod focus;
pub mod help_card;
