//! The one error of reading or writing a user's file: every reader and writer in
//! `format` gives it, so the CLI, the game and the server say it the same way.

use std::path::Path;

/// A file or folder that could not be read or written, or whose content is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// Reading, writing or listing failed.
    #[error("{path}: {reason}")]
    Io { path: String, reason: String },
    /// The content is wrong; the message names the file and where (line:column, field).
    #[error("{0}")]
    Content(String),
}

impl FileError {
    pub fn io(path: &Path, reason: impl ToString) -> FileError {
        FileError::Io {
            path: crate::scenario::shown(path),
            reason: reason.to_string(),
        }
    }
}
