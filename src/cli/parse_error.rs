//! clap's refusals of a command line in the reader's language. English is clap's own
//! rendering; another language gets the same facts (what was wrong, the valid values,
//! clap's suggestion, the usage) from the error's context in words from
//! `cli-help.ftl`, as the help is.

use std::error::Error as _;

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::i18n::{FluentValue, Lang, lang, lookup_in_args};

/// Prints the refusal and ends the program with clap's exit code.
pub fn exit(e: Error) -> ! {
    let shown = if lang() == Lang::En {
        None
    } else {
        words(&e, lang())
    };
    match shown {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code())
        }
        // Help and version are already in the reader's language; English, and kinds
        // without words here, are clap's own.
        None => e.exit(),
    }
}

/// One piece of the error's context as plain text.
fn context(e: &Error, kind: ContextKind) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(_) | ContextValue::None => return None,
        _ => return None,
    })
}

/// The refusal in `lang`, or none for the kinds clap shows as they are (help,
/// version) and those it has no words for here.
pub fn words(e: &Error, lang: Lang) -> Option<String> {
    let say = |id: &str, args: &[(&'static str, String)]| {
        let args: Vec<_> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.clone())))
            .collect();
        lookup_in_args(lang, id, &args)
    };
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(e, ContextKind::InvalidValue).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UnknownArgument => say("cli-error-unknown-argument", &[("arg", arg())])?,
        ErrorKind::InvalidSubcommand => say(
            "cli-error-unknown-command",
            &[(
                "command",
                context(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        )?,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut w = say(
                "cli-error-invalid-value",
                &[("value", value()), ("arg", arg())],
            )?;
            // Our own refusals (`--lang xx`) are already in the reader's words; a
            // number that does not parse is said here.
            if let Some(source) = e.source() {
                let why = if source.is::<std::num::ParseIntError>() {
                    say("cli-error-not-a-whole-number", &[])?
                } else if source.is::<std::num::ParseFloatError>() {
                    say("cli-error-not-a-number", &[])?
                } else {
                    source.to_string()
                };
                w = format!("{w}: {why}");
            }
            w
        }
        ErrorKind::MissingRequiredArgument => say("cli-error-missing", &[("args", arg())])?,
        ErrorKind::MissingSubcommand => say("cli-error-no-command", &[])?,
        ErrorKind::ArgumentConflict => say(
            "cli-error-conflict",
            &[
                ("arg", arg()),
                (
                    "other",
                    context(e, ContextKind::PriorArg).unwrap_or_default(),
                ),
            ],
        )?,
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            say("cli-error-values", &[("arg", arg())])?
        }
        _ => return None,
    };
    let mut out = say("cli-error", &[("what", what)])?;
    out.push('\n');
    if let Some(valid) = context(e, ContextKind::ValidValue) {
        out.push_str(&say("cli-error-valid", &[("values", valid)])?);
        out.push('\n');
    }
    let suggested = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .or_else(|| context(e, ContextKind::SuggestedValue));
    if let Some(s) = suggested {
        out.push_str(&say("cli-error-did-you-mean", &[("suggestion", s)])?);
        out.push('\n');
    }
    // clap's usage line without its English heading ("Usage: pitcrew play …").
    if let Some(usage) = context(e, ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.split_once(": ").map_or(usage, |(_, u)| u);
        let command: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['-', '<', '[']))
            .collect();
        out.push('\n');
        out.push_str(&say("cli-error-usage", &[("usage", usage.to_string())])?);
        out.push('\n');
        out.push_str(&say(
            "cli-error-more",
            &[("help", format!("{} --help", command.join(" ")))],
        )?);
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;
    use crate::i18n::with_lang;

    fn refusal(args: &[&str]) -> String {
        let e = Cli::command()
            .try_get_matches_from(std::iter::once("pitcrew").chain(args.iter().copied()))
            .unwrap_err();
        with_lang(Lang::De, || words(&e, Lang::De)).expect("German words for the refusal")
    }

    #[test]
    fn clap_refusals_read_in_german_with_usage_and_suggestions() {
        let r = refusal(&["compar"]);
        assert!(
            r.starts_with("Fehler: unbekannter Befehl „compar“\n"),
            "{r}"
        );
        assert!(r.contains("Meinten Sie „compare“?"), "{r}");
        assert!(r.contains("Mehr dazu: pitcrew --help"), "{r}");
        let r = refusal(&["play"]);
        assert!(r.starts_with("Fehler: es fehlt: --decisions"), "{r}");
        assert!(r.contains("Aufruf: pitcrew play --decisions"), "{r}");
        assert!(r.contains("Mehr dazu: pitcrew play --help"), "{r}");
        let r = refusal(&["simulate", "x.ron", "--seeds", "abc"]);
        assert!(
            r.contains("ungültiger Wert „abc“ für „--seeds <SEEDS>“: eine ganze Zahl"),
            "{r}"
        );
        let r = refusal(&["compare", "x.ron", "--format", "xml"]);
        assert!(r.contains("mögliche Werte: table, csv, json"), "{r}");
        for english in ["error:", "Usage", "tip:", "For more information"] {
            assert!(!r.contains(english), "{english} in {r}");
        }
    }

    #[test]
    fn help_and_version_stay_claps() {
        let e = Cli::command()
            .try_get_matches_from(["pitcrew", "--help"])
            .unwrap_err();
        assert!(words(&e, Lang::De).is_none());
    }
}
