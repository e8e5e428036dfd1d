//! The scenario's parameters, each declared once in `assets/data/parameters.ron`: its
//! unit, its range and a line on what it does. Validation checks the ranges from
//! there, `pitcrew parameters` prints the reference tables of `scenarios/README.md`
//! from there with the defaults of the schema itself, and tests fail when a schema
//! field has no entry or the README's tables drift from it.

use std::sync::LazyLock;

use serde::Deserialize;
use serde_json::Value;

use crate::sim::scenario::{
    Company, Costs, Effects, Hiring, ManagerSpec, Market, Org, Text, Weights,
};

/// One parameter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// Dotted path in a scenario file, e.g. `manager.hours_per_week`.
    pub path: String,
    /// The unit in the reader's words (`hours`, `share`), empty for none.
    pub unit: Text,
    /// Allowed values, checked by validation.
    #[serde(default)]
    pub range: Option<(f64, f64)>,
    /// What the range leaves out (another limit that also applies).
    #[serde(default)]
    pub range_note: Option<Text>,
    /// A range that depends on other fields (checked by validation's own rules).
    #[serde(default)]
    pub range_text: Option<Text>,
    /// A whole number.
    #[serde(default)]
    pub whole: bool,
    /// The default, where it is not a number (lists of names).
    #[serde(default)]
    pub default_text: Option<Text>,
    /// What the parameter does, in English and German.
    pub doc: Text,
}

impl Parameter {
    /// The section (`manager`) and the field (`hours_per_week`).
    pub fn split(&self) -> (&str, &str) {
        self.path.split_once('.').unwrap_or(("", &self.path))
    }
}

/// The sections whose parameters are declared here, in the README's order.
pub const SECTIONS: [&str; 8] = [
    "manager", "market", "company", "org", "hiring", "effects", "costs", "weights",
];

/// Every declared parameter, in file order.
pub fn parameters() -> &'static [Parameter] {
    static ALL: LazyLock<Vec<Parameter>> = LazyLock::new(|| {
        crate::scenario::ron_options()
            .from_str(include_str!("../../assets/data/parameters.ron"))
            .unwrap_or_else(|e| panic!("assets/data/parameters.ron: {e}"))
    });
    &ALL
}

/// The value at a dotted path of a value's serde form.
pub fn value_at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| v.get(key))
}

/// The sections' defaults, as the schema gives them.
pub fn defaults() -> Value {
    let to = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
    serde_json::json!({
        "manager": to(serde_json::to_value(ManagerSpec::default())),
        "market": to(serde_json::to_value(Market::default())),
        "company": to(serde_json::to_value(Company::default())),
        "org": to(serde_json::to_value(Org::default())),
        "hiring": to(serde_json::to_value(Hiring::default())),
        "effects": to(serde_json::to_value(Effects::default())),
        "costs": to(serde_json::to_value(Costs::default())),
        "weights": to(serde_json::to_value(Weights::default())),
    })
}

/// A number as the reference writes it: `45.0`, `0.25`, `30` for whole numbers.
fn shown(v: &Value, whole: bool) -> String {
    match v.as_f64() {
        Some(x) if whole => format!("{}", x as i64),
        Some(x) => format!("{x:?}"),
        None => v.to_string(),
    }
}

/// A range bound as the reference writes it: `1`, `0.5`, `-20`.
fn bound(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The Range column of a parameter.
pub fn range_shown(p: &Parameter) -> String {
    match (&p.range, &p.range_text) {
        (Some((lo, hi)), _) => {
            let r = format!("`{}..={}`", bound(*lo), bound(*hi));
            match &p.range_note {
                Some(n) => format!("{r}, {n}"),
                None => r,
            }
        }
        (None, Some(t)) if t.contains("..=") => format!("`{t}`"),
        (None, Some(t)) => t.to_string(),
        (None, None) => "—".into(),
    }
}

/// The Default column of a parameter.
pub fn default_shown(p: &Parameter, defaults: &Value) -> String {
    if let Some(t) = &p.default_text {
        return t.to_string();
    }
    match value_at(defaults, &p.path) {
        Some(v) => format!("`{}`", shown(v, p.whole)),
        None => "—".into(),
    }
}

/// The reference table of one section, in Markdown, as `scenarios/README.md` holds it.
pub fn reference(section: &str) -> String {
    let defaults = defaults();
    // Everything in the reader's language: the header from the messages, the rows from
    // `assets/data/parameters.ron` (scenarios/README.md holds the English).
    let mut s = format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        crate::t!("param-col-field"),
        crate::t!("param-col-meaning"),
        crate::t!("param-col-unit"),
        crate::t!("param-col-default"),
        crate::t!("param-col-range")
    );
    for p in parameters().iter().filter(|p| p.split().0 == section) {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            p.split().1,
            p.doc,
            if p.unit.is_empty() { "—" } else { &*p.unit },
            default_shown(p, &defaults),
            range_shown(p)
        ));
    }
    s
}

