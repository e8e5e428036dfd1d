//! Workshops: every team's run file from one folder, checked to be the same scenario
//! and seed, compared on the scenario's score weights, beside the bots on that seed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::debrief::{BotRun, part_name, play_bots};
use crate::format::hash::content_hash;
use maud::{Markup, html};

use super::html::{Chart, PALETTE, Series, page};
use crate::format::FileError;
use crate::format::runfile::{self, RunFile, WeekLine, week_lines};
use crate::i18n::decimal;
use crate::narrate::{money, pct};
use crate::scenario::{Scenario, clean, shown};
use crate::sim::{Action, Run, ScorePart, Scores, WeekSummary};
use crate::t;

/// One team's run.
#[derive(Clone, Debug, Serialize)]
pub struct Team {
    pub name: String,
    pub file: PathBuf,
    pub finished: bool,
    pub weeks_played: u32,
    pub scores: Scores,
    pub weeks: Vec<WeekLine>,
    /// Each week's decisions in short words, for the timeline.
    pub decisions: Vec<String>,
}

/// A file that was not admitted, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Refused {
    pub file: PathBuf,
    pub reason: String,
}

/// The comparison of a workshop.
#[derive(Clone, Debug, Serialize)]
pub struct Workshop {
    pub scenario_id: String,
    pub scenario_title: String,
    pub scenario_hash: String,
    pub seed: u64,
    pub weeks: u32,
    /// Best overall score first; unfinished runs are scored on the weeks played.
    pub teams: Vec<Team>,
    pub refused: Vec<Refused>,
    pub bots: Vec<BotRun>,
}

/// What the facilitator expects; unset parts are taken from the most common run.
#[derive(Clone, Debug, Default)]
pub struct Expect {
    pub seed: Option<u64>,
    pub scenario: Option<Arc<Scenario>>,
}

/// One week's decisions in a line. `week` is that week's record: seats change hands
/// only when the next week opens, so its names are the ones the plan was made with.
fn summary(plan: &crate::sim::Plan, week: &WeekSummary) -> String {
    let mut parts: Vec<String> = plan
        .actions
        .iter()
        .map(|a| match a {
            Action::Coach { rep, skill, hours } => t!(
                "workshop-decision-coach",
                rep = week.rep_name(*rep).to_string(),
                skill = crate::narrate::words::skill(*skill),
                hours = decimal(*hours, 0)
            ),
            a => crate::narrate::actions::label(a.kind()),
        })
        .collect();
    if parts.is_empty() {
        parts.push(t!("workshop-no-actions"));
    }
    t!(
        "workshop-decisions",
        actions = parts.join(", "),
        absorb = pct(plan.absorb)
    )
}

