//! Reports over runs: run files, scripts, multi-seed statistics, comparisons, debriefs
//! and their HTML export.

pub mod batch;
pub mod compare;
pub mod debrief;
pub mod deck;
pub mod hash;
pub mod html;
pub mod lint;
pub mod runfile;
pub mod script;
pub mod sensitivity;
pub mod stats;
pub mod workshop;

pub use debrief::{BotRun, Cause, Debrief};
pub use runfile::{RunFile, RunFileError, WeekLine, diverges, slug, week_lines, write_atomic};
pub use script::Script;
