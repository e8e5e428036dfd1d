//! Reading scenario files: size and encoding checks, RON parsing with positions,
//! then validation. Nothing a user can hand us may panic or hang.

use std::path::Path;
use std::sync::Arc;

use super::Scenario;
use super::explain;
use super::input::{check_escapes, read_limited, shown, text_of};
use super::validate::{Problem, validate};

/// Largest scenario file accepted. Real scenarios are a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Deepest nesting accepted (RON's own guard against stack exhaustion).
pub const MAX_NESTING: usize = 64;

/// Why a scenario could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("{path}: cannot read the file: {message}")]
    Io { path: String, message: String },
    #[error(
        "{path}: the file is {size} bytes; files of this kind are limited to {max} bytes \
         ({}); a real one is far smaller", mib(*max)
    )]
    TooBig {
        path: String,
        size: String,
        max: u64,
    },
    #[error(
        "{path}: cannot read the file: it is {kind}, not a regular file; give the path of a \
         .ron file"
    )]
    NotAFile { path: String, kind: &'static str },
    #[error("{path}: the file is empty; a scenario is a RON record `( id: ..., title: ..., ... )`")]
    Empty { path: String },
    #[error("{path}: not a text file (invalid UTF-8 at byte {offset}); {hint}")]
    NotText {
        path: String,
        offset: usize,
        hint: &'static str,
    },
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        path: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{}", format_problems(path, problems))]
    Invalid {
        path: String,
        problems: Vec<Problem>,
    },
}

/// A byte limit in words: `1 MiB`, `32 MiB`, `64 KiB`.
fn mib(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

fn format_problems(path: &str, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{path}: {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ScenarioError {
    /// The problems of a meaning error (empty for other errors).
    pub fn problems(&self) -> &[Problem] {
        match self {
            ScenarioError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// A loaded, validated scenario with any warnings about it.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub scenario: Arc<Scenario>,
    pub warnings: Vec<Problem>,
}

/// Reads, parses and validates a scenario file.
pub fn load_file(path: &Path) -> Result<Loaded, ScenarioError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)?;
    load_bytes(&shown(path), &bytes)
}

/// Parses and validates scenario text from memory; `name` is used in messages.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Loaded, ScenarioError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ScenarioError::TooBig {
            path: name.into(),
            size: bytes.len().to_string(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = text_of(name, bytes)?;
    if text.trim().is_empty() {
        return Err(ScenarioError::Empty { path: name.into() });
    }
    let scenario: Scenario = parse_ron(name, text)?;
    let (errors, warnings) = validate(&scenario);
    if !errors.is_empty() {
        return Err(ScenarioError::Invalid {
            path: name.into(),
            problems: errors,
        });
    }
    Ok(Loaded {
        scenario: Arc::new(scenario),
        warnings,
    })
}

/// RON options shared by every file the program reads: `Some(..)` may be omitted.
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// Parses RON into any type, turning errors into `file:line:col: field.path: message`
/// with a hint and an example where the text around the error suggests one.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    name: &str,
    text: &str,
) -> Result<T, ScenarioError> {
    check_escapes(name, text)?;
    ron_options()
        .from_str(text)
        .map_err(|e: ron::error::SpannedError| {
            let at = explain::offset_of(text, e.position.line, e.position.col);
            // A missing or repeated field is reported where its record ends or where the
            // repeat begins: the path is the record's (the message names the field).
            let of_record = matches!(
                e.code,
                ron::Error::MissingStructField { .. } | ron::Error::DuplicateStructField { .. }
            );
            let path = explain::field_path(text, at, !of_record);
            let mut message = explain::without_type_names(&words(&e.code));
            // A recognised mistake is explained in its own words, instead of the parser's.
            if let Some(h) = explain::hint(text, at, &e.code, &path) {
                message = h;
            }
            if !path.is_empty() {
                message = format!("{path}: {message}");
            }
            ScenarioError::Syntax {
                path: name.into(),
                line: e.position.line,
                col: e.position.col,
                message,
            }
        })
}

/// Words a RON error for a trainer rather than a Rust programmer.
fn words(code: &ron::Error) -> String {
    use ron::Error as E;
    let within = |outer: &Option<String>| {
        outer
            .as_ref()
            .map(|o| format!(" in {}", explain::friendly(o)))
            .unwrap_or_default()
    };
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            within(outer),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => {
            format!("missing required field `{field}`{}", within(outer))
        }
        E::DuplicateStructField { field, outer } => {
            format!("the field `{field}` is given twice{}", within(outer))
        }
        E::ExceededRecursionLimit => {
            format!("nesting is deeper than {MAX_NESTING} levels; a scenario never needs that")
        }
        E::IntegerOutOfBounds => "the number is out of range".into(),
        E::SuggestRawIdentifier(_) | E::InvalidIdentifier(_) => {
            "a word or number here cannot be read".into()
        }
        other => other.to_string(),
    }
}
