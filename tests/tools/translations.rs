//! Both languages say everything: every Fluent message exists in English and German,
//! every file parses, and every id the code asks for is there.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pitcrew::i18n::{FluentResource, Lang, has};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The message ids of one language, each file parsed as Fluent does (a parse error
/// would otherwise drop the message silently).
fn ids(lang: Lang) -> BTreeSet<String> {
    let mut ftl = Vec::new();
    files(
        &root().join("assets/locales").join(lang.code()),
        "ftl",
        &mut ftl,
    );
    assert!(!ftl.is_empty(), "no .ftl files for {lang}");
    let mut ids = BTreeSet::new();
    for path in ftl {
        // The CLI's English help is clap's doc comments: `cli::help`'s tests hold the
        // German to it, option by option.
        if path.file_name().is_some_and(|n| n == "cli-help.ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
            panic!("{} does not parse: {errors:?}", path.display());
        }
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            let is_id = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                assert!(ids.insert(id.to_string()), "{id} twice in {lang}");
            }
        }
    }
    ids
}

#[test]
fn every_message_exists_in_both_languages() {
    let en = ids(Lang::En);
    let de = ids(Lang::De);
    let only_en: Vec<_> = en.difference(&de).collect();
    let only_de: Vec<_> = de.difference(&en).collect();
    assert!(only_en.is_empty(), "missing in German: {only_en:?}");
    assert!(only_de.is_empty(), "missing in English: {only_de:?}");
    for id in &en {
        for lang in Lang::ALL {
            // A message with variables fails to format without them; a missing one is `None`.
            assert!(has(lang, id), "{id} does not resolve in {lang}");
        }
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let en = ids(Lang::En);
    let mut sources = Vec::new();
    files(&root().join("src"), "rs", &mut sources);
    let mut missing = Vec::new();
    let mut asked = 0;
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        for marker in ["t!(\"", "tr(\"", "tr_args(\""] {
            let mut pieces = text.split(marker);
            let mut before = pieces.next().unwrap_or("");
            for piece in pieces {
                // `t!("…")`, not `format!("…")` or `attr("…")`.
                let whole = !before
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '!');
                before = piece;
                if !whole {
                    continue;
                }
                let id: String = piece.chars().take_while(|c| *c != '"').collect();
                asked += 1;
                if !en.contains(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(asked > 0);
    assert!(
        missing.is_empty(),
        "asked for but not in English:\n{}",
        missing.join("\n")
    );
}
