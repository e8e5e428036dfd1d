//! Name lists compiled in from `assets/data/names.ron` (data, not code).

use std::sync::OnceLock;

use serde::Deserialize;

use super::scenario::Text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Account names, each one text or one per language.
    pub accounts: Vec<Text>,
    pub hires: Vec<String>,
}

/// The built-in name lists, parsed once.
pub fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        ron::from_str(include_str!("../../assets/data/names.ron"))
            .expect("assets/data/names.ron is checked by the unit test below")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn built_in_names_parse() {
        assert!(super::names().accounts.len() >= 20);
        assert!(!super::names().hires.is_empty());
    }
}
