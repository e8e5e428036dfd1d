//! Which language this process speaks.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::LanguageIdentifier;
use serde::{Deserialize, Serialize};

/// A language Pit Crew is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 code: `en`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name, for a picker.
    /// The BCP 47 tag of the language as a region writes it (`en-US`, `de-DE`), for
    /// language maps such as xAPI's.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::De => "de-DE",
        }
    }

    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// A language from a code or a POSIX locale (`de`, `de-AT`, `de_DE.UTF-8`), if it
    /// is one Pit Crew speaks.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The OS locale's language (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is
    /// set, as POSIX orders them), else English.
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default()
    }

    pub(super) fn id(self) -> LanguageIdentifier {
        self.code().parse().expect("a valid language code")
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| crate::t!("lang-flag-unknown", value = s.to_string()))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The process's language, set once at start; systems on any thread read it.
static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A test's own language, so tests in parallel can each speak their own.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language words are made in now.
pub fn lang() -> Lang {
    OVERRIDE
        .get()
        .unwrap_or(match CURRENT.load(Ordering::Relaxed) {
            1 => Lang::De,
            _ => Lang::En,
        })
}

/// Sets the process's language (from `--lang`, a setting or the OS locale).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// Runs `f` with this thread speaking `lang`.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.replace(Some(lang));
    let out = f();
    OVERRIDE.set(before);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_and_codes_name_their_language() {
        assert_eq!(Lang::parse("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr_FR"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn a_thread_can_speak_its_own_language() {
        with_lang(Lang::De, || assert_eq!(lang(), Lang::De));
        with_lang(Lang::En, || assert_eq!(lang(), Lang::En));
    }
}
