//! Syntax errors a trainer can act on: where (the field path, worked out from the
//! text before the error), what was expected, and an example of the right form.
//! Numbers as people type them (`10%`, `140 000`, `140,000.0`, `140k`, `$140000`),
//! a decimal point where a whole number is wanted, curly quotes and quoted choices
//! are recognised and explained; no Rust type names reach the message.

use crate::sim::scenario::text_expected;
use crate::t;

/// Byte offset of a 1-based line and column (columns count characters).
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

#[derive(Debug)]
struct Frame {
    /// `(`, `[` or `{`.
    open: u8,
    /// The last `name:` seen directly in this record or map.
    field: Option<String>,
    /// Items seen so far in a list.
    index: usize,
}

/// The field path at a byte offset, e.g. `team[1].skills.closing`, worked out from
/// the text before it (strings, characters and comments skipped). `innermost`
/// says whether the field being written in the innermost record counts.
pub fn field_path(text: &str, at: usize, innermost: bool) -> String {
    let bytes = &text.as_bytes()[..at.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // The identifier just read, waiting to see whether a `:` makes it a field name.
    let mut ident: Option<String> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                ident = None;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if bytes[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push(Frame {
                    open: b,
                    field: None,
                    index: 0,
                });
                ident = None;
            }
            b')' | b']' | b'}' => {
                stack.pop();
                ident = None;
            }
            b',' => {
                if let Some(f) = stack.last_mut()
                    && f.open == b'['
                {
                    f.index += 1;
                }
                ident = None;
            }
            b':' => {
                if let (Some(name), Some(f)) = (ident.take(), stack.last_mut()) {
                    f.field = Some(name);
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                ident = Some(String::from_utf8_lossy(&bytes[start..i]).into_owned());
                continue;
            }
            c if c.is_ascii_whitespace() => {}
            _ => ident = None,
        }
        i += 1;
    }
    let last = stack.len().saturating_sub(1);
    let mut path = String::new();
    // The outermost record is the file itself.
    for (k, f) in stack.iter().enumerate() {
        match f.open {
            b'[' => path.push_str(&format!("[{}]", f.index)),
            _ if k == last && !innermost => {}
            _ => {
                if let Some(name) = &f.field {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&name.to_lowercase_if_stage());
                }
            }
        }
    }
    path
}

trait StageKey {
    fn to_lowercase_if_stage(&self) -> String;
}

impl StageKey for String {
    /// Map keys are written as choices (`Prospect`); paths use field style.
    fn to_lowercase_if_stage(&self) -> String {
        if self.starts_with(|c: char| c.is_ascii_uppercase()) {
            self.to_lowercase()
        } else {
            self.clone()
        }
    }
}

/// The value written around an offset: from after the `:` (or bracket or comma)
/// before it to the delimiter after it, on the same line.
pub fn value_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let start = text[line_start..at]
        .rfind([':', '(', '['])
        .map_or(line_start, |i| line_start + i + 1);
    let end = text[at..]
        .find([',', ')', ']', '\n'])
        .map_or(text.len(), |i| at + i);
    text[start..end.max(start)].trim()
}

/// A number as a person may type it, and how to write it instead.
fn number_hint(v: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if let Some(n) = v.strip_suffix('%').map(str::trim)
        && let Ok(x) = n.parse::<f64>()
    {
        return Some(t!(
            "explain-percent",
            value = v.to_string(),
            share = (x / 100.0).to_string()
        ));
    }
    if let Some(rest) = v.strip_prefix(['$', '€', '£', '¥']) {
        return Some(t!("explain-currency", number = rest.trim().to_string()));
    }
    if let Some(n) = v.strip_suffix(['k', 'K'])
        && let Ok(x) = n.trim().parse::<f64>()
    {
        return Some(t!(
            "explain-in-full",
            value = v.to_string(),
            suffix = "k",
            number = (x * 1000.0).to_string()
        ));
    }
    if let Some(n) = v.strip_suffix(['m', 'M'])
        && let Ok(x) = n.trim().parse::<f64>()
    {
        return Some(t!(
            "explain-in-full",
            value = v.to_string(),
            suffix = "M",
            number = (x * 1_000_000.0).to_string()
        ));
    }
    // Thousands separators: `140 000`, `140,000.0`, `140'000`.
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    let groups: Vec<&str> = whole
        .split([' ', ',', '\'', '\u{a0}', '\u{202f}'])
        .collect();
    if groups.len() > 1
        && groups.iter().all(|g| digits(g))
        && groups[1..].iter().all(|g| g.len() == 3)
        && (frac.is_empty() || digits(frac))
    {
        let joined: String = groups.concat();
        let plain = if frac.is_empty() {
            joined
        } else {
            format!("{joined}.{frac}")
        };
        return Some(t!("explain-separators", number = plain));
    }
    None
}

