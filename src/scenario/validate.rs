//! Meaning checks on a parsed scenario. Each problem names the field path and the
//! allowed range. Limits refuse absurd scenarios before any run allocates for them.

use serde::{Deserialize, Serialize};

use super::{EventKind, Scenario, Text};
use crate::sim::limits::{MAX_EVENTS_PER_WEEK, MAX_LEAD_FACTOR};
use crate::sim::{Skill, Stage};
use crate::t;

/// Most reps a scenario may have.
pub const MAX_REPS: usize = 100;
/// Longest scenario in weeks.
pub const MAX_WEEKS: u32 = 104;
/// Most deals a scenario may be expected to create over a run (leads and RFPs).
pub const MAX_EXPECTED_LEADS: f64 = 200_000.0;
/// Most events a scenario may list.
pub const MAX_EVENTS: usize = 1_000;

/// One problem with a scenario: where and what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Field path, e.g. `team[2].skills.closing`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

#[derive(Default)]
struct Check {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Check {
    fn err(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }
    fn warn(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }
    fn range(&mut self, field: impl Into<String>, v: f64, lo: f64, hi: f64) {
        if !v.is_finite() {
            self.err(
                field,
                t!("val-not-finite", lo = lo.to_string(), hi = hi.to_string()),
            );
        } else if v < lo || v > hi {
            self.err(
                field,
                t!(
                    "val-out-of-range",
                    value = v.to_string(),
                    lo = lo.to_string(),
                    hi = hi.to_string()
                ),
            );
        }
    }
    fn urange(&mut self, field: impl Into<String>, v: u32, lo: u32, hi: u32) {
        if v < lo || v > hi {
            self.err(
                field,
                t!(
                    "val-out-of-range",
                    value = v.to_string(),
                    lo = lo.to_string(),
                    hi = hi.to_string()
                ),
            );
        }
    }

    /// A plain string (a rep's name): not empty, at most `max` characters.
    fn text(&mut self, field: impl Into<String>, s: &str, max: usize) {
        self.limit(field.into(), s, None, max, false);
    }

    /// A scenario text in every language written, not just the one this check runs
    /// in: a German briefing too long for the screen is as wrong in an English
    /// `validate`. A map's problems name the language (`code`).
    fn texts(&mut self, field: impl Into<String>, text: &Text, max: usize, may_be_empty: bool) {
        let field = field.into();
        match text {
            Text::Plain(s) => self.limit(field, s, None, max, may_be_empty),
            // No language at all shows every reader nothing.
            Text::ByLang(map) if map.is_empty() => {
                if !may_be_empty {
                    self.err(field, t!("val-empty"));
                }
            }
            Text::ByLang(map) => {
                for (code, s) in map {
                    self.limit(field.clone(), s, Some(code), max, may_be_empty);
                }
            }
        }
    }

