//! No reader meets English that German cannot replace: every string literal in `src`
//! that reads like English words is either a message id's business (`t!`), a thing
//! no reader sees (a panic's words, a test, an attribute, a pattern matched in input),
//! or listed in `english_allowed.ron` with the reason it stays. A new English
//! sentence in the code fails here, and so does an allowance nothing needs any more.
//!
//! The files are read with `proc-macro2`'s lexer, so comments, char literals and raw
//! strings are told apart as the compiler tells them apart.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use serde::Deserialize;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One literal (or a whole file) allowed to stay English, and why.
#[derive(Debug, Deserialize)]
struct Allowed {
    file: String,
    /// The literal's text as written between the quotes; none for the whole file.
    #[serde(default)]
    text: Option<String>,
    why: String,
}

fn allowed() -> Vec<Allowed> {
    let path = root().join("tests/tools/english_allowed.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Macros whose strings no reader of the product sees (a crash, a test, a build-time
/// include) or that hold a message id rather than words.
const QUIET_MACROS: &[&str] = &[
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "todo",
    "unimplemented",
    "include_str",
    "include_bytes",
    "env",
    "concat",
    "matches",
    "t",
    // The log (`RUST_LOG`), for whoever debugs the program.
    "trace",
    "debug",
    "info",
    "warn",
    "error",
];

/// Methods whose string argument is a crash message or a pattern looked for in
/// input, never shown.
const QUIET_METHODS: &[&str] = &[
    "expect",
    "expect_err",
    "contains",
    "starts_with",
    "ends_with",
    "strip_prefix",
    "strip_suffix",
    "find",
    "split",
];

/// Reads like English a reader would see: two or more words of letters.
fn reads_like_english(s: &str) -> bool {
    // Placeholders (`{name}`, `{:>6.1}`) and code spans are not words.
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words = plain
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
        .count();
    words >= 2 && plain.contains(' ')
}

/// A string literal's text between its quotes (escapes left as written).
fn string_text(lit: &proc_macro2::Literal) -> Option<String> {
    let s = lit.to_string();
    let body = if let Some(rest) = s.strip_prefix('r') {
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        rest.get(hashes + 1..rest.len() - hashes - 1)?
    } else if s.starts_with('"') {
        &s[1..s.len() - 1]
    } else {
        return None;
    };
    Some(body.to_string())
}

#[derive(Debug)]
struct Found {
    file: String,
    /// The literal as written, quotes and all, to find its line for the message.
    written: String,
    text: String,
}

/// Walks a token stream, skipping what no reader sees.
fn walk(stream: TokenStream, file: &str, out: &mut Vec<Found>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            // An attribute: `#[cfg(test)]` hides the item after it; `#[error(…)]`
            // holds a message (read it); every other attribute (docs, clap's help
            // source, serde) is not shown as it is.
            TokenTree::Punct(p) if p.as_char() == '#' => {
                let mut j = i + 1;
                if matches!(tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    j += 1;
                }
                if let Some(TokenTree::Group(g)) = tokens.get(j)
                    && g.delimiter() == Delimiter::Bracket
                {
                    let inner = g.stream().to_string();
                    if inner.starts_with("error") {
                        walk(g.stream(), file, out);
                    }
                    i = j + 1;
                    if inner.replace(' ', "") == "cfg(test)" {
                        i = past_item(&tokens, i);
                    }
                    continue;
                }
            }
            TokenTree::Ident(id) => {
                let name = id.to_string();
                let next = tokens.get(i + 1);
                let bang = matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == '!');
                if bang && QUIET_MACROS.contains(&name.as_str()) {
                    i += 3;
                    continue;
                }
                let dotted =
                    i > 0 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '.');
                if dotted
                    && QUIET_METHODS.contains(&name.as_str())
                    && matches!(next, Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                {
                    i += 2;
                    continue;
                }
            }
            TokenTree::Group(g) => walk(g.stream(), file, out),
            TokenTree::Literal(lit) => {
                if let Some(text) = string_text(lit)
                    && reads_like_english(&text)
                {
                    out.push(Found {
                        file: file.to_string(),
                        written: lit.to_string(),
                        text,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// The index just past the item starting at `i`: its first brace block or `;`.
fn past_item(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => return i + 1,
            TokenTree::Punct(p) if p.as_char() == ';' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn english_in_src() -> Vec<Found> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files.sort();
    let streams: Vec<(PathBuf, TokenStream)> = files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let stream =
                TokenStream::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, stream)
        })
        .collect();
    // Modules in their own files declared under `#[cfg(test)]` (`mod keyboard;`).
    let mut test_only = BTreeSet::new();
    for (path, stream) in &streams {
        let dir = if path.ends_with("mod.rs") || path.ends_with("lib.rs") {
            path.parent().unwrap().to_path_buf()
        } else {
            path.with_extension("")
        };
        for name in test_modules(stream) {
            test_only.insert(dir.join(format!("{name}.rs")));
            test_only.insert(dir.join(&name).join("mod.rs"));
        }
    }
    let mut found = Vec::new();
    for (path, stream) in streams {
        if test_only.contains(&path) {
            continue;
        }
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        walk(stream, &name, &mut found);
    }
    found
}

/// The names of `#[cfg(test)] mod name;` declarations at a file's top level.
fn test_modules(stream: &TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
    let mut names = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let TokenTree::Group(g) = t else { continue };
        let after_hash =
            i > 0 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '#');
        if !after_hash || g.stream().to_string().replace(' ', "") != "cfg(test)" {
            continue;
        }
        let mut j = i + 1;
        if matches!(tokens.get(j), Some(TokenTree::Ident(v)) if v == "pub") {
            j += 1;
        }
        if let (Some(TokenTree::Ident(m)), Some(TokenTree::Ident(name)), Some(TokenTree::Punct(p))) =
            (tokens.get(j), tokens.get(j + 1), tokens.get(j + 2))
            && m == "mod"
            && p.as_char() == ';'
        {
            names.push(name.to_string());
        }
    }
    names
}

#[test]
fn no_english_literal_outside_the_translations() {
    let allowed = allowed();
    for a in &allowed {
        assert!(!a.why.trim().is_empty(), "{a:?}: say why it stays English");
        assert!(root().join(&a.file).exists(), "{a:?}: no such file");
    }
    let mut used = BTreeSet::new();
    let mut unexplained = Vec::new();
    for f in english_in_src() {
        let by = allowed
            .iter()
            .position(|a| a.file == f.file && a.text.as_ref().is_none_or(|t| *t == f.text));
        match by {
            Some(k) => {
                used.insert(k);
            }
            None => {
                // The first line holding the literal (proc-macro2 gives lines only with
                // a feature that costs the game a second build).
                let source = std::fs::read_to_string(root().join(&f.file)).unwrap();
                let line = source
                    .find(&f.written)
                    .map_or(0, |at| source[..at].matches('\n').count() + 1);
                unexplained.push(format!("{}:{line}: \"{}\"", f.file, f.text));
            }
        }
    }
    assert!(
        unexplained.is_empty(),
        "English a reader may see, outside the translations: put the words in \
         assets/locales/{{en,de}}/*.ftl and call t!, or add an entry saying why to \
         tests/tools/english_allowed.ron:\n{}",
        unexplained.join("\n")
    );
    let stale: Vec<&Allowed> = allowed
        .iter()
        .enumerate()
        .filter(|(k, _)| !used.contains(k))
        .map(|(_, a)| a)
        .collect();
    assert!(
        stale.is_empty(),
        "allowances nothing needs any more: {stale:#?}"
    );
}

/// The scan itself: it sees what it should and nothing it should not.
#[test]
fn the_scan_sees_shown_words_and_skips_the_quiet_ones() {
    let src = r##"
        /// A doc comment with many words.
        fn f() {
            println!("Shown to the reader");
            let _ = x.expect("never shown to anyone");
            panic!("a crash message");
            let c = '"'; let r = r#"raw words here"#;
            t!("message-id-here");
        }
        #[error("{}", t!("file-id"))] struct E;
        #[error("An English error")] struct F;
        #[cfg(test)]
        mod tests { fn g() { h("test words"); } }
    "##;
    let mut out = Vec::new();
    walk(TokenStream::from_str(src).unwrap(), "x.rs", &mut out);
    let texts: Vec<&str> = out.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Shown to the reader", "raw words here", "An English error"]
    );
    assert!(!reads_like_english("{name}: {reason}"));
    let declared = "#[cfg(test)] mod keyboard; mod shown; #[cfg(test)] mod inline { }";
    assert_eq!(
        test_modules(&TokenStream::from_str(declared).unwrap()),
        ["keyboard"]
    );
    assert!(reads_like_english("two words"));
    assert!(!reads_like_english("word"));
}