/// Whole-number fields and their allowed ranges (the ones validation checks).
fn whole_range(field: &str) -> Option<String> {
    Some(
        match field {
            "weeks" => "1..=104",
            "tenure_weeks" => "0..=2080",
            "rep_capacity" => "1..=1000",
            "metrics_shelf_life_weeks" | "news_shelf_life_weeks" | "outlook_weeks" => "1..=520",
            "news_age_weeks" => "0..=520",
            "vacancy_weeks_min" | "vacancy_weeks_max" | "plan_weeks" | "review_weeks" => "1..=104",
            "ramp_weeks" => "0..=104",
            "week" => return Some(t!("explain-or-more", n = 1)),
            "seed" | "format" => return Some(t!("explain-or-more", n = 0)),
            _ => return None,
        }
        .to_string(),
    )
}

/// Types named in RON's messages, with an example in RON where one helps (code, the
/// same in every language). Their names in the reader's words are [`short`].
const TYPES: &[(&str, &str)] = &[
    ("Scenario", ""),
    (
        "RepSpec",
        "(name: \"Sam\", skills: (prospecting: 0.6, qualifying: 0.55, discovery: 0.55, \
         presenting: 0.6, negotiating: 0.55, closing: 0.6))",
    ),
    (
        "Skills",
        "(prospecting: 0.5, qualifying: 0.5, discovery: 0.5, presenting: 0.5, negotiating: 0.5, \
         closing: 0.5)",
    ),
    ("ManagerSpec", ""),
    ("Market", ""),
    (
        "PerStage",
        "(prospect: 1.5, qualify: 2.0, discover: 2.5, propose: 2.0, negotiate: 1.5)",
    ),
    ("PipelineSpec", ""),
    ("Company", ""),
    ("Org", ""),
    ("Hiring", ""),
    ("Effects", ""),
    ("Costs", ""),
    (
        "EventSpec",
        "(week: 5, kind: CompetitorPriceCut(depth: 0.10, weeks: 6))",
    ),
    ("EventKind", ""),
    ("Weights", ""),
    ("Hint", "(trigger: Week(5), text: \"...\")"),
    ("HintTrigger", ""),
    ("Lesson", ""),
    ("Difficulty", ""),
    ("Plan", "(actions: [], absorb: 0.5)"),
    ("Script", ""),
    ("Action", ""),
    ("Stage", ""),
    ("Skill", ""),
    ("RunFile", ""),
    ("WeekLine", ""),
    ("Injection", ""),
    ("Card", ""),
    ("Deck", ""),
    (
        "CompetitorPriceCut",
        "CompetitorPriceCut(depth: 0.10, weeks: 6)",
    ),
    ("ProductLaunch", "ProductLaunch(lift: 0.3, weeks: 8)"),
    ("ReportingCrunch", "ReportingCrunch(hours: 3.0, weeks: 2)"),
    (
        "EconomicSlowdown",
        "EconomicSlowdown(lead_factor: 0.7, weeks: 8)",
    ),
    ("BigRfp", "BigRfp(value: 180000.0, rep: \"Riley\")"),
];

