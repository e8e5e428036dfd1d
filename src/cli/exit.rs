//! How a command ends, and the exit code each ending gets: the one place the CLI
//! chooses exit codes.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | done; for checks (`validate`, `lint`, `sensitivity`, `workshop`), nothing found |
//! | 1 | a file could not be read or written, or a check found problems (already reported) |
//! | 2 | usage: an option's value cannot be used, or the game cannot open a window |

use std::process::ExitCode;

use crate::format::{FileError, RunFileError};
use crate::scenario::ScenarioError;

/// Why a command did not end well.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A file or folder could not be read or written, or its content is wrong.
    #[error("{0}")]
    File(String),
    /// An option's value cannot be used.
    #[error("{0}")]
    Usage(String),
    /// The command ran and reported its findings (invalid files, a lesson that does
    /// not hold, refused runs); nothing more to say.
    #[error("{}", crate::t!("cli-out-findings"))]
    Findings,
}

impl CliError {
    /// The exit code of this ending.
    pub fn code(&self) -> u8 {
        match self {
            CliError::File(_) | CliError::Findings => 1,
            CliError::Usage(_) => 2,
        }
    }
}

impl From<String> for CliError {
    fn from(s: String) -> CliError {
        CliError::File(s)
    }
}

impl From<&str> for CliError {
    fn from(s: &str) -> CliError {
        CliError::File(s.to_string())
    }
}

impl From<FileError> for CliError {
    fn from(e: FileError) -> CliError {
        CliError::File(e.to_string())
    }
}

impl From<RunFileError> for CliError {
    fn from(e: RunFileError) -> CliError {
        CliError::File(e.to_string())
    }
}

impl From<ScenarioError> for CliError {
    fn from(e: ScenarioError) -> CliError {
        CliError::File(e.to_string())
    }
}

/// What a command returns.
pub type Outcome = Result<(), CliError>;

/// The exit code of an outcome, its message printed.
pub fn exit_code(outcome: Outcome) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Findings) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{}", crate::t!("cli-out-error", message = e.to_string()));
            ExitCode::from(e.code())
        }
    }
}

pub use crate::options::NO_GAME;
