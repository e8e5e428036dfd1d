//! The one way a file a user hands us is read: regular files only, through a reader
//! that stops at the size limit whatever length the file reports, then decoded as
//! UTF-8 text and checked so that the RON parser's work on it stays linear.
//!
//! Scenarios, decision scripts, run files, workshop decks and the game's settings all
//! come through here (`read_limited`, `text_of`, then `parse_ron`).

use std::io::Read;
use std::path::Path;

use super::ScenarioError;

/// Most work the RON parser may do on escapes (`\n`, `\"`, ...), counted as
/// escapes × characters to the next double quote, summed over the file.
///
/// The `ron` parser looks for the closing quote again after every escape in a
/// string, so a string of n escapes costs about n² steps: 1 MiB of `\n` took 43 s.
/// Counting that cost first (one pass) keeps every file this program reads to at
/// most this many steps (well under a second). A 20 000-character briefing may hold
/// about 10 000 escapes; real files use a few hundred.
pub const MAX_ESCAPE_WORK: u64 = 200_000_000;

/// A path as shown in messages: control characters (a newline, a terminal escape
/// code) in a file name are written as escapes, so a name cannot forge output lines
/// or drive the terminal.
pub fn shown(path: &Path) -> String {
    clean(&path.display().to_string())
}

/// Text from a file name or a file, with control characters written as escapes.
pub fn clean(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What a file system entry is, when it is not a regular file: `folder`, `pipe`,
/// `device`, `socket` or `other` (the message `load-not-a-file` words it).
fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("pipe");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("device");
        }
        if t.is_socket() {
            return Some("socket");
        }
    }
    Some("other")
}

fn refuse_special(shown: &str, meta: &std::fs::Metadata) -> Result<(), ScenarioError> {
    match special_kind(meta) {
        None => Ok(()),
        Some(kind) => Err(ScenarioError::NotAFile {
            path: shown.to_string(),
            kind,
        }),
    }
}

/// Opens without waiting: a named pipe swapped in after the check would otherwise
/// block the open until some other program writes to it.
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    o.open(path)
}

/// Reads a file the user handed us, at most `max` bytes. Folders, named pipes,
/// devices and sockets (also behind a link) are refused by name before anything is
/// read; the file is read through a reader that stops one byte past `max`, so a file
/// that reports a wrong length (`/proc`, a file growing while read) cannot exhaust
/// memory. Every loader (scenarios, scripts, run files, decks, settings) goes through
/// here.
pub fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, ScenarioError> {
    let name = shown(path);
    let io = |e: std::io::Error| ScenarioError::Io {
        path: name.clone(),
        message: crate::i18n::os_error(&e),
    };
    // Looked at before opening: opening a named pipe would wait for a writer.
    let meta = std::fs::metadata(path).map_err(io)?;
    refuse_special(&name, &meta)?;
    if meta.len() > max {
        return Err(ScenarioError::TooBig {
            path: name,
            size: meta.len().to_string(),
            max,
        });
    }
    let file = open(path).map_err(io)?;
    // And again on what was opened, in case the path was swapped in between.
    refuse_special(&name, &file.metadata().map_err(io)?)?;
    let mut bytes = Vec::with_capacity(meta.len().min(max) as usize);
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(ScenarioError::TooBig {
            path: name,
            size: crate::t!("load-more-than", max = max.to_string()),
            max,
        });
    }
    Ok(bytes)
}

/// The bytes of a file as text: UTF-8 (a leading byte-order mark is dropped), or an
/// error that says how to save the file, naming UTF-16 when the file is UTF-16.
pub fn text_of<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, ScenarioError> {
    // ASCII saved as UTF-16 without a byte-order mark is valid UTF-8 full of zero bytes.
    let utf16 = looks_utf16(bytes);
    match std::str::from_utf8(bytes) {
        Ok(t) if !utf16 => Ok(t.strip_prefix('\u{feff}').unwrap_or(t)),
        result => Err(ScenarioError::NotText {
            path: name.into(),
            offset: match result {
                Err(e) => e.valid_up_to(),
                Ok(_) => bytes.iter().position(|&b| b == 0).unwrap_or(0),
            },
            utf16,
        }),
    }
}

