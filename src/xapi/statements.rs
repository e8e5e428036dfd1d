//! xAPI 1.0.3 statements for one played run, as plain serde structs: who played which
//! scenario, that they finished it, whether they passed its pass mark, and how they
//! scored, with the run file's hash so a record points at a replayable run.
//!
//! Ids are derived from the run (its id, or its content), so the same run always
//! gives the same statements: sending them twice stores them once.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::format::RunFile;
use crate::format::hash::{content_hash, fnv1a};
use crate::i18n::{Lang, with_lang};

/// Where Pit Crew's own identifiers live. The `.example` name is reserved, so these
/// IRIs can never mean anything else.
pub const IRI_BASE: &str = "https://xapi.pitcrew.example";

/// The account home page players are recorded under, unless a programme sets its own.
pub const DEFAULT_HOME_PAGE: &str = "https://xapi.pitcrew.example/players";

/// The xAPI version these statements follow.
pub const XAPI_VERSION: &str = "1.0.3";

const VERBS: &str = "http://adlnet.gov/expapi/verbs";
const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub actor: Actor,
    pub verb: Verb,
    pub object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
    pub context: Context,
    pub timestamp: String,
    pub version: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    #[serde(rename = "objectType")]
    pub object_type: String,
    pub name: String,
    pub account: Account,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub home_page: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verb {
    pub id: String,
    pub display: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub object_type: String,
    pub id: String,
    pub definition: Definition,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub description: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct XResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    pub completion: bool,
    pub duration: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub scaled: f64,
    pub raw: f64,
    pub min: f64,
    pub max: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub registration: String,
    pub platform: String,
    pub extensions: BTreeMap<String, serde_json::Value>,
}

/// What the statements need beyond the run file.
#[derive(Clone, Debug)]
pub struct Recording {
    /// The players' account home page (the programme's LMS, or [`DEFAULT_HOME_PAGE`]).
    pub home_page: String,
    /// When the statements are made, RFC 3339.
    pub timestamp: String,
    /// Time spent playing, in seconds, if known.
    pub seconds: Option<u64>,
}

impl Recording {
    /// Now, under the default home page.
    pub fn now(seconds: Option<u64>) -> Recording {
        Recording {
            home_page: DEFAULT_HOME_PAGE.to_string(),
            timestamp: now_rfc3339(),
            seconds,
        }
    }
}

/// The current time as RFC 3339, UTC.
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// An ISO 8601 duration of whole seconds (`PT1H2M3S`).
pub fn iso_duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut d = String::from("PT");
    if h > 0 {
        d.push_str(&format!("{h}H"));
    }
    if m > 0 {
        d.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        d.push_str(&format!("{s}S"));
    }
    d
}

/// A UUID (version 8: our own bytes) from two 64-bit hashes of `parts`.
fn uuid_of(parts: &[&str]) -> String {
    let text = parts.join("\u{1f}");
    let a = fnv1a(text.as_bytes());
    let b = fnv1a(format!("pitcrew\u{1f}{text}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// A language map with every language Pit Crew speaks, so a statement is the same
/// whoever exports it and an LMS shows it in its reader's language.
fn in_every_language(words: impl Fn() -> String) -> BTreeMap<String, String> {
    Lang::ALL
        .iter()
        .map(|&l| (l.tag().to_string(), with_lang(l, &words)))
        .collect()
}

fn verb(name: &str) -> Verb {
    Verb {
        id: format!("{VERBS}/{name}"),
        display: in_every_language(|| crate::t!(&format!("xapi-verb-{name}"))),
    }
}

/// The scenario's stable IRI.
pub fn activity_iri(scenario_id: &str) -> String {
    format!("{IRI_BASE}/scenario/{scenario_id}")
}

/// The context extension keys.
pub fn extension(name: &str) -> String {
    format!("{IRI_BASE}/extension/{name}")
}

/// The statements for a run: `initialized`; when it is finished, `completed` with the
/// score, and `passed` or `failed` when its scenario has a pass mark.
pub fn statements(run: &RunFile, rec: &Recording) -> Vec<Statement> {
    let run_hash = content_hash(run);
    // A game's id names the run across saves; other runs are named by their content.
    let key = if run.run_id.is_empty() {
        run_hash.clone()
    } else {
        run.run_id.clone()
    };
    let player = if run.player.trim().is_empty() {
        "anonymous".to_string()
    } else {
        run.player.clone()
    };
    let actor = Actor {
        object_type: "Agent".into(),
        name: player.clone(),
        account: Account {
            home_page: rec.home_page.clone(),
            name: player,
        },
    };
    let object = Activity {
        object_type: "Activity".into(),
        id: activity_iri(&run.scenario_id),
        definition: Definition {
            kind: SIMULATION.into(),
            name: in_every_language(|| run.scenario.title.to_string()),
            description: run
                .scenario
                .lesson
                .map(|l| {
                    in_every_language(|| crate::t!("xapi-description", lesson = format!("{l:?}")))
                })
                .unwrap_or_default(),
        },
    };
    let context = Context {
        registration: uuid_of(&["registration", &key]),
        platform: "Pit Crew".into(),
        extensions: BTreeMap::from([
            (extension("run-hash"), serde_json::json!(run_hash)),
            (
                extension("scenario-hash"),
                serde_json::json!(run.scenario_hash),
            ),
            (extension("seed"), serde_json::json!(run.seed)),
            (extension("model"), serde_json::json!(run.model)),
            (
                extension("weeks-played"),
                serde_json::json!(run.weeks.len()),
            ),
        ]),
    };
    let duration = iso_duration(rec.seconds.unwrap_or(0));
    let make = |name: &str, result: Option<XResult>| Statement {
        // Starting is one event of a run, whatever its saves; an ending is one per
        // ended run (a finished run renamed is a new record).
        id: if name == "initialized" {
            uuid_of(&["statement", &key, name])
        } else {
            uuid_of(&["statement", &key, &run_hash, name])
        },
        actor: actor.clone(),
        verb: verb(name),
        object: object.clone(),
        result,
        context: context.clone(),
        timestamp: rec.timestamp.clone(),
        version: XAPI_VERSION.into(),
    };
    let mut out = vec![make("initialized", None)];
    let Some(scores) = run.scores.as_ref().filter(|_| run.finished) else {
        return out;
    };
    let overall = scores.overall.clamp(0.0, 100.0);
    let passed = run.scenario.pass_mark.map(|mark| overall >= mark);
    let result = XResult {
        score: Some(Score {
            scaled: overall / 100.0,
            raw: overall,
            min: 0.0,
            max: 100.0,
        }),
        success: passed,
        completion: true,
        duration,
    };
    out.push(make("completed", Some(result.clone())));
    if let Some(p) = passed {
        out.push(make(if p { "passed" } else { "failed" }, Some(result)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_iso_8601() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(59), "PT59S");
        assert_eq!(iso_duration(3600), "PT1H");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
    }

    #[test]
    fn ids_are_uuids_and_stable() {
        let a = uuid_of(&["statement", "run", "completed"]);
        assert_eq!(a, uuid_of(&["statement", "run", "completed"]));
        assert_ne!(a, uuid_of(&["statement", "run", "passed"]));
        let u = uuid::Uuid::parse_str(&a).expect("a UUID");
        assert_eq!(u.get_version_num(), 8);
    }
}
