//! The operating system's errors in the reader's words. Rust's `io::Error` says them
//! in English (`No such file or directory (os error 2)`); the kinds a player meets
//! with files, folders and addresses are said in the reader's language, with the OS's
//! number kept for whoever helps them. Other errors keep the system's own words.

use std::io::{Error, ErrorKind};

use crate::t;

/// The error in the reader's language when its kind is a common one.
pub fn os_error(e: &Error) -> String {
    let id = match e.kind() {
        ErrorKind::NotFound => "os-not-found",
        ErrorKind::PermissionDenied => "os-permission-denied",
        ErrorKind::AlreadyExists => "os-already-exists",
        ErrorKind::IsADirectory => "os-is-a-directory",
        ErrorKind::NotADirectory => "os-not-a-directory",
        ErrorKind::ReadOnlyFilesystem => "os-read-only",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "os-disk-full",
        ErrorKind::AddrInUse => "os-address-in-use",
        ErrorKind::AddrNotAvailable => "os-address-not-available",
        ErrorKind::ConnectionRefused => "os-connection-refused",
        ErrorKind::TimedOut => "os-timed-out",
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(code) => t!("os-with-code", what = t!(id), code = code.to_string()),
        None => t!(id),
    }
}

/// The same error (same kind, so callers can still match on it) saying itself in the
/// reader's language.
pub fn localized(e: Error) -> Error {
    let words = os_error(&e);
    if words == e.to_string() {
        e
    } else {
        Error::new(e.kind(), words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn a_missing_file_is_said_in_both_languages_with_the_system_number() {
        let e = std::fs::read("/nonexistent/pitcrew/file.ron").unwrap_err();
        let en = with_lang(Lang::En, || {
            localized(Error::from_raw_os_error(2)).to_string()
        });
        let de = with_lang(Lang::De, || os_error(&e));
        assert_eq!(en, "no such file or folder (os error 2)");
        assert_eq!(de, "Datei oder Ordner nicht gefunden (Systemfehler 2)");
        assert_eq!(localized(e).kind(), ErrorKind::NotFound);
    }

    #[test]
    fn an_uncommon_error_keeps_the_systems_words() {
        let e = Error::other("something odd");
        assert_eq!(with_lang(Lang::De, || os_error(&e)), "something odd");
    }
}
