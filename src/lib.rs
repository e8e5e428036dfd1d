//! Pit Crew: a training simulation for newly promoted sales managers.
//!
//! - [`sim`]: the model (no Bevy): reps, deals, stages, manager actions, weekly step, scores.
//! - [`scenario`]: the RON scenario schema, loading and validation.
//! - [`policy`]: built-in bot managers.
//! - [`i18n`]: English and German (Fluent), numbers for the locale.
//! - [`narrate`]: the words: turns the model's data into sentences.
//! - [`report`]: run files, outcome statistics, comparisons, export.
//! - [`cli`]: the headless commands behind `pitcrew`.

pub mod cli;
pub mod format;
#[cfg(feature = "game")]
pub mod game;
pub mod i18n;
pub mod narrate;
pub mod options;
pub mod paths;
pub mod policy;
pub mod report;
pub mod scenario;
pub mod serve;
pub mod sim;
pub mod theme;
pub mod xapi;
