//! The files Pit Crew reads and writes, apart from the reports made of them: run files
//! (a run's scenario, seed and every plan, replayable), decisions scripts, the
//! facilitator's event deck, and the content hashes that name scenarios and runs.

pub mod deck;
pub mod error;
pub mod hash;
pub mod runfile;
pub mod script;

pub use error::FileError;
pub use runfile::{RunFile, RunFileError, WeekLine, diverges, slug, week_lines, write_atomic};
pub use script::Script;
