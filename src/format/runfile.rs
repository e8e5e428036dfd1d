//! Run files: scenario + seed + decisions (+ facilitator events), with the weekly
//! summaries and scores they produced, so anyone can replay and check them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::hash::content_hash;
use crate::scenario::{self, Scenario, ScenarioError, clean};
use crate::sim::{Injection, Plan, Run, Scores};

/// Version of the run-file format this build writes and reads.
pub const FORMAT: u32 = 1;
/// Longest player (team) name a run file may record.
pub const MAX_PLAYER_CHARS: usize = 60;
/// Largest run file accepted (a 104-week, 100-rep run is well under this).
pub const MAX_RUN_BYTES: u64 = 32 * 1024 * 1024;

/// A week's headline figures, as stored in run files and compared by `replay`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekLine {
    pub week: u32,
    pub revenue: f64,
    pub cum_revenue: f64,
    pub margin: f64,
    pub cum_margin: f64,
    pub quota_to_date: f64,
    pub wins: u32,
    pub losses: u32,
    pub leads: u32,
    pub open_deals: u32,
    pub capability: f64,
    pub morale: f64,
    pub hours: [f64; 5],
}

/// A played run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunFile {
    pub format: u32,
    /// The model version the run was played on (files from before versions were
    /// recorded are version 1).
    #[serde(default = "first_model")]
    pub model: u32,
    pub scenario_id: String,
    /// Content hash of the scenario the run was played on.
    pub scenario_hash: String,
    pub seed: u64,
    /// Who played (a workshop team name, a bot's name, or empty).
    #[serde(default)]
    pub player: String,
    /// A game's own id, the same in every save of one game and different between
    /// games, so a workshop folder never mistakes one team's run for another's.
    /// Empty for runs not played in the game (`play`, bots) and older files.
    #[serde(default)]
    pub run_id: String,
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub injections: Vec<Injection>,
    pub weeks: Vec<WeekLine>,
    pub finished: bool,
    pub scores: Option<Scores>,
    /// The scenario itself, so a run file replays on its own.
    pub scenario: Scenario,
}

fn first_model() -> u32 {
    1
}

/// The fields read before anything else, so a file from another model version is
/// named as such rather than failing on a field that changed.
#[derive(Deserialize)]
struct Header {
    #[serde(default = "first_model")]
    model: u32,
}

/// Why a run file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RunFileError {
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    #[error(
        "{}",
        crate::t!(
            "file-run-model",
            path = path.clone(),
            found = found.to_string(),
            model = crate::sim::MODEL_VERSION.to_string()
        )
    )]
    Model { path: String, found: u32 },
    #[error(
        "{}",
        crate::t!(
            "file-run-format",
            path = path.clone(),
            found = found.to_string(),
            format = FORMAT.to_string()
        )
    )]
    Format { path: String, found: u32 },
    #[error(
        "{}",
        crate::t!(
            "file-run-hash",
            path = path.clone(),
            expected = expected.clone(),
            actual = actual.clone()
        )
    )]
    Hash {
        path: String,
        expected: String,
        actual: String,
    },
    #[error("{}", crate::t!("file-run-bad-scenario", path = path.clone(), message = message.clone()))]
    BadScenario { path: String, message: String },
    #[error("{}", crate::t!("file-run-bad-event", path = path.clone(), message = message.clone()))]
    BadEvent { path: String, message: String },
    #[error(
        "{}",
        crate::t!(
            "file-run-bad-plan",
            path = path.clone(),
            week = week.to_string(),
            message = message.clone()
        )
    )]
    BadPlan {
        path: String,
        week: u32,
        message: String,
    },
    #[error(
        "{}",
        crate::t!(
            "file-run-inconsistent",
            path = path.clone(),
            n = problems.len(),
            problems = problems.join("; ")
        )
    )]
    Inconsistent { path: String, problems: Vec<String> },
    #[error("{}", crate::t!("file-run-unwritable", path = path.clone(), message = message.clone()))]
    Write { path: String, message: String },
}

/// Longest run id a run file may record.
pub const MAX_RUN_ID_CHARS: usize = 64;

