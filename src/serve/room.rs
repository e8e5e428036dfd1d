//! The workshop room: its code, the teams with their runs, and the file in the
//! workshop folder that lets a restarted server pick every team up again.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::format::RunFile;
use crate::format::deck::{self, Deck};
use crate::format::runfile::{MAX_PLAYER_CHARS, new_run_id, slug, write_atomic};
use crate::report::workshop::{FolderStamp, Workshop, save_team_run};
use crate::scenario::{Scenario, clean, ron_options};
use crate::sim::{Action, Plan, PlanError, Run};
use crate::t;

/// Name of the room's file in the workshop folder. Not `*.ron`, so `pitcrew
/// workshop DIR` never mistakes it for a team's run.
pub const ROOM_FILE: &str = ".pitcrew-room";

/// Most teams one room takes (a training room, not a conference).
pub const MAX_TEAMS: usize = 64;
/// Most actions one week's plan may hold (the game's planner never gets near it).
pub const MAX_ACTIONS: usize = 40;

/// What the room keeps on disk about one team; the run itself is the team's run file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TeamRecord {
    pub name: String,
    /// The team's secret: the team page's address holds it.
    pub token: String,
    pub run_id: String,
    /// The run file's name in the workshop folder.
    pub file: String,
    /// Marked finished by the facilitator: no more weeks.
    pub finished: bool,
}

/// The room's file.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct RoomFile {
    code: String,
    facilitator: String,
    seed: u64,
    paused: bool,
    scenario: Scenario,
    teams: Vec<TeamRecord>,
}

/// One team in play.
pub struct Team {
    pub record: TeamRecord,
    pub run: Run,
    /// The plan being drawn up for the week being planned.
    pub draft: Plan,
    /// What the team should read on its next page (cards dealt, refusals).
    pub notices: Vec<String>,
}

impl Team {
    pub(super) fn run_file(&self) -> RunFile {
        let mut f = RunFile::from_run(&self.run, &self.record.name);
        f.run_id = self.record.run_id.clone();
        f
    }
}

/// Why the room refused something a team or the facilitator asked for.
#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    EmptyName,
    NoTeam,
    /// A form lacks a field: `deal`, `discount`, `action` or `cap` (the message
    /// names it in the reader's language).
    Missing(&'static str),
    Full,
    Paused,
    Finished,
    TooManyActions,
    Plan(#[from] PlanError),
    File {
        path: String,
        reason: String,
    },
}

impl std::fmt::Display for RoomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RoomError::EmptyName => t!("serve-error-empty-name"),
            RoomError::NoTeam => t!("serve-error-no-team"),
            RoomError::Missing(field) => t!("serve-error-missing", field = *field),
            RoomError::Full => t!("serve-error-full", max = MAX_TEAMS),
            RoomError::Paused => t!("serve-error-paused"),
            RoomError::Finished => t!("serve-error-finished"),
            RoomError::TooManyActions => t!("serve-error-too-many-actions", max = MAX_ACTIONS),
            RoomError::Plan(e) => return e.fmt(f),
            RoomError::File { path, reason } => return write!(f, "{path}: {reason}"),
        };
        f.write_str(&text)
    }
}

/// The room: everything the server knows, behind one lock.
pub struct Room {
    pub code: String,
    pub facilitator: String,
    pub dir: PathBuf,
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    pub paused: bool,
    pub teams: Vec<Team>,
    /// The last comparison of the folder and what it was built from.
    pub(super) board: Option<(FolderStamp, Arc<Workshop>)>,
    /// Where finished teams' learning records go (`serve --lrs`), with the players'
    /// home page; they wait in `DIR/.xapi-queue` until the LRS has them.
    pub records: Option<(crate::xapi::Lrs, Option<String>)>,
}

/// A random secret of `n` characters from `alphabet`.
fn secret(alphabet: &[u8], n: usize) -> String {
    let mut rng = rand::rng();
    (0..n)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect()
}

/// Letters and digits that cannot be misread on a projector (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const TOKEN_ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

