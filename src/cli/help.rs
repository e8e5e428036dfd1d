//! The command line in the reader's language.
//!
//! The English help is the doc comments clap derives from; another language replaces
//! each command's and option's help with its own message, `cli-<command>-<option>`
//! (`cli-pitcrew-about`, `cli-simulate-seeds`), and clap's own headings and flags with
//! `cli-heading-*`. A test walks the whole command tree so nothing stays English.

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Lang, lang, lookup_in, set_lang};

/// Chooses the language (`--lang`, else the OS locale), then parses the command line
/// with help in that language.
pub fn parse() -> Cli {
    let args: Vec<String> = std::env::args().collect();
    set_lang(lang_in_args(&args).unwrap_or_else(Lang::from_environment));
    let matches = localised(Cli::command())
        .try_get_matches_from(args)
        .unwrap_or_else(|e| super::parse_error::exit(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| super::parse_error::exit(e))
}

/// `--lang X` or `--lang=X` anywhere on the line: the help needs the language before
/// clap has parsed anything. An unknown language is left for clap to refuse.
pub fn lang_in_args(args: &[String]) -> Option<Lang> {
    args.iter().enumerate().find_map(|(i, a)| {
        let value = a
            .strip_prefix("--lang=")
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).map(String::as_str))?)?;
        Lang::parse(value)
    })
}

/// The message id of a command's about text or of one of its options' help.
pub fn help_id(command: &str, arg: Option<&str>) -> String {
    match arg {
        None => format!("cli-{command}-about"),
        Some(arg) => format!("cli-{command}-{arg}"),
    }
}

/// An option's help in `lang`: the command's own, else the one every command shares
/// for an option of that name (`cli-any-seeds`), as the seed range and the learning
/// records options are shared.
fn option_help(lang: Lang, command: &str, arg: &str) -> Option<String> {
    lookup_in(lang, &help_id(command, Some(arg)))
        .or_else(|| lookup_in(lang, &help_id("any", Some(arg))))
}

/// `cmd` with help in the current language. English is the doc comments as they are.
pub fn localised(cmd: Command) -> Command {
    let lang = lang();
    if lang == Lang::En {
        return cmd;
    }
    translate(cmd, lang, true)
}

/// `cmd` and its subcommands in `lang`: their about texts and options' help, then
/// clap's own words (headings, notes, the help and version flags).
fn translate(mut cmd: Command, lang: Lang, root: bool) -> Command {
    let name = cmd.get_name().to_string();
    if let Some(about) = lookup_in(lang, &help_id(&name, None)) {
        cmd = cmd.about(about).long_about(None);
    }
    // Only options with English help get German: a shared name (`file`) may mean
    // something else where the English says nothing.
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_help().is_some())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(help) = option_help(lang, &name, &id) {
            cmd = cmd.mut_arg(&id, |a| a.help(help).long_help(None));
        }
    }
    cmd = clap_words(cmd.mut_args(|a| with_notes(a, lang)), lang, root);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| translate(s, lang, false));
    }
    cmd
}

/// An option under its heading in `lang`, with clap's "[default: …]" and
/// "[possible values: …]", which clap writes in English, written into its help.
fn with_notes(a: Arg, lang: Lang) -> Arg {
    let say = |id: &str| lookup_in(lang, id).unwrap_or_default();
    let heading = if a.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    let a = a.help_heading(say(heading));
    if !a.get_action().takes_values() {
        return a;
    }
    let mut notes = String::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        let note = format!(" [{}: {}]", say("cli-note-default"), defaults.join(", "));
        notes.push_str(&note);
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        notes.push_str(&format!(
            " [{}: {}]",
            say("cli-note-values"),
            values.join(", ")
        ));
    }
    if notes.is_empty() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let help = format!("{help}{notes}").trim_start().to_string();
    a.hide_default_value(true)
        .hide_possible_values(true)
        .help(help)
}

/// clap's own words in `lang`: the usage line, the commands' heading, and the help
/// (and, at the root, version) flags clap would otherwise describe in English.
fn clap_words(cmd: Command, lang: Lang, root: bool) -> Command {
    let say = |id: &str| lookup_in(lang, id).unwrap_or_default();
    let flag = |id: &'static str, short: char, action: ArgAction, help: &str| {
        Arg::new(id)
            .short(short)
            .long(id)
            .action(action)
            .help(say(help))
            .help_heading(say("cli-heading-options"))
    };
    let cmd = cmd
        .subcommand_help_heading(say("cli-heading-commands"))
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            say("cli-heading-usage")
        ))
        .disable_help_flag(true)
        .arg(flag("help", 'h', ArgAction::Help, "cli-flag-help"))
        .disable_help_subcommand(true);
    if !root {
        return cmd;
    }
    cmd.disable_version_flag(true)
        .arg(flag("version", 'V', ArgAction::Version, "cli-flag-version"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_language_is_found_before_clap_parses() {
        assert_eq!(
            lang_in_args(&strings(&["pitcrew", "--lang", "de"])),
            Some(Lang::De)
        );
        assert_eq!(
            lang_in_args(&strings(&["pitcrew", "compare", "x.ron", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_in_args(&strings(&["pitcrew", "--lang"])), None);
        assert_eq!(lang_in_args(&strings(&["pitcrew", "--lang", "fr"])), None);
    }

    /// Every command and option of the tree has its German help: walking the same
    /// tree the English help comes from, so a new option without words fails here.
    #[test]
    fn every_command_and_option_has_german_help() {
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            let name = cmd.get_name();
            if lookup_in(Lang::De, &help_id(name, None)).is_none() {
                missing.push(format!("{}  {:?}", help_id(name, None), cmd.get_about()));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                let has_help = a.get_help().is_some() && id != "help" && id != "version";
                if has_help && option_help(Lang::De, name, id).is_none() {
                    missing.push(format!("{}  {:?}", help_id(name, Some(id)), a.get_help()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut missing);
        assert!(
            missing.is_empty(),
            "no German help:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn german_help_is_german_throughout() {
        crate::i18n::with_lang(Lang::De, || {
            let help = localised(Cli::command()).render_help().to_string();
            assert!(help.contains("Optionen"), "{help}");
            assert!(!help.contains("Options:"), "{help}");
            assert!(!help.contains("Print help"), "{help}");
        });
    }
}
