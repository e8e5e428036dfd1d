//! `pitcrew new-scenario NAME`: writes a commented starting file that validates as is.

use super::exit::Outcome;
use std::path::Path;

use crate::format::{slug, write_atomic};
use crate::scenario::shown;

/// Longest title validation accepts.
const MAX_TITLE: usize = 120;

/// The template, with `{id}` and `{title}` to fill in (data, not code).
const TEMPLATE: &str = include_str!("../../assets/data/new-scenario.ron");

pub fn run(name: &str, dir: &Path, force: bool) -> Outcome {
    let shown_name = crate::scenario::clean(name);
    let id = slug(name);
    if id.is_empty() {
        return Err(crate::t!("cli-out-name-no-letters", name = format!("{shown_name:?}")).into());
    }
    // The title keeps what the person typed, less what RON text cannot hold as is.
    let title: String = name
        .trim()
        .chars()
        .filter(|c| *c != '"' && *c != '\\' && !c.is_control())
        .collect();
    if title.chars().count() > MAX_TITLE {
        return Err(crate::t!(
            "cli-out-name-too-long",
            name = format!("{shown_name:?}"),
            chars = title.chars().count(),
            max = MAX_TITLE
        )
        .into());
    }
    // A missing folder is created, as any writer of a new file would.
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: {}", shown(dir), crate::i18n::os_error(&e)))?;
    let path = dir.join(format!("{id}.ron"));
    if path.exists() && !force {
        return Err(crate::t!("cli-out-exists", path = shown(&path)).into());
    }
    let text = TEMPLATE.replace("{id}", &id).replace("{title}", &title);
    write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", shown(&path)))?;
    println!("{}", crate::t!("cli-out-wrote", path = shown(&path)));
    println!(
        "{}",
        crate::t!("cli-out-new-scenario-next", path = shown(&path))
    );
    Ok(())
}