fn file_error(path: &Path, reason: impl ToString) -> RoomError {
    RoomError::File {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

impl Room {
    /// Opens the room in `dir`: the one a server left there (its code, teams and
    /// runs, each replayed from its run file), or a new one on `scenario` and `seed`.
    pub fn open(dir: &Path, scenario: Option<Arc<Scenario>>, seed: u64) -> Result<Room, RoomError> {
        let path = dir.join(ROOM_FILE);
        if path.exists() {
            return Room::reopen(dir, &path);
        }
        let scenario = scenario.ok_or_else(|| file_error(dir, t!("serve-error-no-room-yet")))?;
        let room = Room {
            code: secret(CODE_ALPHABET, 6),
            facilitator: secret(TOKEN_ALPHABET, 24),
            dir: dir.to_path_buf(),
            scenario,
            seed,
            paused: false,
            teams: Vec::new(),
            board: None,
            records: None,
        };
        room.save()?;
        Ok(room)
    }

    fn reopen(dir: &Path, path: &Path) -> Result<Room, RoomError> {
        let text = std::fs::read_to_string(path).map_err(|e| file_error(path, e))?;
        let f: RoomFile = ron_options()
            .from_str(&text)
            .map_err(|e| file_error(path, e))?;
        let scenario = Arc::new(f.scenario);
        let mut teams = Vec::new();
        for record in f.teams {
            let file = dir.join(&record.file);
            let run = if file.exists() {
                let saved = RunFile::load(&file).map_err(|e| file_error(&file, e))?;
                saved
                    .resimulate(&record.file)
                    .map_err(|e| file_error(&file, e))?
            } else {
                Run::new(scenario.clone(), f.seed)
            };
            teams.push(Team {
                record,
                run,
                draft: fresh_plan(),
                notices: Vec::new(),
            });
        }
        Ok(Room {
            code: f.code,
            facilitator: f.facilitator,
            dir: dir.to_path_buf(),
            scenario,
            seed: f.seed,
            paused: f.paused,
            teams,
            board: None,
            records: None,
        })
    }

    /// Writes the room's file atomically.
    pub fn save(&self) -> Result<(), RoomError> {
        let f = RoomFile {
            code: self.code.clone(),
            facilitator: self.facilitator.clone(),
            seed: self.seed,
            paused: self.paused,
            scenario: (*self.scenario).clone(),
            teams: self.teams.iter().map(|t| t.record.clone()).collect(),
        };
        let text = ron::ser::to_string_pretty(&f, ron::ser::PrettyConfig::new())
            .map_err(|e| file_error(&self.dir, e))?;
        let path = self.dir.join(ROOM_FILE);
        write_atomic(&path, text.as_bytes()).map_err(|e| file_error(&path, e))
    }

    /// A team joins: a new run on the room's scenario and seed, its run file written
    /// at once so the facilitator sees it. Returns the team's token.
    pub fn join(&mut self, name: &str) -> Result<String, RoomError> {
        let name: String = clean(name).trim().chars().take(MAX_PLAYER_CHARS).collect();
        if !name.chars().any(char::is_alphanumeric) {
            return Err(RoomError::EmptyName);
        }
        if self.teams.len() >= MAX_TEAMS {
            return Err(RoomError::Full);
        }
        let stem = match slug(&name) {
            s if s.is_empty() => "team".to_string(),
            s => s,
        };
        let mut team = Team {
            record: TeamRecord {
                name,
                token: secret(TOKEN_ALPHABET, 32),
                run_id: new_run_id(),
                file: format!("{stem}.ron"),
                finished: false,
            },
            run: Run::new(self.scenario.clone(), self.seed),
            draft: fresh_plan(),
            notices: Vec::new(),
        };
        write_run(&self.dir, &mut team)?;
        let token = team.record.token.clone();
        self.teams.push(team);
        self.save()?;
        Ok(token)
    }

    pub fn team(&self, token: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.record.token == token)
    }

    pub fn team_mut(&mut self, token: &str) -> Option<&mut Team> {
        self.teams.iter_mut().find(|t| t.record.token == token)
    }

    /// Adds an action to a team's draft if the whole plan stays valid.
    pub fn add_action(&mut self, token: &str, a: Action) -> Result<(), RoomError> {
        let team = self.team_mut(token).ok_or(RoomError::NoTeam)?;
        if team.draft.actions.len() >= MAX_ACTIONS {
            return Err(RoomError::TooManyActions);
        }
        let mut plan = team.draft.clone();
        plan.actions.push(a);
        team.run.validate_plan(&plan)?;
        team.draft = plan;
        Ok(())
    }

    /// Replaces a team's draft with a whole plan (a desktop game's week), if valid.
    pub fn set_draft(&mut self, token: &str, plan: Plan) -> Result<(), RoomError> {
        let team = self.team_mut(token).ok_or(RoomError::NoTeam)?;
        if plan.actions.len() > MAX_ACTIONS {
            return Err(RoomError::TooManyActions);
        }
        team.run.validate_plan(&plan)?;
        team.draft = plan;
        Ok(())
    }

    /// Resolves a team's week with its draft, writes its run file, and starts a fresh
    /// draft. The facilitator's new cards reach the team from its next week.
    pub fn resolve(&mut self, token: &str) -> Result<u32, RoomError> {
        if self.paused {
            return Err(RoomError::Paused);
        }
        let deck = Deck::load(&self.dir).unwrap_or_default();
        let i = self
            .teams
            .iter()
            .position(|t| t.record.token == token)
            .ok_or(RoomError::NoTeam)?;
        let team = &mut self.teams[i];
        if team.record.finished {
            return Err(RoomError::Finished);
        }
        let week = team.run.week();
        team.run.validate_plan(&team.draft)?;
        // Cards dealt while the team planned this week play from the next one.
        let dealt = deck::apply(&mut team.run, &deck);
        team.notices.extend(dealt);
        team.run.step(&team.draft)?;
        team.draft = Plan {
            absorb: team.draft.absorb,
            ..fresh_plan()
        };
        let before = team.record.file.clone();
        write_run(&self.dir, team)?;
        if team.run.is_finished() {
            self.record(i);
        }
        if self.teams[i].record.file != before {
            self.save()?;
        }
        Ok(week)
    }

    /// Sends a finished team's learning records, on a thread of its own: a slow or
    /// absent LRS never holds up the room, and the queue keeps what it has not taken.
    fn record(&self, team: usize) {
        let Some((lrs, home_page)) = self.records.clone() else {
            return;
        };
        let mut rec = crate::xapi::Recording::now(None);
        if let Some(h) = home_page {
            rec.home_page = h;
        }
        let statements = crate::xapi::statements(&self.teams[team].run_file(), &rec);
        let queue = self.dir.join(".xapi-queue");
        let _ = std::thread::Builder::new()
            .name("pitcrew-records".into())
            .spawn(move || match lrs.send(&queue, &statements) {
                Ok(sent) => super::say(&t!("serve-records-sent", summary = sent.summary())),
                Err(e) => eprintln!(
                    "{}",
                    t!(
                        "serve-records-failed",
                        queue = queue.display().to_string(),
                        error = e.to_string()
                    )
                ),
            });
    }

    /// Pauses or resumes every team's next week.
    pub fn set_paused(&mut self, paused: bool) -> Result<(), RoomError> {
        self.paused = paused;
        self.save()
    }

    /// Marks a team finished (or not): it plays no more weeks.
    pub fn set_finished(&mut self, token: &str, finished: bool) -> Result<(), RoomError> {
        if let Some(t) = self.team_mut(token) {
            t.record.finished = finished;
        }
        self.save()
    }
}

/// Writes a team's run file (never over another game's run: a clash goes to
/// `NAME-2.ron`, and the team's record follows it).
fn write_run(dir: &Path, team: &mut Team) -> Result<(), RoomError> {
    let saved =
        save_team_run(dir, &team.record.file, &team.run_file()).map_err(|e| file_error(dir, e))?;
    if let Some(name) = saved.path.file_name() {
        team.record.file = name.to_string_lossy().into_owned();
    }
    Ok(())
}

/// A new week's plan: half the demands absorbed, as the game starts it.
pub fn fresh_plan() -> Plan {
    Plan {
        absorb: 0.5,
        ..Plan::default()
    }
}