/// A fresh id for a new game: the clock and the process, as 32 hex digits. Not part
/// of the simulation, so it never changes what a run does.
pub fn new_run_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mix = (std::process::id() as u64) << 32 ^ n;
    format!("{nanos:016x}{mix:016x}")
}

/// Whether a recorded run id is one this program could have written.
pub fn valid_run_id(id: &str) -> bool {
    id.len() <= MAX_RUN_ID_CHARS && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// One headline line per week of a run.
pub fn week_lines(run: &Run) -> Vec<WeekLine> {
    run.ledger()
        .history
        .iter()
        .map(|w| {
            let people: Vec<_> = w.reps.iter().filter(|r| r.active && !r.book).collect();
            let n = people.len().max(1) as f64;
            WeekLine {
                week: w.week,
                revenue: w.revenue,
                cum_revenue: w.cum_revenue,
                margin: w.margin,
                cum_margin: w.cum_margin,
                quota_to_date: w.quota_to_date,
                wins: w.wins,
                losses: w.losses,
                leads: w.leads,
                open_deals: w.open_deals,
                capability: people.iter().map(|r| r.skills.mean()).sum::<f64>() / n,
                morale: people.iter().map(|r| r.morale).sum::<f64>() / n,
                hours: w.hours,
            }
        })
        .collect()
}

impl RunFile {
    /// Captures a run (finished or not).
    pub fn from_run(run: &Run, player: &str) -> RunFile {
        RunFile {
            format: FORMAT,
            model: crate::sim::MODEL_VERSION,
            scenario_id: run.scenario().id.clone(),
            scenario_hash: content_hash(&**run.scenario()),
            seed: run.seed(),
            player: player.to_string(),
            run_id: String::new(),
            plans: run.ledger().plans.clone(),
            injections: run.org().injections.clone(),
            weeks: week_lines(run),
            finished: run.is_finished(),
            scores: run.is_finished().then(|| run.scores()),
            scenario: (**run.scenario()).clone(),
        }
    }

    /// Serialises to pretty RON.
    pub fn to_ron(&self) -> String {
        let cfg = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .struct_names(false)
            .compact_arrays(true);
        ron::ser::to_string_pretty(self, cfg).unwrap_or_default()
    }

    /// Writes atomically: a temporary file beside the target, then a rename, so a
    /// crash never leaves a half-written run file or destroys the previous one.
    pub fn save(&self, path: &Path) -> Result<(), RunFileError> {
        write_atomic(path, self.to_ron().as_bytes()).map_err(|e| RunFileError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// Reads and checks a run file (format, size, hash of the embedded scenario).
    pub fn load(path: &Path) -> Result<RunFile, RunFileError> {
        let bytes = scenario::read_limited(path, MAX_RUN_BYTES)?;
        RunFile::parse(&scenario::shown(path), &bytes)
    }

    /// Parses and checks run-file bytes; `name` is used in messages.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<RunFile, RunFileError> {
        let text = scenario::text_of(name, bytes)?;
        if text.trim().is_empty() {
            return Err(ScenarioError::Empty { path: name.into() }.into());
        }
        // The escape check first: the header read runs the parser over the whole text.
        scenario::check_escapes(name, text)?;
        if let Ok(h) = ron::Options::default().from_str::<Header>(text)
            && h.model != crate::sim::MODEL_VERSION
        {
            return Err(RunFileError::Model {
                path: name.into(),
                found: h.model,
            });
        }
        let rf: RunFile = scenario::parse_ron(name, text)?;
        if rf.format != FORMAT {
            return Err(RunFileError::Format {
                path: name.into(),
                found: rf.format,
            });
        }
        let actual = content_hash(&rf.scenario);
        if actual != rf.scenario_hash {
            return Err(RunFileError::Hash {
                path: name.into(),
                expected: rf.scenario_hash.clone(),
                actual,
            });
        }
        let (errors, _) = scenario::validate(&rf.scenario);
        if let Some(p) = errors.first() {
            return Err(RunFileError::BadScenario {
                path: name.into(),
                message: p.to_string(),
            });
        }
        let problems = rf.inconsistencies();
        if !problems.is_empty() {
            return Err(RunFileError::Inconsistent {
                path: name.into(),
                problems,
            });
        }
        // Recorded events get the limits scenario events have: a hand-edited file must
        // not be able to flood a replay with millions of leads.
        for (i, inj) in rf.injections.iter().enumerate() {
            let at = format!("injections[{i}].kind");
            if let Some(p) = scenario::check_event(&inj.kind, &at, Some(&rf.scenario)).first() {
                return Err(RunFileError::BadEvent {
                    path: name.into(),
                    message: p.to_string(),
                });
            }
        }
        Ok(rf)
    }

    /// Every way the file's parts disagree with each other: the scenario id against
    /// the embedded scenario, `finished` and `scores` against the weeks recorded, the
    /// plans against the weeks, the player's name against the limits of a name.
    pub fn inconsistencies(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.scenario_id != self.scenario.id {
            p.push(crate::t!(
                "file-run-scenario-id",
                id = format!("{:?}", clean(&self.scenario_id)),
                embedded = format!("{:?}", self.scenario.id)
            ));
        }
        if !valid_run_id(&self.run_id) {
            p.push(crate::t!(
                "file-run-run-id",
                id = format!("{:?}", clean(&self.run_id)),
                max = MAX_RUN_ID_CHARS
            ));
        }
        let weeks = self.scenario.weeks as usize;
        if self.plans.len() > weeks {
            p.push(crate::t!(
                "file-run-too-many-plans",
                plans = self.plans.len(),
                weeks = weeks
            ));
        }
        if self.weeks.len() != self.plans.len() {
            p.push(crate::t!(
                "file-run-weeks-vs-plans",
                weeks = self.weeks.len(),
                plans = self.plans.len()
            ));
        }
        let complete = self.plans.len() == weeks;
        if self.finished != complete {
            p.push(crate::t!(
                "file-run-finished",
                finished = self.finished.to_string(),
                played = self.plans.len(),
                weeks = weeks
            ));
        }
        if self.finished != self.scores.is_some() {
            p.push(if self.finished {
                crate::t!("file-run-scores-missing")
            } else {
                crate::t!("file-run-scores-early")
            });
        }
        if self.player.chars().count() > MAX_PLAYER_CHARS {
            p.push(crate::t!(
                "file-run-player-too-long",
                chars = self.player.chars().count(),
                max = MAX_PLAYER_CHARS
            ));
        } else if self.player.chars().any(char::is_control) {
            p.push(crate::t!(
                "file-run-player-control",
                name = format!("{:?}", clean(&self.player))
            ));
        }
        p
    }

    /// Re-simulates the recorded decisions from the embedded scenario and seed.
    pub fn resimulate(&self, name: &str) -> Result<Run, RunFileError> {
        let mut run = Run::new(Arc::new(self.scenario.clone()), self.seed);
        run.inject_recorded(&self.injections);
        for (i, plan) in self.plans.iter().enumerate() {
            run.step(plan).map_err(|e| RunFileError::BadPlan {
                path: name.into(),
                week: i as u32 + 1,
                message: e.to_string(),
            })?;
        }
        Ok(run)
    }
}

/// Where a replay first differs from its run file.
#[derive(Clone, Debug, PartialEq)]
pub enum Divergence {
    /// Week count differs.
    Length { recorded: usize, replayed: usize },
    /// A week's figure differs.
    Week {
        week: u32,
        field: String,
        recorded: String,
        replayed: String,
    },
    /// Final scores differ.
    Scores { recorded: String, replayed: String },
}

impl std::fmt::Display for Divergence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Divergence::Length { recorded, replayed } => f.write_str(&crate::t!(
                "file-run-diverges-length",
                recorded = *recorded,
                replayed = *replayed
            )),
            Divergence::Week {
                week,
                field,
                recorded,
                replayed,
            } => f.write_str(&crate::t!(
                "file-run-diverges-week",
                week = week.to_string(),
                field = field.clone(),
                recorded = recorded.clone(),
                replayed = replayed.clone()
            )),
            Divergence::Scores { recorded, replayed } => f.write_str(&crate::t!(
                "file-run-diverges-scores",
                recorded = recorded.clone(),
                replayed = replayed.clone()
            )),
        }
    }
}