/// The markers around a generated table in `scenarios/README.md`.
pub fn markers(section: &str) -> (String, String) {
    (
        format!(
            "<!-- parameters: {section} (made by `pitcrew parameters`: edit assets/data/parameters.ron, not this table) -->"
        ),
        format!("<!-- end of parameters: {section} -->"),
    )
}

/// Every section's table with its markers, in the README's order.
pub fn reference_all() -> String {
    SECTIONS
        .iter()
        .map(|s| {
            let (a, b) = markers(s);
            format!("### {s}\n\n{a}\n{}{b}\n", reference(s))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number in the schema's sections has an entry, and every entry names a
    /// field that exists: adding a parameter without declaring it fails here.
    #[test]
    fn every_parameter_of_the_schema_is_declared_and_no_other() {
        let defaults = defaults();
        let declared: Vec<&str> = parameters().iter().map(|p| p.path.as_str()).collect();
        for section in SECTIONS {
            let Some(fields) = defaults[section].as_object() else {
                panic!("{section} has no fields");
            };
            for (name, v) in fields {
                let path = format!("{section}.{name}");
                let scored_no_more = path == "weights.time";
                if (v.is_number() || v.is_array() || scored_no_more)
                    && !declared.contains(&path.as_str())
                {
                    panic!("{path} is not declared in assets/data/parameters.ron");
                }
            }
        }
        for p in parameters() {
            let (section, field) = p.split();
            assert!(SECTIONS.contains(&section), "{}: unknown section", p.path);
            assert!(
                defaults[section].get(field).is_some() || p.default_text.is_some(),
                "{} is declared but the schema has no such field",
                p.path
            );
            assert!(
                p.range.is_some() || p.range_text.is_some(),
                "{}: give a range",
                p.path
            );
            if let Some((lo, hi)) = p.range {
                let d = value_at(&defaults, &p.path).and_then(Value::as_f64);
                if let Some(d) = d {
                    assert!(
                        lo <= d && d <= hi,
                        "{}: default {d} outside {lo}..={hi}",
                        p.path
                    );
                }
            }
        }
    }

    /// The README's tables are the ones made from the declarations.
    #[test]
    fn the_readme_reference_tables_match_the_declarations() {
        let readme = include_str!("../../scenarios/README.md");
        for section in SECTIONS {
            let (start, end) = markers(section);
            let from = readme
                .find(&start)
                .unwrap_or_else(|| panic!("scenarios/README.md lacks {start}"));
            let to = readme[from..]
                .find(&end)
                .unwrap_or_else(|| panic!("scenarios/README.md lacks {end}"))
                + from;
            let table = readme[from + start.len()..to].trim();
            assert_eq!(
                table,
                reference(section).trim(),
                "scenarios/README.md's {section} table differs from assets/data/parameters.ron: \
                 replace it with the output of `pitcrew parameters`"
            );
        }
    }

    /// Every word a reader sees is written in English and German, so
    /// `pitcrew --lang de parameters` prints German tables.
    #[test]
    fn every_readers_word_is_in_both_languages() {
        use crate::i18n::{Lang, with_lang};
        let both = |t: &Text| {
            t.languages()
                .is_some_and(|l| l.contains(&"en") && l.contains(&"de"))
        };
        for p in parameters() {
            let words = [
                Some(&p.doc),
                Some(&p.unit),
                p.range_note.as_ref(),
                p.default_text.as_ref(),
            ];
            for t in words.into_iter().flatten() {
                let code_or_none = t.all().iter().all(|w| w.is_empty() || *w == "—");
                assert!(
                    code_or_none || both(t),
                    "{}: {:?} lacks a language",
                    p.path,
                    t
                );
            }
            if let Some(t) = &p.range_text {
                assert!(
                    t.contains("..=") || *t == "—" || both(t),
                    "{}: range_text",
                    p.path
                );
            }
        }
        let de = with_lang(Lang::De, || reference("manager"));
        assert!(de.contains("| Die Arbeitswoche der Führungskraft."), "{de}");
        assert!(de.contains("| Stunden |"), "{de}");
        assert_ne!(de, reference("manager"));
    }
}
