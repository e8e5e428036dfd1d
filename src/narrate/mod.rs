//! Words: turns the model's data (actions, happenings, scores) into sentences.
//!
//! The model emits data only; every screen, report and command that needs a sentence
//! about it comes here, so one action has one wording and translations have one home.

pub mod actions;

pub use actions::{describe_action, menu_label};