/// Compares a replay with the recorded run; `None` when identical.
pub fn diverges(recorded: &RunFile, replayed: &Run) -> Option<Divergence> {
    let lines = week_lines(replayed);
    for (a, b) in recorded.weeks.iter().zip(&lines) {
        if a != b {
            let (ra, rb) = (
                ron::to_string(a).unwrap_or_default(),
                ron::to_string(b).unwrap_or_default(),
            );
            let field = first_difference(a, b);
            return Some(Divergence::Week {
                week: a.week,
                field,
                recorded: ra,
                replayed: rb,
            });
        }
    }
    if recorded.weeks.len() != lines.len() {
        return Some(Divergence::Length {
            recorded: recorded.weeks.len(),
            replayed: lines.len(),
        });
    }
    let scores = replayed.is_finished().then(|| replayed.scores());
    if recorded.scores != scores {
        return Some(Divergence::Scores {
            recorded: format!("{:?}", recorded.scores.as_ref().map(|s| s.overall)),
            replayed: format!("{:?}", scores.as_ref().map(|s| s.overall)),
        });
    }
    None
}

fn first_difference(a: &WeekLine, b: &WeekLine) -> String {
    let pairs: [(&str, f64, f64); 10] = [
        ("revenue", a.revenue, b.revenue),
        ("cum_revenue", a.cum_revenue, b.cum_revenue),
        ("margin", a.margin, b.margin),
        ("cum_margin", a.cum_margin, b.cum_margin),
        ("wins", a.wins as f64, b.wins as f64),
        ("losses", a.losses as f64, b.losses as f64),
        ("leads", a.leads as f64, b.leads as f64),
        ("open_deals", a.open_deals as f64, b.open_deals as f64),
        ("capability", a.capability, b.capability),
        ("morale", a.morale, b.morale),
    ];
    pairs
        .iter()
        .find(|(_, x, y)| x != y)
        .map_or("hours".to_string(), |(n, _, _)| n.to_string())
}