/// A type of [`TYPES`] in the reader's words, without its example. Records that are
/// a field of the scenario go by the field's name; event kinds by their own name.
fn short(name: &str) -> String {
    match name {
        "Scenario" => t!("explain-type-scenario"),
        "RepSpec" => t!("explain-type-rep"),
        "Skills" => t!("explain-type-skills"),
        "ManagerSpec" => "manager".into(),
        "Market" => "market".into(),
        "PerStage" => t!("explain-type-per-stage"),
        "PipelineSpec" => "pipeline".into(),
        "Company" => "company".into(),
        "Org" => "org".into(),
        "Hiring" => "hiring".into(),
        "Effects" => "effects".into(),
        "Costs" => "costs".into(),
        "EventSpec" => t!("explain-type-event"),
        "EventKind" => t!("explain-type-event-kind"),
        "Weights" => "weights".into(),
        "Hint" => t!("explain-type-hint"),
        "HintTrigger" => t!("explain-type-hint-trigger"),
        "Lesson" => t!("explain-type-lesson"),
        "Difficulty" => "difficulty".into(),
        "Plan" => t!("explain-type-plan"),
        "Script" => t!("explain-type-script"),
        "Action" => t!("explain-type-action"),
        "Stage" => t!("explain-type-stage"),
        "Skill" => t!("explain-type-skill"),
        "RunFile" => t!("explain-type-run-file"),
        "WeekLine" => t!("explain-type-week-line"),
        "Injection" => t!("explain-type-injection"),
        "Card" => t!("explain-type-card"),
        "Deck" => t!("explain-type-deck"),
        other => other.to_string(),
    }
}

/// A type's name in the reader's words (unknown names are quoted as they are).
pub fn friendly(name: &str) -> String {
    match TYPES.iter().find(|(t, _)| *t == name) {
        None => format!("`{name}`"),
        Some((t, "")) => short(t),
        Some((t, example)) => t!(
            "explain-type-example",
            kind = short(t),
            example = example.to_string()
        ),
    }
}

/// Replaces `struct `X``, `enum `X`` and `in `X`` of RON's messages with the
/// reader's words.
pub fn without_type_names(message: &str) -> String {
    let mut m = message.to_string();
    for &(t, _) in TYPES {
        if !m.contains(t) {
            continue;
        }
        let (f, short) = (friendly(t), short(t));
        for pattern in [format!("struct `{t}`"), format!("struct {t}")] {
            m = m.replace(&pattern, &f);
        }
        for pattern in [format!("enum `{t}`"), format!("enum {t}")] {
            m = m.replace(&pattern, &short);
        }
        m = m.replace(&format!("in `{t}`"), &format!("in {short}"));
    }
    m
}