    /// One string's checks; `code` is its language when it is one of a map's.
    fn limit(
        &mut self,
        field: String,
        s: &str,
        code: Option<&str>,
        max: usize,
        may_be_empty: bool,
    ) {
        let chars = s.chars().count();
        if !may_be_empty && s.trim().is_empty() {
            let message = match code {
                None => t!("val-empty"),
                Some(code) => t!("val-empty-in", code = code),
            };
            self.err(field, message);
        } else if chars > max {
            let max = max.to_string();
            let message = match code {
                None => t!("val-too-long", chars = chars, max = max),
                Some(code) => t!("val-too-long-in", code = code, chars = chars, max = max),
            };
            self.err(field, message);
        }
    }
}

/// Validates a scenario: (errors, warnings). Errors make it unusable.
pub fn validate(s: &Scenario) -> (Vec<Problem>, Vec<Problem>) {
    let mut c = Check::default();
    if s.id.is_empty()
        || s.id.len() > 64
        || !s
            .id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    {
        c.err("id", t!("val-bad-id", id = format!("{:?}", s.id)));
    }
    c.texts("title", &s.title, 120, false);
    c.texts("briefing", &s.briefing, 20_000, true);
    for (i, o) in s.objectives.iter().enumerate() {
        c.texts(format!("objectives[{i}]"), o, 500, false);
    }
    c.urange("weeks", s.weeks, 1, MAX_WEEKS);
    c.range(
        "quota_per_rep_per_quarter",
        s.quota_per_rep_per_quarter,
        1.0,
        1e10,
    );

    if s.team.is_empty() {
        c.err("team", t!("val-no-reps"));
    }
    if s.team.len() > MAX_REPS {
        c.err(
            "team",
            t!(
                "val-too-many-reps",
                reps = s.team.len(),
                max = MAX_REPS.to_string()
            ),
        );
    } else {
        for (i, r) in s.team.iter().enumerate() {
            let p = format!("team[{i}]");
            c.text(format!("{p}.name"), &r.name, 40);
            if s.team[..i].iter().any(|o| o.name == r.name) {
                c.err(
                    format!("{p}.name"),
                    t!("val-name-twice", name = format!("{:?}", r.name)),
                );
            }
            for k in Skill::ALL {
                c.range(
                    format!("{p}.skills.{}", k.name()),
                    r.skills.get(k),
                    0.0,
                    1.0,
                );
            }
            c.range(format!("{p}.morale"), r.morale, 0.0, 1.0);
            c.range(format!("{p}.independence"), r.independence, 0.0, 1.0);
            c.range(format!("{p}.discount_habit"), r.discount_habit, 0.0, 0.5);
            c.urange(format!("{p}.tenure_weeks"), r.tenure_weeks, 0, 2080);
        }
    }

    // Every parameter with a fixed range, as declared in assets/data/parameters.ron.
    declared_ranges(s, &mut c);
    let m = &s.manager;
    // A week that is not a number is refused above; its standing hours have no bound.
    if m.hours_per_week.is_finite() {
        c.range(
            "manager.standing_hours",
            m.standing_hours,
            0.0,
            (m.hours_per_week - 1.0).max(0.0),
        );
    }
    c.range("manager.goodwill", m.goodwill, 0.0, m.goodwill_max.max(0.0));
    let k = &s.market;
    if k.accounts.is_empty() {
        c.err("market.accounts", t!("val-no-accounts"));
    } else if k.accounts.len() > 10_000 {
        c.err(
            "market.accounts",
            t!("val-too-many-accounts", max = "10000"),
        );
    }

    let p = &s.pipeline;
    for st in Stage::OPEN {
        let n = st.name().to_lowercase();
        c.range(
            format!("pipeline.conversion.{n}"),
            p.conversion.get(st),
            0.01,
            0.99,
        );
        c.range(
            format!("pipeline.mean_weeks.{n}"),
            p.mean_weeks.get(st),
            0.5,
            52.0,
        );
    }
    for (st, weights) in &p.stage_skills {
        let n = st.name().to_lowercase();
        if !st.is_open() {
            c.err(
                format!("pipeline.stage_skills.{st:?}"),
                t!("val-closed-stage-skills"),
            );
        }
        for (sk, w) in weights {
            c.range(
                format!("pipeline.stage_skills.{n}.{}", sk.name()),
                *w,
                0.0,
                10.0,
            );
        }
    }
    c.urange("pipeline.rep_capacity", p.rep_capacity, 1, 1000);

    let h = &s.hiring;
    c.urange(
        "hiring.vacancy_weeks_min",
        h.vacancy_weeks_min,
        1,
        h.vacancy_weeks_max.clamp(1, 104),
    );

    for (i, e) in s.events.iter().enumerate() {
        let p = format!("events[{i}]");
        match (e.week, e.chance) {
            (Some(_), Some(_)) => c.err(&p, t!("val-week-and-chance")),
            (None, None) => c.err(&p, t!("val-week-or-chance")),
            (Some(w), None) => {
                if w == 0 {
                    c.err(format!("{p}.week"), t!("val-week-zero"));
                } else if w > s.weeks {
                    c.warn(
                        format!("{p}.week"),
                        t!(
                            "val-week-after-end",
                            week = w.to_string(),
                            last = s.weeks.to_string()
                        ),
                    );
                }
            }
            (None, Some(ch)) => c.range(format!("{p}.chance"), ch, 0.0, 1.0),
        }
        if let Some(t) = &e.text {
            c.texts(format!("{p}.text"), t, 300, false);
        }
        validate_event(&e.kind, &format!("{p}.kind"), Some(s), &mut c);
    }

    let w = &s.weights;
    let ws = [
        ("revenue", w.revenue),
        ("margin", w.margin),
        ("capability", w.capability),
        ("retention", w.retention),
        ("independence", w.independence),
        ("forecast", w.forecast),
        ("projection", w.projection),
    ];
    if w.time.is_some() {
        c.warn("weights.time", t!("val-weights-time"));
    }
    if ws.iter().all(|(_, v)| *v <= 0.0) {
        c.err("weights", t!("val-no-weight"));
    }
    if let Some(mark) = s.pass_mark {
        c.range("pass_mark", mark, 0.0, 100.0);
    }
    for (i, hint) in s.hints.iter().enumerate() {
        c.texts(format!("hints[{i}].text"), &hint.text, 1000, false);
    }

    if s.events.len() > MAX_EVENTS {
        c.err(
            "events",
            t!(
                "val-too-many-events",
                events = s.events.len(),
                max = MAX_EVENTS.to_string()
            ),
        );
    } else {
        let mut per_week = std::collections::BTreeMap::new();
        for w in s.events.iter().filter_map(|e| e.week) {
            *per_week.entry(w).or_insert(0usize) += 1;
        }
        if let Some((w, n)) = per_week
            .into_iter()
            .find(|&(w, n)| n > MAX_EVENTS_PER_WEEK && w <= s.weeks)
        {
            c.err(
                "events",
                t!(
                    "val-events-in-one-week",
                    events = n,
                    week = w.to_string(),
                    max = MAX_EVENTS_PER_WEEK.to_string()
                ),
            );
        }
    }

    c.warnings.extend(super::languages::check(s));
    // Limits on total work, checked on parameters alone (before anything is allocated).
    if c.errors.is_empty() {
        expected_volume(s, &mut c);
    }
    (c.errors, c.warnings)
}

/// The expected-volume check: the deals a run is expected to create, from leads (with
/// the biggest boom the scenario's `EconomicSlowdown` events can cause) and from its
/// `BigRfp` events, must stay under [`MAX_EXPECTED_LEADS`].
fn expected_volume(s: &Scenario, c: &mut Check) {
    // Overlapping slowdowns multiply (up to the model's cap); a random one may
    // overlap itself, so any random boom counts as the cap.
    let mut boom: f64 = 1.0;
    let mut boom_event = None;
    let mut rfps = 0.0;
    for (i, e) in s.events.iter().enumerate() {
        let fires = match (e.week, e.chance) {
            (Some(w), _) => f64::from(u8::from(w <= s.weeks)),
            (None, Some(p)) => p * s.weeks as f64,
            (None, None) => 0.0,
        };
        match e.kind {
            EventKind::EconomicSlowdown { lead_factor, .. } if lead_factor > 1.0 && fires > 0.0 => {
                boom *= if e.week.is_some() {
                    lead_factor
                } else {
                    MAX_LEAD_FACTOR
                };
                boom_event.get_or_insert(i);
            }
            EventKind::BigRfp { .. } => rfps += fires,
            _ => {}
        }
    }
    let boom = boom.min(MAX_LEAD_FACTOR);
    let leads = s.market.lead_rate * 1.5 * 1.3 * s.team.len() as f64 * s.weeks as f64;
    let expected = leads * boom + rfps;
    if expected > MAX_EXPECTED_LEADS {
        let mut parts = Vec::new();
        if let Some(i) = boom_event {
            parts.push(t!(
                "val-volume-boom",
                boom = boom.to_string(),
                event = format!("events[{i}]")
            ));
        }
        if rfps > 0.0 {
            parts.push(t!("val-volume-rfps", rfps = format!("{rfps:.0}")));
        }
        let volume = |id: &str, because: String| {
            crate::i18n::tr_args(
                id,
                &[
                    ("rate", s.market.lead_rate.to_string().into()),
                    ("reps", s.team.len().into()),
                    ("weeks", s.weeks.into()),
                    ("deals", format!("{expected:.0}").into()),
                    ("because", because.into()),
                    ("max", format!("{MAX_EXPECTED_LEADS:.0}").into()),
                ],
            )
        };
        c.err(
            // Blame the RFPs when the leads alone would be within the limit.
            if leads * boom <= MAX_EXPECTED_LEADS {
                "events"
            } else {
                "market.lead_rate"
            },
            if parts.is_empty() {
                volume("val-volume", String::new())
            } else {
                volume("val-volume-because", parts.join(", "))
            },
        );
    }
}

/// Checks an event from outside a scenario (a workshop card, an event recorded in a
/// run file) against the limits the scenario's own events have. Problems name `path`
/// (e.g. `cards[2].kind.lead_factor`); with a scenario, named reps must be on its team.
pub fn check_event(kind: &EventKind, path: &str, s: Option<&Scenario>) -> Vec<Problem> {
    let mut c = Check::default();
    validate_event(kind, path, s, &mut c);
    c.errors
}

fn validate_event(kind: &EventKind, p: &str, s: Option<&Scenario>, c: &mut Check) {
    let known = |name: &Option<String>, c: &mut Check, field: String| {
        if let (Some(n), Some(s)) = (name, s)
            && !s.team.iter().any(|r| &r.name == n)
        {
            c.err(field, t!("val-not-on-team", name = format!("{n:?}")));
        }
    };
    match kind {
        EventKind::CompetitorPriceCut { depth, weeks } => {
            c.range(format!("{p}.depth"), *depth, 0.0, 0.9);
            c.urange(format!("{p}.weeks"), *weeks, 1, 104);
        }
        EventKind::RepResigns { rep } => known(rep, c, format!("{p}.rep")),
        EventKind::ProductLaunch { lift, weeks } => {
            c.range(format!("{p}.lift"), *lift, -5.0, 5.0);
            c.urange(format!("{p}.weeks"), *weeks, 1, 104);
        }
        EventKind::ReportingCrunch { hours, weeks } => {
            c.range(format!("{p}.hours"), *hours, 0.0, 40.0);
            c.urange(format!("{p}.weeks"), *weeks, 1, 104);
        }
        EventKind::EconomicSlowdown { lead_factor, weeks } => {
            c.range(format!("{p}.lead_factor"), *lead_factor, 0.0, 2.0);
            c.urange(format!("{p}.weeks"), *weeks, 1, 104);
        }
        EventKind::BigRfp { value, rep } => {
            c.range(format!("{p}.value"), *value, 1.0, 1e10);
            known(rep, c, format!("{p}.rep"));
        }
    }
}

/// The ranges declared in `assets/data/parameters.ron`, on the scenario's values.
fn declared_ranges(s: &Scenario, c: &mut Check) {
    let value = match serde_json::to_value(s) {
        Ok(v) => v,
        // Never a silent pass: without the values no range can be checked.
        Err(e) => return c.err("scenario", t!("val-unchecked", reason = e.to_string())),
    };
    for p in super::parameters::parameters() {
        let Some((lo, hi)) = p.range else { continue };
        match super::parameters::value_at(&value, &p.path) {
            Some(v) if p.whole => {
                let v = v.as_u64().unwrap_or(u64::MAX).min(u32::MAX as u64) as u32;
                c.urange(&p.path, v, lo as u32, hi as u32);
            }
            Some(v) => match v.as_f64() {
                Some(x) => c.range(&p.path, x, lo, hi),
                // JSON has no NaN or infinity: serde writes them as null.
                None => c.range(&p.path, f64::NAN, lo, hi),
            },
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline() -> Scenario {
        (*crate::scenario::load_id_or_file("baseline")
            .unwrap()
            .scenario)
            .clone()
    }

    fn fields(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn a_shipped_scenario_is_valid() {
        let (errors, _) = validate(&baseline());
        assert!(errors.is_empty(), "{errors:?}");
    }

    /// Declared ranges are checked wherever the parameter sits, NaN included.
    #[test]
    fn declared_ranges_refuse_out_of_range_and_non_numbers() {
        let mut s = baseline();
        s.manager.hours_per_week = f64::NAN;
        s.effects.skill = 99.0;
        s.costs.fire = -1.0;
        s.company.outlook_weeks = 0;
        s.weights.projection = f64::INFINITY;
        let (errors, _) = validate(&s);
        let f = fields(&errors);
        for path in [
            "manager.hours_per_week",
            "effects.skill",
            "costs.fire",
            "company.outlook_weeks",
            "weights.projection",
        ] {
            assert!(f.contains(&path), "{path} not refused: {errors:?}");
        }
        let nan = errors
            .iter()
            .find(|p| p.field == "manager.hours_per_week")
            .unwrap();
        assert!(
            nan.message.contains("not a finite number"),
            "{}",
            nan.message
        );
    }

    /// Ranges that depend on other fields keep their own rules.
    #[test]
    fn ranges_that_depend_on_other_fields() {
        let mut s = baseline();
        s.manager.standing_hours = s.manager.hours_per_week;
        s.manager.goodwill = s.manager.goodwill_max + 1.0;
        s.hiring.vacancy_weeks_min = s.hiring.vacancy_weeks_max + 1;
        let (errors, _) = validate(&s);
        let f = fields(&errors);
        for path in [
            "manager.standing_hours",
            "manager.goodwill",
            "hiring.vacancy_weeks_min",
        ] {
            assert!(f.contains(&path), "{path} not refused: {errors:?}");
        }
    }

    #[test]
    fn a_pass_mark_is_a_score_out_of_100() {
        let mut s = baseline();
        s.pass_mark = Some(120.0);
        assert!(fields(&validate(&s).0).contains(&"pass_mark"));
        s.pass_mark = Some(60.0);
        assert!(validate(&s).0.is_empty());
    }

    /// A text per language with German `de`.
    fn en_de(en: &str, de: &str) -> Text {
        Text::ByLang([("en".into(), en.into()), ("de".into(), de.into())].into())
    }

    /// The error at `field`, whose message must name `code`.
    fn error_in<'a>(errors: &'a [Problem], field: &str, code: &str) -> &'a Problem {
        let p = errors
            .iter()
            .find(|p| p.field == field)
            .unwrap_or_else(|| panic!("{field} not refused: {errors:?}"));
        assert!(p.message.contains(&format!("the {code} text")), "{p}");
        p
    }

    /// Limits hold in every language written: an English `validate` finds the German
    /// text that is too long or empty, and says it is the German one.
    #[test]
    fn an_english_validate_checks_the_german_texts_too() {
        let mut s = (*crate::scenario::load_id_or_file("first-90-days")
            .unwrap()
            .scenario)
            .clone();
        let long = |n: usize| "x".repeat(n + 1);
        s.title = en_de("Quarter one", &long(120));
        s.briefing = en_de("Welcome.", &long(20_000));
        s.objectives[0] = en_de("Coach.", &long(500));
        s.events[0].text = Some(en_de("News.", &long(300)));
        s.hints[0].text = en_de("Plan.", " ");
        let errors = crate::i18n::with_lang(crate::i18n::Lang::En, || validate(&s).0);
        let briefing = error_in(&errors, "briefing", "de");
        assert!(briefing.message.contains("20001"), "{briefing}");
        error_in(&errors, "title", "de");
        error_in(&errors, "objectives[0]", "de");
        error_in(&errors, "events[0].text", "de");
        let hint = error_in(&errors, "hints[0].text", "de");
        assert!(hint.message.contains("must not be empty"), "{hint}");
        // The English texts are fine, so each field is refused once, for German.
        assert_eq!(errors.len(), 5, "{errors:?}");
    }

    /// The other way round, and in German words; a plain text and a map with no
    /// language keep their messages without one.
    #[test]
    fn a_german_validate_checks_the_english_texts_too() {
        let mut s = baseline();
        s.briefing = en_de(&"x".repeat(20_001), "Willkommen.");
        s.objectives[0] = Text::ByLang(Default::default());
        s.title = Text::Plain("y".repeat(121));
        let errors = crate::i18n::with_lang(crate::i18n::Lang::De, || validate(&s).0);
        let briefing = errors.iter().find(|p| p.field == "briefing").unwrap();
        assert!(
            briefing
                .message
                .starts_with("der Text für en hat 20001 Zeichen"),
            "{briefing}"
        );
        let title = errors.iter().find(|p| p.field == "title").unwrap();
        assert!(title.message.starts_with("hat 121 Zeichen"), "{title}");
        let none = errors.iter().find(|p| p.field == "objectives[0]").unwrap();
        assert_eq!(none.message, "darf nicht leer sein");
    }
}