/// Whether bytes decode as UTF-16 text: a byte-order mark, or ASCII with every other
/// byte zero, and no broken surrogate pairs.
fn looks_utf16(bytes: &[u8]) -> bool {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return false;
    }
    let little = match (bytes[0], bytes[1], bytes[2], bytes[3]) {
        (0xff, 0xfe, _, _) => true,
        (0xfe, 0xff, _, _) => false,
        (a, 0, b, 0) if a != 0 && b != 0 => true,
        (0, a, 0, b) if a != 0 && b != 0 => false,
        _ => return false,
    };
    let units = bytes.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units).all(|c| c.is_ok_and(|c| c != '\0'))
}

/// Refuses text whose escapes would make the RON parser slow (see
/// [`MAX_ESCAPE_WORK`]). One pass; the work counted is exactly the parser's:
/// for each backslash, the characters up to the next double quote.
pub fn check_escapes(name: &str, text: &str) -> Result<(), ScenarioError> {
    let mut work: u64 = 0;
    // Backslashes since the last quote: how many, the sum of their offsets, the first.
    let (mut count, mut sum, mut first) = (0u64, 0u64, 0usize);
    let mut flush = |end: usize, count: &mut u64, sum: &mut u64, first: usize| {
        let segment = (*count).saturating_mul(end as u64).saturating_sub(*sum);
        work = work.saturating_add(segment);
        let over = (work > MAX_ESCAPE_WORK).then_some((first, *count, end - first));
        (*count, *sum) = (0, 0);
        over
    };
    let bytes = text.as_bytes();
    let mut over = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\\' {
            if count == 0 {
                first = i;
            }
            count += 1;
            sum += i as u64;
        } else if b == b'"' && count > 0 {
            over = flush(i, &mut count, &mut sum, first);
            if over.is_some() {
                break;
            }
        }
    }
    if over.is_none() && count > 0 {
        over = flush(bytes.len(), &mut count, &mut sum, first);
    }
    let Some((at, escapes, span)) = over else {
        return Ok(());
    };
    let (line, col) = line_col(text, at);
    Err(ScenarioError::Syntax {
        path: name.into(),
        line,
        col,
        message: crate::t!(
            "load-too-many-escapes",
            escapes = escapes.to_string(),
            span = span.to_string(),
            max = MAX_ESCAPE_WORK.to_string()
        ),
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_work_counts_what_the_parser_scans() {
        // "a\nb" : one backslash, 3 bytes from the closing quote.
        assert!(check_escapes("t", r#"("a\nb")"#).is_ok());
        // An escaped quote ends the parser's scan at once.
        let quotes = format!("\"{}\"", "\\\"".repeat(500_000));
        assert!(check_escapes("t", &quotes).is_ok());
        // 200 000 `\n` in one string: ~4e10 steps, refused at the string's start.
        let text = format!("(briefing: \"{}\")", "\\n".repeat(200_000));
        let e = check_escapes("f.ron", &text).unwrap_err().to_string();
        assert!(e.starts_with("f.ron:1:13: too many escapes"), "{e}");
        assert!(e.contains("200000000"), "{e}");
        // A 20 000-character briefing with 10 000 escapes passes.
        let ok = format!("(briefing: \"{}\")", "\\nab".repeat(5_000));
        assert!(check_escapes("t", &ok).is_ok());
    }

    #[test]
    fn utf16_is_named() {
        let utf16: Vec<u8> = "\u{feff}(id: \"x\")"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let e = text_of("s.ron", &utf16).unwrap_err().to_string();
        assert!(e.contains("UTF-16") && e.contains("UTF-8"), "{e}");
        let no_bom: Vec<u8> = "(id: \"x\")"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert!(
            text_of("s.ron", &no_bom)
                .unwrap_err()
                .to_string()
                .contains("UTF-16")
        );
        let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let e = text_of("b.ron", &binary).unwrap_err().to_string();
        assert!(!e.contains("UTF-16"), "{e}");
    }

    #[test]
    fn control_characters_in_names_are_escaped() {
        assert_eq!(clean("a\nb\u{1b}[31m.ron"), "a\\nb\\u{1b}[31m.ron");
        assert_eq!(clean("Tomás.ron"), "Tomás.ron");
    }
}