/// What to add to a syntax message, from the text around the error.
pub fn hint(text: &str, at: usize, code: &ron::Error, field: &str) -> Option<String> {
    use ron::Error as E;
    let v = value_at(text, at);
    let v = match v.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &v[..i]),
        None => v.to_string(),
    };
    let v = v.as_str();
    let near = &text[at.min(text.len())..];
    let curly = ['“', '”', '‘', '’', '„', '«', '»'];
    if v.contains(curly) || near.starts_with(curly) {
        return Some(t!("explain-curly-quotes"));
    }
    if let Some(h) = number_hint(v) {
        return Some(h);
    }
    // A number in quotes is text to RON.
    let unquoted = v.trim_matches('"');
    if v.starts_with('"')
        && matches!(
            code,
            E::ExpectedInteger | E::ExpectedFloat | E::IntegerOutOfBounds
        )
        && unquoted.parse::<f64>().is_ok()
    {
        return Some(t!(
            "explain-number-quotes",
            number = unquoted.to_string(),
            value = v.to_string()
        ));
    }
    let last = field.rsplit(['.', ']']).next().unwrap_or(field);
    let is_decimal = v.contains('.') && v.trim_start_matches('-').parse::<f64>().is_ok();
    match code {
        E::ExpectedComma | E::ExpectedInteger if is_decimal => {
            let whole = v.split('.').next().unwrap_or(v).to_string();
            Some(match whole_range(last) {
                Some(r) => t!("explain-whole-in-range", range = r, number = whole),
                None => t!("explain-whole-maybe", number = whole),
            })
        }
        E::IntegerOutOfBounds | E::ExpectedInteger => Some(match whole_range(last) {
            Some(r) => t!("explain-int-out-of-range", value = v.to_string(), range = r),
            None => t!("explain-int-out-of-range-min", value = v.to_string()),
        }),
        E::ExpectedComma => Some(t!("explain-comma")),
        E::ExpectedFloat => Some(t!("explain-number", found = found(v))),
        // A field written without its value (`difficulty: ,`).
        E::ExpectedIdentifier | E::UnexpectedChar(_)
            if near.trim_start().starts_with([',', ')', ']', '}']) =>
        {
            Some(t!(
                "load-value-missing",
                char = near.trim_start().chars().next().unwrap_or(',').to_string()
            ))
        }
        E::ExpectedIdentifier if v.starts_with('"') => Some(t!(
            "explain-choice-quotes",
            choice = v.trim_matches('"').to_string(),
            value = v.to_string()
        )),
        E::ExpectedString => Some(t!("explain-text", found = found(v))),
        E::InvalidValueForType { expected, .. } if *expected == text_expected() => {
            Some(t!("explain-text-or-languages", found = found(v)))
        }
        E::ExpectedArray => Some(t!("explain-list", found = found(v))),
        E::ExpectedBoolean => Some(t!("explain-bool", found = found(v))),
        _ => None,
    }
}

/// What is at the error: "found X", or "nothing is there" for a missing value.
fn found(v: &str) -> String {
    if v.trim().is_empty() {
        t!("explain-nothing-there")
    } else {
        t!("explain-found", value = v.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_records_lists_and_maps() {
        let t = "(team: [(name: \"A, (b\"), (name: \"B\", skills: (closing: 1";
        assert_eq!(field_path(t, t.len(), true), "team[1].skills.closing");
        assert_eq!(field_path(t, t.len(), false), "team[1].skills");
        let t = "( // a comment: (x\n pipeline: (stage_skills: { Prospect: { Qualifying: x";
        assert_eq!(
            field_path(t, t.len(), true),
            "pipeline.stage_skills.prospect.qualifying"
        );
        let t = "(events: [(week: 5, kind: CompetitorPriceCut(depth: 0.1";
        assert_eq!(field_path(t, t.len(), true), "events[0].kind.depth");
    }

    #[test]
    fn numbers_as_people_type_them() {
        for (v, want) in [
            ("10%", "10% is 0.1"),
            ("140 000", "write 140000:"),
            ("140,000.0", "write 140000.0:"),
            ("140'000", "write 140000:"),
            ("140k", "140k is 140000"),
            ("$140000", "without a currency sign: 140000"),
            ("1.5M", "1.5M is 1500000"),
        ] {
            let h = number_hint(v).unwrap_or_default();
            assert!(h.contains(want), "{v}: {h}");
        }
        assert!(number_hint("0.75").is_none());
        assert!(number_hint("140_000").is_none());
    }

    #[test]
    fn values_are_read_around_the_error() {
        let t = "(quota: 85,000.0, weeks: 13)";
        assert_eq!(value_at(t, t.find("000").unwrap()), "85,000.0");
        let t = "(cap: 10%)";
        assert_eq!(value_at(t, t.find('%').unwrap()), "10%");
    }

    #[test]
    fn type_names_become_words() {
        let m = without_type_names("Expected opening `(` for struct `RepSpec`");
        assert!(
            m.starts_with("Expected opening `(` for a team member, e.g. (name:"),
            "{m}"
        );
        let m = without_type_names("Unexpected variant named `X` in enum `EventKind`");
        assert_eq!(m, "Unexpected variant named `X` in an event kind");
        assert!(!without_type_names("missing in `RunFile`").contains("RunFile"));
    }
}
