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

/// Why a scenario could not be used. The sentences are in the reader's language; the
/// file, line and column stay as they are.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error("{}", crate::t!("load-unreadable", path = path.clone(), message = message.clone()))]
    Io { path: String, message: String },
    #[error(
        "{}",
        crate::t!(
            "load-too-big",
            path = path.clone(),
            size = size.clone(),
            max = max.to_string(),
            limit = mib(*max)
        )
    )]
    TooBig {
        path: String,
        size: String,
        max: u64,
    },
    /// `kind`: `folder`, `pipe`, `device`, `socket` or `other`.
    #[error("{}", crate::t!("load-not-a-file", path = path.clone(), kind = *kind))]
    NotAFile { path: String, kind: &'static str },
    #[error("{}", crate::t!("load-empty", path = path.clone()))]
    Empty { path: String },
    #[error(
        "{}",
        if *utf16 {
            crate::t!("load-not-text-utf16", path = path.clone(), offset = offset.to_string())
        } else {
            crate::t!("load-not-text", path = path.clone(), offset = offset.to_string())
        }
    )]
    NotText {
        path: String,
        offset: usize,
        /// Whether the bytes look like UTF-16 text (some Windows editors save it).
        utf16: bool,
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
        crate::t!("load-bytes", n = bytes.to_string())
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
    let within = |outer: &Option<String>| outer.as_deref().map(explain::friendly);
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let (field, expected) = (found.to_string(), expected.join(", "));
            match within(outer) {
                Some(within) => crate::t!(
                    "load-unknown-field-in",
                    field = field,
                    within = within,
                    expected = expected
                ),
                None => crate::t!("load-unknown-field", field = field, expected = expected),
            }
        }
        E::MissingStructField { field, outer } => match within(outer) {
            Some(within) => crate::t!(
                "load-missing-field-in",
                field = field.to_string(),
                within = within
            ),
            None => crate::t!("load-missing-field", field = field.to_string()),
        },
        E::DuplicateStructField { field, outer } => match within(outer) {
            Some(within) => crate::t!(
                "load-field-twice-in",
                field = field.to_string(),
                within = within
            ),
            None => crate::t!("load-field-twice", field = field.to_string()),
        },
        E::ExceededRecursionLimit => {
            crate::t!("load-too-deep", max = MAX_NESTING.to_string())
        }
        E::IntegerOutOfBounds => crate::t!("load-number-out-of-range"),
        E::SuggestRawIdentifier(_) | E::InvalidIdentifier(_) => crate::t!("load-unreadable-word"),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let expected = expected
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ");
            match outer.as_deref() {
                Some(within) => crate::t!(
                    "load-unknown-choice-in",
                    found = found.clone(),
                    within = explain::friendly(within),
                    expected = expected
                ),
                None => crate::t!(
                    "load-unknown-choice",
                    found = found.clone(),
                    expected = expected
                ),
            }
        }
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            crate::t!("load-expected-record", kind = explain::friendly(name))
        }
        E::ExpectedStructLike => crate::t!("load-expected-open-paren"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => crate::t!("load-expected-close-paren"),
        E::ExpectedArrayEnd => crate::t!("load-expected-close-bracket"),
        E::ExpectedMap => crate::t!("load-expected-open-brace"),
        E::ExpectedMapEnd => crate::t!("load-expected-close-brace"),
        E::ExpectedMapColon => crate::t!("load-expected-colon"),
        E::ExpectedStringEnd => crate::t!("load-unclosed-text"),
        E::Eof => crate::t!("load-eof"),
        E::UnclosedBlockComment => crate::t!("load-unclosed-comment"),
        // A field written without its value (`title: ,`) meets the next `,` or bracket.
        E::UnexpectedChar(c) if [',', ')', ']', '}'].contains(c) => {
            crate::t!("load-value-missing", char = c.to_string())
        }
        E::UnexpectedChar(c) => crate::t!("load-unexpected-char", char = c.to_string()),
        E::TrailingCharacters => crate::t!("load-trailing"),
        E::ExpectedIdentifier => crate::t!("load-expected-name"),
        // The parser's own words (English) for the rarer mistakes.
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    fn with_weeks(weeks: &str) -> String {
        let text = super::super::SHIPPED
            .iter()
            .find(|(name, _)| *name == "baseline.ron")
            .unwrap()
            .1;
        let at = text.find("weeks:").expect("baseline has weeks");
        let end = at + text[at..].find(',').unwrap();
        format!("{}weeks: {weeks}{}", &text[..at], &text[end..])
    }

    #[test]
    fn errors_are_in_the_reader_s_language_with_their_place() {
        let text = with_weeks("0");
        let de = with_lang(Lang::De, || {
            load_bytes("b.ron", text.as_bytes())
                .unwrap_err()
                .to_string()
        });
        assert!(
            de.contains("b.ron: weeks: 0 liegt außerhalb des erlaubten Bereichs 1..=104"),
            "{de}"
        );
        let en = with_lang(Lang::En, || {
            load_bytes("b.ron", text.as_bytes())
                .unwrap_err()
                .to_string()
        });
        assert!(
            en.contains("b.ron: weeks: 0 is outside the allowed range 1..=104"),
            "{en}"
        );

        let text = with_weeks("13.5");
        let de = with_lang(Lang::De, || {
            load_bytes("b.ron", text.as_bytes())
                .unwrap_err()
                .to_string()
        });
        assert!(de.starts_with("b.ron:"), "{de}");
        assert!(
            de.contains("weeks: hier wird eine ganze Zahl erwartet (1..=104)"),
            "{de}"
        );
        let empty = with_lang(Lang::De, || {
            load_bytes("e.ron", b" \n").unwrap_err().to_string()
        });
        assert!(empty.starts_with("e.ron: Die Datei ist leer"), "{empty}");
    }

    /// The syntax slips a trainer makes (a misspelt choice, a quoted number, a file
    /// cut short, something after the end) are said in the reader's language, with
    /// their place; no English of the parser's is left in the German.
    #[test]
    fn syntax_slips_are_said_in_the_readers_language() {
        let base = with_weeks("13");
        let at = base.find("weeks: 13").unwrap();
        let cases = [
            (
                base.replacen("difficulty:", "difficulty: Hardd, x:", 1),
                "unknown choice `Hardd`",
                "unbekannte Auswahl `Hardd`",
            ),
            (
                format!("{}weeks: \"13\"{}", &base[..at], &base[at + 9..]),
                "write 13, not \"13\"",
                "schreiben Sie 13, nicht \"13\"",
            ),
            (
                base.trim_end().trim_end_matches(')').to_string(),
                "Unexpected end of RON: the file ends before",
                "die Datei endet zu früh",
            ),
            (
                base.replacen("difficulty: Medium", "difficulty: ", 1),
                "difficulty: a value is missing here, before `,`",
                "difficulty: hier fehlt ein Wert, vor `,`",
            ),
            (
                format!("{base})"),
                "there is more after the file's last closing bracket",
                "nach der letzten schließenden Klammer",
            ),
        ];
        for (text, en, de) in cases {
            let say = |lang| {
                with_lang(lang, || {
                    load_bytes("s.ron", text.as_bytes())
                        .unwrap_err()
                        .to_string()
                })
            };
            let (e, d) = (say(Lang::En), say(Lang::De));
            assert!(e.starts_with("s.ron:") && e.contains(en), "{e}");
            assert!(d.starts_with("s.ron:") && d.contains(de), "{d}");
            for english in ["Expected", "Unexpected", "found", "RON"] {
                assert!(!d.contains(english), "{english} in {d}");
            }
        }
    }
}
