//! Reports over runs: multi-seed statistics, comparisons, lint and sensitivity,
//! debriefs, the workshop comparison and their HTML export. The files they read are
//! in [`crate::format`].

pub mod batch;
mod causes;
pub mod compare;
pub mod debrief;
pub mod html;
pub mod lesson;
pub mod lint;
pub mod sensitivity;
pub mod stats;
pub mod workshop;

pub use debrief::{BotRun, Cause, Debrief};
