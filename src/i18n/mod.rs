//! Two languages: English and German, with Project Fluent.
//!
//! Every sentence a player reads comes from `assets/locales/<lang>/*.ftl`, embedded
//! at build time by one loader that the CLI, the game and the exports share. The
//! language is chosen once per process (`--lang`, the game's setting, else the OS
//! locale) and read wherever words are made, so the model never sees it.

mod language;
mod numbers;
mod os_error;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
pub use fluent_templates::fluent_bundle::{FluentResource, FluentValue};

pub use language::{Lang, lang, set_lang, with_lang};
pub use numbers::{decimal, integer, whole};
pub use os_error::{localized, os_error};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en",
        // Isolation marks around arguments would show as boxes in egui and the terminal.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The message `id` in the current language.
pub fn tr(id: &str) -> String {
    LOCALES.lookup(&lang().id(), id)
}

/// The message `id` in the current language with its arguments.
pub fn tr_args(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    LOCALES.lookup_with_args(&lang().id(), id, &fluent_args(args))
}

/// Message arguments as the loader takes them.
fn fluent_args<'a>(
    args: &[(&'static str, FluentValue<'a>)],
) -> HashMap<Cow<'static, str>, FluentValue<'a>> {
    args.iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect()
}

/// The message `id` in `lang` alone (no fallback), or `None` when that language
/// lacks it: for tests and for optional wordings such as a CLI option's help.
pub fn lookup_in(lang: Lang, id: &str) -> Option<String> {
    LOCALES
        .lookup_single_language::<&str>(&lang.id(), id, None)
        .ok()
}

/// [`lookup_in`] with arguments.
pub fn lookup_in_args(
    lang: Lang,
    id: &str,
    args: &[(&'static str, FluentValue<'_>)],
) -> Option<String> {
    LOCALES
        .lookup_single_language(&lang.id(), id, Some(&fluent_args(args)))
        .ok()
}

/// Whether `lang` has the message `id` itself (not through the fallback language),
/// whatever arguments it needs.
pub fn has(lang: Lang, id: &str) -> bool {
    match LOCALES.lookup_single_language::<&str>(&lang.id(), id, None) {
        Ok(_) => true,
        // The crate does not export its error type: a message that is there but
        // wants its arguments fails while formatting, the only error of that kind.
        Err(e) => format!("{e:?}").starts_with("FluentError"),
    }
}

/// A message in the current language: `t!(id)`, or with arguments,
/// `t!("percent", n = decimal(x, 0))`. Integers pass as numbers (so
/// plurals work); decimals should be formatted first with [`decimal`].
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $id,
            &[$((stringify!($key), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}
