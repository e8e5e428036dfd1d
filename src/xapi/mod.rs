//! Learning records: xAPI 1.0.3 statements of a played run for a company's learning
//! programme (its LMS or learning record store), and sending them without ever
//! losing one. Plain serde structs: the Rust xAPI crates are GPL.

pub mod lrs;
pub mod statements;

pub use lrs::{Lrs, Sent, enqueue};
pub use statements::{Recording, Statement, statements};

/// Where statements wait for the LRS, under a user's Pit Crew folder.
pub fn queue_dir(home: &std::path::Path) -> std::path::PathBuf {
    home.join("xapi-queue")
}