/// Writes bytes to `path` atomically (temp file in the same folder, fsync, rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    if result.is_ok() {
        sweep_stale_temps(dir, &name);
    }
    result.map_err(crate::i18n::localized)
}

/// Removes the temporary files of earlier writes of the same file that were killed
/// before their rename (`.NAME.PID.tmp` whose process is gone, or over an hour old),
/// so killed writes do not pile up beside run files.
fn sweep_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|f| f.strip_suffix(".tmp"))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let gone = if cfg!(target_os = "linux") {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            false
        };
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if gone || old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The kept copy of a save: `autosave.ron` → `autosave.prev.ron`. The game keeps one
/// before each save replaces the last, so a damaged save never costs more than a week.
pub fn previous(path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("save");
    path.with_file_name(format!("{stem}.prev.ron"))
}

/// Whether a file is such a kept copy (a backup, not another team's run).
pub fn is_previous(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".prev.ron"))
}

/// Longest [`slug`]: what a scenario id may be.
pub const MAX_SLUG: usize = 64;

/// A file-name-safe id from what a person typed (a scenario's name, a team's name):
/// lowercase ASCII letters and digits (accented Latin letters lose their accents,
/// `ß` becomes `ss`), runs of anything else as one `-`, at most [`MAX_SLUG`]
/// characters (cut at a `-` where there is one).
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let ascii = if c.is_ascii_alphanumeric() {
            Some(c.to_string())
        } else {
            unaccent(c).map(str::to_string)
        };
        match ascii {
            Some(a) => s.push_str(&a),
            None if !s.ends_with('-') && !s.is_empty() => s.push('-'),
            None => {}
        }
    }
    let s = s.trim_end_matches('-');
    if s.len() <= MAX_SLUG {
        return s.to_string();
    }
    let cut = &s[..MAX_SLUG];
    match cut.rfind('-') {
        Some(i) if i >= MAX_SLUG / 2 => cut[..i].to_string(),
        _ => cut.trim_end_matches('-').to_string(),
    }
}

/// The plain letters of an accented Latin letter (lower case), if it is one.
fn unaccent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}
