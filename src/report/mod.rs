//! Reports over runs: run files, scripts, multi-seed statistics, comparisons.

pub mod batch;
pub mod compare;
pub mod hash;
pub mod runfile;
pub mod script;
pub mod stats;

pub use runfile::{RunFile, RunFileError, WeekLine, diverges, write_atomic};
pub use script::Script;
