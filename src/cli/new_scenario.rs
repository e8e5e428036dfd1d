//! `pitcrew new-scenario NAME`: writes a commented starting file that validates as is.

use std::path::Path;

use crate::report::{slug, write_atomic};

/// The template, with `{id}` and `{title}` to fill in (data, not code).
const TEMPLATE: &str = include_str!("../../assets/data/new-scenario.ron");

pub fn run(name: &str, dir: &Path, force: bool) -> Result<(), String> {
    let id = slug(name);
    if id.is_empty() {
        return Err(format!(
            "{name:?} has no letters or digits to make a file name from"
        ));
    }
    let title: String = name
        .trim()
        .chars()
        .filter(|c| *c != '"' && *c != '\\')
        .collect();
    let path = dir.join(format!("{id}.ron"));
    if path.exists() && !force {
        return Err(format!(
            "{} already exists (use --force to overwrite it)",
            path.display()
        ));
    }
    let text = TEMPLATE.replace("{id}", &id).replace("{title}", &title);
    write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    println!(
        "next: edit it, then `pitcrew validate {0}` and `pitcrew lint {0}`",
        path.display()
    );
    Ok(())
}
