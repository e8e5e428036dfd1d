//! The languages of a scenario's texts: a text written per language should have every
//! language Pit Crew speaks. A plain string is one text for every language and is fine;
//! a map that lacks `en` or `de` shows another language's words to those readers, which
//! is worth a warning (not an error: the scenario still plays).

use super::{Problem, Scenario, Text};
use crate::i18n::Lang;
use crate::t;

/// Warnings about the languages of every text field, with its field path
/// (`events[2].text: no German (de); …`).
pub fn check(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut field = |path: String, text: &Text| out.extend(problems(&path, text));
    field("title".into(), &s.title);
    field("briefing".into(), &s.briefing);
    for (i, o) in s.objectives.iter().enumerate() {
        field(format!("objectives[{i}]"), o);
    }
    for (i, a) in s.market.accounts.iter().enumerate() {
        field(format!("market.accounts[{i}]"), a);
    }
    for (i, e) in s.events.iter().enumerate() {
        if let Some(t) = &e.text {
            field(format!("events[{i}].text"), t);
        }
    }
    for (i, h) in s.hints.iter().enumerate() {
        field(format!("hints[{i}].text"), &h.text);
    }
    out
}

/// What is wrong with one text's languages.
fn problems(path: &str, text: &Text) -> Vec<Problem> {
    let Text::ByLang(map) = text else {
        return Vec::new();
    };
    let at = |message: String| Problem {
        field: path.to_string(),
        message,
    };
    if map.is_empty() {
        return vec![at(t!("lang-no-text"))];
    }
    let mut out = Vec::new();
    for code in map.keys() {
        if !Lang::ALL.iter().any(|l| l.code() == code) {
            out.push(at(t!("lang-unknown", code = code.as_str())));
        }
    }
    for lang in Lang::ALL {
        match map.get(lang.code()) {
            None => {
                // What readers of that language see instead (see `Text::get`).
                let shown = map
                    .keys()
                    .find(|k| *k == Lang::En.code())
                    .or_else(|| map.keys().next())
                    .map_or("", String::as_str);
                let id = match lang {
                    Lang::En => "lang-missing-en",
                    Lang::De => "lang-missing-de",
                };
                out.push(at(t!(id, shown = shown)));
            }
            Some(words) if words.trim().is_empty() => {
                out.push(at(t!("lang-empty", code = lang.code())));
            }
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;
    use crate::scenario::{SHIPPED, load_bytes, parse_ron};

    /// The smallest valid scenario, with a title to fill in.
    fn scenario(title: &str, event_text: &str) -> String {
        format!(
            r#"(id: "t", title: {title}, weeks: 4, quota_per_rep_per_quarter: 50000.0,
                team: [(name: "Avery", skills: (prospecting: 0.5, qualifying: 0.5,
                    discovery: 0.5, presenting: 0.5, negotiating: 0.5, closing: 0.5))],
                events: [(week: 2, kind: ReportingCrunch(hours: 1.0, weeks: 1), text: {event_text})])"#
        )
    }

    #[test]
    fn a_map_parses_and_resolves_per_language() {
        let s: Scenario = parse_ron(
            "t.ron",
            &scenario(
                r#"{"en": "Quarter one", "de": "Quartal eins"}"#,
                r#"{"en": "Reports", "de": "Berichte"}"#,
            ),
        )
        .unwrap();
        assert_eq!(s.title.get(Lang::En), "Quarter one");
        assert_eq!(s.title.get(Lang::De), "Quartal eins");
        with_lang(Lang::De, || {
            assert_eq!(s.title.to_string(), "Quartal eins");
            assert_eq!(&*s.events[0].text.clone().unwrap(), "Berichte");
        });
        with_lang(Lang::En, || assert_eq!(&*s.title, "Quarter one"));
        assert!(check(&s).is_empty());
    }

    #[test]
    fn a_plain_string_still_parses_and_serialises_as_before() {
        let s: Scenario =
            parse_ron("t.ron", &scenario(r#""Quarter one""#, r#""Reports""#)).unwrap();
        assert_eq!(s.title, Text::Plain("Quarter one".into()));
        for lang in Lang::ALL {
            assert_eq!(s.title.get(lang), "Quarter one");
        }
        // A plain text is written exactly as a string was: run files and their hashes
        // of one-language scenarios do not change.
        assert_eq!(
            ron::to_string(&s.title).unwrap(),
            ron::to_string("Quarter one").unwrap()
        );
        assert!(check(&s).is_empty());
    }

    #[test]
    fn a_map_round_trips_through_ron() {
        let t: Text = ron::from_str(r#"{"en": "Hi", "de": "Hallo"}"#).unwrap();
        let back: Text = ron::from_str(&ron::to_string(&t).unwrap()).unwrap();
        assert_eq!(t, back);
    }

    #[test]
    fn a_missing_language_falls_back_to_english_then_the_first() {
        let only_en: Text = ron::from_str(r#"{"en": "Hi"}"#).unwrap();
        assert_eq!(only_en.get(Lang::De), "Hi");
        let only_de: Text = ron::from_str(r#"{"de": "Hallo"}"#).unwrap();
        assert_eq!(only_de.get(Lang::En), "Hallo");
    }

    #[test]
    fn a_repeated_language_is_refused() {
        let text = scenario(r#"{"en": "A", "en": "B"}"#, r#""x""#);
        let e = parse_ron::<Scenario>("t.ron", &text).unwrap_err();
        assert!(e.to_string().contains("given twice"), "{e}");
        let e = with_lang(Lang::De, || {
            parse_ron::<Scenario>("t.ron", &text).unwrap_err()
        });
        assert!(e.to_string().contains("\"en\" steht zweimal da"), "{e}");
    }

    /// A number where a text belongs is explained in the reader's words, with both
    /// ways of writing a text.
    #[test]
    fn a_number_for_a_text_is_explained_in_the_readers_language() {
        let text = scenario("5", r#""x""#);
        let e = parse_ron::<Scenario>("t.ron", &text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("title: text is wanted here"), "{e}");
        assert!(e.contains(r#"{"en": "Sam", "de": "Sam"}); found 5"#), "{e}");
        let e = with_lang(Lang::De, || {
            parse_ron::<Scenario>("t.ron", &text)
                .unwrap_err()
                .to_string()
        });
        assert!(e.contains("title: hier wird Text"), "{e}");
        assert!(!e.contains("Expected"), "{e}");
    }

    #[test]
    fn a_map_without_german_is_warned_about_with_its_path() {
        let s: Scenario = parse_ron(
            "t.ron",
            &scenario(r#""Plain""#, r#"{"en": "Reports", "fr": "Rapports"}"#),
        )
        .unwrap();
        let w = with_lang(Lang::En, || check(&s));
        let shown: Vec<String> = w.iter().map(|p| p.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown
                .iter()
                .any(|p| p.starts_with("events[0].text: no German (de)"))
        );
        assert!(shown.iter().any(|p| p.contains("\"fr\"")));
        // The warning reaches `validate` as a warning, not an error.
        let loaded = load_bytes(
            "t.ron",
            scenario(r#""Plain""#, r#"{"en": "Reports"}"#).as_bytes(),
        )
        .unwrap();
        assert!(
            loaded.warnings.iter().any(|p| p.field == "events[0].text"),
            "{:?}",
            loaded.warnings
        );
    }

    #[test]
    fn the_warning_reads_in_german() {
        let s: Scenario =
            parse_ron("t.ron", &scenario(r#"{"de": "Quartal eins"}"#, r#""x""#)).unwrap();
        let w = with_lang(Lang::De, || check(&s));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].field, "title");
        assert!(
            w[0].message.contains("kein englischer Text"),
            "{}",
            w[0].message
        );
        assert!(!w[0].message.contains("English"), "{}", w[0].message);
    }

    #[test]
    fn shipped_scenarios_have_both_languages() {
        for (name, text) in SHIPPED {
            let s: Scenario = parse_ron(name, text).unwrap();
            assert!(check(&s).is_empty(), "{name}: {:?}", check(&s));
            // Every text a player reads is written in German as well.
            let german = |t: &Text| t.languages().is_some_and(|l| l.contains(&"de"));
            assert!(german(&s.title), "{name}: title");
            assert!(german(&s.briefing), "{name}: briefing");
            assert!(s.objectives.iter().all(german), "{name}: objectives");
            assert!(
                s.events.iter().filter_map(|e| e.text.as_ref()).all(german),
                "{name}: events"
            );
            assert!(s.hints.iter().map(|h| &h.text).all(german), "{name}: hints");
        }
    }
}