/// The value seen most often (the last of equals, in order).
fn most_common<T: PartialEq>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for x in items {
        match counts.iter_mut().find(|(k, _)| *k == x) {
            Some((_, n)) => *n += 1,
            None => counts.push((x, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k)
}

/// Where a team's game saved its run in the workshop folder.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamSave {
    pub path: PathBuf,
    /// Set when the file the team's name gives held another game's run: that file,
    /// left as it was (the run went to `path` instead).
    pub clash: Option<PathBuf>,
    /// Whether `path` was new: the first save there (a clash is news only then).
    pub new_file: bool,
}

/// Whether `existing` is an earlier (or the same) state of the game `mine` comes
/// from: same scenario, seed and player, and its weeks are the first of mine.
fn same_game(existing: &RunFile, mine: &RunFile) -> bool {
    // Games record their own id: the id alone decides. Identical plans from two
    // teams (two teams pressing "Resolve" on an empty week) are still two games.
    if !existing.run_id.is_empty() || !mine.run_id.is_empty() {
        return existing.run_id == mine.run_id
            && existing.scenario_hash == mine.scenario_hash
            && existing.seed == mine.seed;
    }
    existing.scenario_hash == mine.scenario_hash
        && existing.seed == mine.seed
        && existing.player == mine.player
        && existing.plans.len() <= mine.plans.len()
        && mine.plans[..existing.plans.len()] == existing.plans[..]
        && mine.injections.starts_with(&existing.injections)
}

/// Saves a team's run as `DIR/NAME.ron`, never over a file that holds another game's
/// run (two teams that typed the same name, or none): then as `NAME-2.ron`,
/// `NAME-3.ron`, ..., the first that is free or holds this game's own earlier run.
/// A file that cannot be read as a run is another game's too, and kept.
pub fn save_team_run(dir: &Path, file_name: &str, run: &RunFile) -> Result<TeamSave, FileError> {
    let stem = file_name.strip_suffix(".ron").unwrap_or(file_name);
    let preferred = dir.join(format!("{stem}.ron"));
    let mut clash = None;
    for n in 1..=1000u32 {
        let path = if n == 1 {
            preferred.clone()
        } else {
            dir.join(format!("{stem}-{n}.ron"))
        };
        let exists = std::fs::symlink_metadata(&path).is_ok();
        if exists && !RunFile::load(&path).is_ok_and(|old| same_game(&old, run)) {
            clash.get_or_insert_with(|| preferred.clone());
            continue;
        }
        runfile::write_atomic(&path, run.to_ron().as_bytes())
            .map_err(|e| FileError::io(&path, e))?;
        return Ok(TeamSave {
            path,
            clash,
            new_file: !exists,
        });
    }
    Err(FileError::io(
        dir,
        t!("workshop-too-many", name = format!("{stem:?}")),
    ))
}

/// Reads every `*.ron` run file of a folder and builds the comparison.
pub fn load_dir(dir: &Path, expect: &Expect) -> Result<Workshop, FileError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| FileError::io(dir, crate::i18n::os_error(&e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Every `*.ron` entry is read, so one that is not a regular file (a folder,
        // a pipe, a link to a device, a link loop) is refused by name, not skipped.
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        // The facilitator's event deck lives beside the runs, and a saves folder
        // holds the game's kept copy of each save: neither is a team's run.
        .filter(|p| p.file_name().is_none_or(|n| n != "deck.ron"))
        .filter(|p| !runfile::is_previous(p))
        .collect();
    files.sort();
    let mut refused = Vec::new();
    let mut loaded: Vec<(PathBuf, RunFile)> = Vec::new();
    for f in files {
        match RunFile::load(&f) {
            Ok(r) => match loaded.iter().find(|(_, seen)| *seen == r) {
                // A copied file is one team's run, counted once.
                Some((first, _)) => refused.push(Refused {
                    reason: t!("workshop-copy", file = shown(&f), first = shown(first)),
                    file: f,
                }),
                None => loaded.push((f, r)),
            },
            Err(e) => refused.push(Refused {
                file: f,
                reason: e.to_string(),
            }),
        }
    }
    // The reference: what the facilitator said, else the most common scenario and seed.
    let (hash, seed) = match &expect.scenario {
        Some(s) => {
            let hash = content_hash(&**s);
            let seed = expect.seed.or_else(|| {
                most_common(
                    loaded
                        .iter()
                        .filter(|(_, r)| r.scenario_hash == hash)
                        .map(|(_, r)| r.seed),
                )
            });
            (hash, seed.unwrap_or(0))
        }
        None => {
            let pairs = loaded
                .iter()
                .map(|(_, r)| (r.scenario_hash.clone(), r.seed))
                .filter(|(_, s)| expect.seed.is_none_or(|e| e == *s));
            match most_common(pairs) {
                Some(pair) => pair,
                None => {
                    return Err(FileError::io(
                        dir,
                        if refused.is_empty() {
                            t!("workshop-no-runs")
                        } else {
                            t!(
                                "workshop-no-runs-refused",
                                n = refused.len(),
                                reasons = refused
                                    .iter()
                                    .map(|r| r.reason.clone())
                                    .collect::<Vec<_>>()
                                    .join("; ")
                            )
                        },
                    ));
                }
            }
        }
    };

    let mut teams = Vec::new();
    let mut scenario: Option<Arc<Scenario>> = expect.scenario.clone();
    let mut longest: Option<Run> = None;
    for (f, r) in loaded {
        if r.scenario_hash != hash {
            refused.push(Refused {
                reason: t!(
                    "workshop-other-scenario",
                    file = shown(&f),
                    id = clean(&r.scenario_id),
                    hash = r.scenario_hash.clone(),
                    expected = hash.clone()
                ),
                file: f,
            });
            continue;
        }
        if r.seed != seed {
            refused.push(Refused {
                reason: t!(
                    "workshop-other-seed",
                    file = shown(&f),
                    seed = r.seed.to_string(),
                    expected = seed.to_string()
                ),
                file: f,
            });
            continue;
        }
        let run = match r.resimulate(&shown(&f)) {
            Ok(run) => run,
            Err(e) => {
                refused.push(Refused {
                    file: f,
                    reason: e.to_string(),
                });
                continue;
            }
        };
        if scenario.is_none() {
            scenario = Some(run.scenario().clone());
        }
        let decisions = run
            .ledger()
            .plans
            .iter()
            .zip(&run.ledger().history)
            .map(|(p, w)| summary(p, w))
            .collect();
        // Names are shown on a terminal and a projector: control characters escaped.
        let name = if r.player.trim().is_empty() {
            f.file_stem()
                .map(|s| clean(&s.to_string_lossy()))
                .unwrap_or_default()
        } else {
            clean(&r.player)
        };
        teams.push(Team {
            name,
            file: f,
            finished: run.is_finished(),
            weeks_played: run.tick(),
            scores: run.scores(),
            weeks: week_lines(&run),
            decisions,
        });
        // The bots get the events of the team that saw the most of them (the furthest
        // on, among equals), whatever order the files are read in.
        let reach = |r: &Run| (r.org().injections.len(), r.tick());
        if longest.as_ref().is_none_or(|l| reach(&run) > reach(l)) {
            longest = Some(run);
        }
    }
    let Some(scenario) = scenario else {
        return Err(FileError::io(dir, t!("workshop-none-matches")));
    };
    // Two games under one name (two teams typed the same, or none) are both listed,
    // each with its file, so the facilitator sees the clash.
    let names: Vec<String> = teams.iter().map(|t| t.name.clone()).collect();
    for t in &mut teams {
        if names.iter().filter(|n| **n == t.name).count() > 1 {
            let file = t
                .file
                .file_name()
                .map(|f| clean(&f.to_string_lossy()))
                .unwrap_or_default();
            t.name = t!("workshop-same-name", name = t.name.clone(), file = file);
        }
    }
    teams.sort_by(|a, b| {
        b.scores
            .overall
            .total_cmp(&a.scores.overall)
            .then(a.name.cmp(&b.name))
    });
    // The bots play the whole scenario with the facilitator's events.
    let injections = longest
        .as_ref()
        .map_or(&[][..], |l| &l.org().injections[..]);
    let bots = play_bots(&scenario, seed, injections);
    Ok(Workshop {
        scenario_id: scenario.id.clone(),
        scenario_title: scenario.title.to_string(),
        scenario_hash: hash,
        seed,
        weeks: scenario.weeks,
        teams,
        refused,
        bots,
    })
}

/// A folder's files with when each last changed and its size: what a comparison was
/// built from, so it is built again only when a team has saved.
pub type FolderStamp = Vec<(PathBuf, Option<std::time::SystemTime>, u64)>;

/// The folder's stamp now.
pub fn folder_stamp(dir: &Path) -> FolderStamp {
    let mut files: FolderStamp = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .map(|p| {
            let meta = std::fs::metadata(&p).ok();
            let modified = meta.as_ref().and_then(|m| m.modified().ok());
            (p, modified, meta.map_or(0, |m| m.len()))
        })
        .collect();
    files.sort();
    files
}

/// One leaderboard row: rank, name, overall, the seven parts, revenue, status.
fn score_row(bot: bool, rank: &str, name: &str, scores: &Scores, status: &str) -> Markup {
    html! {
        tr.bot[bot] {
            td { (rank) } td { (name) } td { (decimal(scores.overall, 0)) }
            @for p in ScorePart::ALL { td { (decimal(scores.part(p), 2)) } }
            td { (money(scores.revenue)) } td { (status) }
        }
    }
}

impl Workshop {
    /// The whole comparison as one self-contained HTML page.
    pub fn html(&self) -> String {
        page(
            &t!("workshop-title", title = self.scenario_title.clone()),
            self.html_body(),
        )
        .into_string()
    }

    /// The comparison's content without the page around it (the workshop server
    /// refreshes it in place).
    pub fn html_body(&self) -> Markup {
        html! {
            h1 { (t!("workshop-heading", title = self.scenario_title.clone())) }
            p.sub {
                (self.scenario_id) " · " (t!("html-seed", seed = self.seed.to_string()))
                " · " (t!("workshop-code", code = format!("{}/{}", self.scenario_id, self.seed)))
                " · " (t!("workshop-weeks", weeks = self.weeks))
                " · " (t!("workshop-teams", n = self.teams.len()))
                " · " (t!("workshop-hash", hash = self.scenario_hash.clone()))
            }
            @if !self.refused.is_empty() {
                h2 { (t!("workshop-refused")) }
                ul { @for r in &self.refused { li { (r.reason) } } }
            }
            h2 { (t!("workshop-leaderboard")) }
            table {
                thead { tr {
                    th { "#" } th { (t!("workshop-col-team")) } th { (t!("html-overall")) }
                    @for p in ScorePart::ALL { th { (part_name(p)) } }
                    th { (t!("html-col-revenue")) } th { (t!("workshop-col-status")) }
                } }
                tbody {
                    @for (i, team) in self.teams.iter().enumerate() {
                        @let status = if team.finished {
                            t!("workshop-finished")
                        } else {
                            t!("workshop-unfinished", played = team.weeks_played, total = self.weeks)
                        };
                        (score_row(false, &(i + 1).to_string(), &team.name, &team.scores, &status))
                    }
                    @for b in &self.bots {
                        (score_row(true, "", &t!("workshop-bot", name = b.name.clone()), &b.scores, &t!("workshop-reference")))
                    }
                }
            }
            h2 { (t!("workshop-curves")) }
            div.charts {
                (self.curve(&t!("workshop-chart-revenue"), &|w| w.cum_revenue, true))
                (self.curve(&t!("workshop-chart-margin"), &|w| w.cum_margin, true))
                (self.curve(&t!("workshop-chart-skill"), &|w| w.capability, false))
            }
            h2 { (t!("workshop-decisions-heading")) }
            table {
                thead { tr { th { (t!("html-week")) } @for team in &self.teams { th { (team.name) } } } }
                tbody {
                    @for w in 0..self.weeks as usize {
                        tr {
                            td { (w + 1) }
                            @for team in &self.teams {
                                td style="text-align:left" { (team.decisions.get(w).map_or("—", String::as_str)) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One chart of every team (solid) and bot (dashed).
    fn curve(&self, title: &str, f: &dyn Fn(&WeekLine) -> f64, money: bool) -> Markup {
        let teams = self.teams.iter().enumerate().map(|(i, t)| Series {
            name: t.name.clone(),
            color: PALETTE[i % PALETTE.len()],
            points: t.weeks.iter().map(|w| (w.week as f64, f(w))).collect(),
            dashed: false,
        });
        let bots = self.bots.iter().enumerate().map(|(i, b)| Series {
            name: t!("workshop-bot", name = b.name.clone()),
            color: PALETTE[(self.teams.len() + i) % PALETTE.len()],
            points: b.weeks.iter().map(|w| (w.week as f64, f(w))).collect(),
            dashed: true,
        });
        Chart {
            title: title.into(),
            series: teams.chain(bots).collect(),
            money,
        }
        .svg()
    }
}
