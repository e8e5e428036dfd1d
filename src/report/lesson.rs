//! A scenario's lesson judged on outcomes: the claims each lesson makes (revenue, the
//! projected next two quarters, margin, capability, deal size, resignations, deals
//! moved on), the bot arms that test them on the same seeds, and the verdicts. `lint`
//! and `sensitivity` both judge with these.
//!
//! The checks of L4 and L5 are single-factor: the `typical` bot with one lever on
//! against the same bot with it off, so a check fails when the mechanism behind it is
//! switched off.

use std::sync::Arc;

use serde::Serialize;

use super::batch::Progress;
use super::compare::{PolicyOutcome, distribution};
use super::stats::{MetricRow, outcome_from};
use crate::narrate::pct;
use crate::policy::{self, Bot, BotParams, STANDARD};
use crate::scenario::{Lesson, Scenario};
use crate::sim::{Projection, Run, Stage};
use crate::t;

/// Share of seeds in which a lesson's claim must hold for lint to call it sound.
pub const LESSON_SHARE: f64 = 0.6;
/// Below this p90 attainment for the best bot, a scenario is unwinnable.
pub const UNWINNABLE_P90: f64 = 0.8;
/// Above this median attainment for the passive bot, a scenario is too easy: a manager
/// who does nothing should land near 90 % of quota, so the score can tell managers apart.
pub const TOO_EASY_MEDIAN: f64 = 1.05;

/// One line of the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// `false` for a problem, `true` for a check that passed.
    pub ok: bool,
    pub text: String,
}

/// The bots that playtest a scenario: the standard ones, and for L3 the coach who
/// coaches the wrong skill.
pub fn bots(scenario: &Scenario) -> Vec<&'static str> {
    let mut names: Vec<&str> = STANDARD.to_vec();
    if scenario.lesson == Some(Lesson::L3) {
        names.push("coach_wrong_skill");
    }
    names
}

/// What a lesson claim compares on each run. Outcomes only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Revenue over quota for the weeks played plus the projected next two quarters
    /// over their quota (what the manager sells now and leaves behind).
    RevenueNowAndNext,
    Revenue,
    /// Gain in the team's mean skill over the run.
    Capability,
    /// Gross margin in money: revenue less the cost of what was sold.
    MarginMoney,
    /// Mean value of the deals won that were opened during the run.
    WonDealSize,
    /// Reps who resigned during the run (fewer is better).
    Resignations,
    /// Deals moved on a stage, or won.
    Advances,
}

impl Measure {
    /// What it is called in a verdict.
    pub fn label(self) -> String {
        match self {
            Measure::RevenueNowAndNext => t!("lesson-measure-revenue-now-and-next"),
            Measure::Revenue => t!("lesson-measure-revenue"),
            Measure::Capability => t!("lesson-measure-capability"),
            Measure::MarginMoney => t!("lesson-measure-margin"),
            Measure::WonDealSize => t!("lesson-measure-deal-size"),
            Measure::Resignations => t!("lesson-measure-resignations"),
            Measure::Advances => t!("lesson-measure-advances"),
        }
    }

    /// Whether the projection must be played to judge it.
    pub fn needs_projection(self) -> bool {
        self == Measure::RevenueNowAndNext
    }

    fn value(self, f: &Figures) -> f64 {
        match self {
            Measure::RevenueNowAndNext => f.revenue_vs_quota + f.projection,
            Measure::Revenue => f.revenue,
            Measure::Capability => f.capability_gain,
            Measure::MarginMoney => f.margin,
            Measure::WonDealSize => f.won_deal_size,
            // Fewer is better: compare the negated count.
            Measure::Resignations => -f.resignations,
            Measure::Advances => f.advances,
        }
    }

    /// Whether `a` is strictly better than `b` on this measure.
    pub fn better(self, a: &Figures, b: &Figures) -> bool {
        self.value(a) > self.value(b)
    }
}

/// Everything a lesson check (or the bots' table) reads from one run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    /// Overall score; NaN when the projection was not played.
    pub overall: f64,
    pub revenue_vs_quota: f64,
    pub revenue: f64,
    /// The projected next two quarters over their quota; 0 when not played.
    pub projection: f64,
    pub capability_gain: f64,
    pub margin: f64,
    pub won_deal_size: f64,
    pub resignations: f64,
    pub advances: f64,
}

/// Figures of a finished run, and the table's row when the projection is played.
pub fn figures(run: &Run, projection: bool) -> (Figures, Option<MetricRow>) {
    let p = if projection {
        run.projection()
    } else {
        Projection::default()
    };
    let s = run.scores_with(&p);
    let (sum, n) = run
        .pipeline()
        .closed
        .iter()
        .filter(|d| d.stage == Stage::Won && !d.seeded)
        .fold((0.0, 0u32), |(s, n), d| (s + d.value, n + 1));
    let f = Figures {
        overall: if projection { s.overall } else { f64::NAN },
        revenue_vs_quota: s.revenue_vs_quota,
        revenue: s.revenue,
        projection: s.projection,
        capability_gain: s.capability_gain(),
        margin: s.margin,
        won_deal_size: if n > 0 { sum / n as f64 } else { 0.0 },
        resignations: run.team().departures.iter().filter(|d| !d.fired).count() as f64,
        advances: run
            .team()
            .seats()
            .map(|x| x.funnel.entered[1..].iter().sum::<u32>() + x.funnel.won)
            .sum::<u32>() as f64,
    };
    (f, projection.then(|| outcome_from(run, &s)))
}

/// A change to the scenario that one arm of a check plays on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// The company stops blaming the team (`company.blame` 0).
    NoBlame,
}

impl Change {
    pub fn apply(self, s: &mut Scenario) {
        match self {
            Change::NoBlame => s.company.blame = 0.0,
        }
    }
}

/// One side of a paired comparison: a bot, possibly with one lever changed, on the
/// scenario, possibly with one setting changed.
#[derive(Clone, Debug)]
pub struct Arm {
    pub label: String,
    pub bot: Bot,
    pub change: Option<Change>,
}

impl Arm {
    /// A built-in bot as it is.
    pub fn bot(name: &str) -> Arm {
        Arm {
            label: name.to_string(),
            bot: policy::by_name(name).unwrap_or_else(|| Bot::new(name, BotParams::default())),
            change: None,
        }
    }

    /// A built-in bot with one lever changed.
    pub fn lever(label: &str, base: &str, f: impl FnOnce(&mut BotParams)) -> Arm {
        let mut a = Arm::bot(base);
        f(&mut a.bot.params);
        a.label = label.to_string();
        a.bot.name = label.to_string();
        a
    }

    /// The scenario this arm plays: the given one, changed if the arm says so.
    pub fn scenario(&self, s: &Arc<Scenario>) -> Arc<Scenario> {
        match self.change {
            None => s.clone(),
            Some(c) => {
                let mut v = (**s).clone();
                c.apply(&mut v);
                Arc::new(v)
            }
        }
    }
}

/// One claim of a lesson: `better` beats `worse` on `measure` in at least
/// [`LESSON_SHARE`] of the seeds, paired.
#[derive(Clone, Debug)]
pub struct Claim {
    pub lesson: Lesson,
    /// Indices into [`Checks::arms`].
    pub better: usize,
    pub worse: usize,
    pub measure: Measure,
}

/// The arms to play and the claims to judge for one scenario.
#[derive(Clone, Debug, Default)]
pub struct Checks {
    pub arms: Vec<Arm>,
    /// Whether each arm's projection is played (its overall score is wanted, or a
    /// claim needs the projection).
    pub projection: Vec<bool>,
    pub claims: Vec<Claim>,
}

impl Checks {
    /// `scored` bots first (each played with its projection, for the bots' table or the
    /// best bot), then the arms of the scenario's lesson not among them.
    pub fn new(scenario: &Scenario, scored: &[&str]) -> Checks {
        let mut c = Checks::default();
        for n in scored {
            c.arm(Arm::bot(n), true);
        }
        let Some(lesson) = scenario.lesson else {
            return c;
        };
        let typical = || Arm::bot("typical");
        let pairs: Vec<(Arm, Arm, Measure)> = match lesson {
            // The temptation is real in the first weeks; the cost shows over the run and
            // the team it leaves behind.
            Lesson::L1 => vec![
                (
                    Arm::bot("coach"),
                    Arm::bot("super_closer"),
                    Measure::RevenueNowAndNext,
                ),
                (
                    Arm::bot("coach"),
                    Arm::bot("super_closer"),
                    Measure::Capability,
                ),
            ],
            Lesson::L2 => vec![(
                Arm::bot("value_seller"),
                Arm::bot("discounter"),
                Measure::MarginMoney,
            )],
            Lesson::L3 => vec![(
                Arm::bot("coach"),
                Arm::bot("coach_wrong_skill"),
                Measure::Capability,
            )],
            Lesson::L4 => {
                let mut v = vec![
                    (
                        Arm::lever("typical-with-outlook", "typical", |p| p.ask_outlook = true),
                        typical(),
                        Measure::WonDealSize,
                    ),
                    (
                        Arm::lever("typical-with-news", "typical", |p| p.news_every = Some(6)),
                        typical(),
                        Measure::Revenue,
                    ),
                ];
                // Accountability without responsibility: only a scenario with blame
                // claims it costs people.
                if scenario.company.blame > 0.0 {
                    let mut calm = typical();
                    calm.label = "typical-without-blame".to_string();
                    calm.change = Some(Change::NoBlame);
                    v.push((calm, typical(), Measure::Resignations));
                }
                v
            }
            Lesson::L5 => vec![
                (
                    Arm::lever("typical-with-prospecting-plans", "typical", |p| {
                        p.prospecting_plans = true
                    }),
                    typical(),
                    Measure::Revenue,
                ),
                (
                    Arm::lever("typical-with-workshops", "typical", |p| {
                        p.workshop_every = Some(6)
                    }),
                    typical(),
                    Measure::MarginMoney,
                ),
                (
                    Arm::lever("typical-with-reviews", "typical", |p| {
                        p.reviews = 3;
                        p.ride_alongs = 2;
                    }),
                    typical(),
                    Measure::Advances,
                ),
                (
                    Arm::lever("typical-absorbing-all", "typical", |p| p.absorb = 1.0),
                    Arm::lever("typical-passing-all-on", "typical", |p| p.absorb = 0.0),
                    Measure::Revenue,
                ),
            ],
        };
        for (a, b, measure) in pairs {
            let p = measure.needs_projection();
            let better = c.arm(a, p);
            let worse = c.arm(b, p);
            c.claims.push(Claim {
                lesson,
                better,
                worse,
                measure,
            });
        }
        c
    }

    /// Adds an arm (or finds the same one) and returns its index.
    fn arm(&mut self, a: Arm, projection: bool) -> usize {
        if let Some(i) = self
            .arms
            .iter()
            .position(|x| x.label == a.label && x.change == a.change)
        {
            self.projection[i] |= projection;
            return i;
        }
        self.arms.push(a);
        self.projection.push(projection);
        self.arms.len() - 1
    }

    /// The scenario each arm plays, derived from `s`.
    pub fn scenarios(&self, s: &Arc<Scenario>) -> Vec<Arc<Scenario>> {
        self.arms.iter().map(|a| a.scenario(s)).collect()
    }

    /// Plays arm `i` on one seed.
    pub fn play(
        &self,
        scenarios: &[Arc<Scenario>],
        i: usize,
        seed: u64,
    ) -> (Figures, Option<MetricRow>) {
        let run = super::batch::play_seed(&scenarios[i], &self.arms[i].bot, seed);
        figures(&run, self.projection[i])
    }

    /// Judges every claim from the figures of each arm on the same seeds
    /// (`figures[arm][seed]`).
    pub fn judge(&self, figures: &[Vec<Figures>]) -> Vec<ClaimResult> {
        self.claims
            .iter()
            .map(|c| {
                let (a, b) = (&figures[c.better], &figures[c.worse]);
                let n = a.len().min(b.len());
                let wins = a
                    .iter()
                    .zip(b)
                    .filter(|(x, y)| c.measure.better(x, y))
                    .count();
                let share = wins as f64 / n.max(1) as f64;
                ClaimResult {
                    lesson: c.lesson,
                    better: self.arms[c.better].label.clone(),
                    worse: self.arms[c.worse].label.clone(),
                    measure: c.measure,
                    share,
                    holds: n > 0 && share >= LESSON_SHARE,
                }
            })
            .collect()
    }
}

/// An arm in the reader's words: a lever's arm (`typical-with-news`) has a message,
/// a bot is named as the bots are (`coach`).
fn arm_words(label: &str) -> String {
    let id = format!("lesson-arm-{label}");
    if crate::i18n::has(crate::i18n::Lang::En, &id) {
        t!(&id)
    } else {
        label.to_string()
    }
}

/// A lesson claim judged over seeds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimResult {
    pub lesson: Lesson,
    pub better: String,
    pub worse: String,
    pub measure: Measure,
    /// Share of seeds where `better` is strictly ahead.
    pub share: f64,
    pub holds: bool,
}

impl ClaimResult {
    /// The claim in words, e.g. "coach beats super_closer on team capability".
    pub fn claim(&self) -> String {
        t!(
            "lesson-claim",
            better = arm_words(&self.better),
            worse = arm_words(&self.worse),
            measure = self.measure.label()
        )
    }

    pub fn finding(&self) -> Finding {
        let lesson = format!("{:?}", self.lesson);
        Finding {
            ok: self.holds,
            text: if self.holds {
                t!(
                    "lesson-holds",
                    lesson = lesson,
                    claim = self.claim(),
                    share = pct(self.share)
                )
            } else {
                t!(
                    "lesson-does-not-hold",
                    lesson = lesson,
                    better = arm_words(&self.better),
                    worse = arm_words(&self.worse),
                    measure = self.measure.label(),
                    share = pct(self.share),
                    needed = pct(LESSON_SHARE)
                )
            },
        }
    }
}

/// Plays every arm of `checks` on every seed (all cores) and returns the bots' table
/// rows of the scored arms and the figures of every arm, `[arm][seed]`.
pub fn play_checks(
    scenario: &Arc<Scenario>,
    checks: &Checks,
    seeds: &[u64],
    progress: &Progress,
) -> (Vec<PolicyOutcome>, Vec<Vec<Figures>>) {
    use rayon::prelude::*;
    let scenarios = checks.scenarios(scenario);
    let jobs: Vec<(usize, u64)> = (0..checks.arms.len())
        .flat_map(|a| seeds.iter().map(move |&s| (a, s)))
        .collect();
    let results: Vec<(Figures, Option<MetricRow>)> = jobs
        .par_iter()
        .map(|&(a, s)| {
            let r = checks.play(&scenarios, a, s);
            progress.tick();
            r
        })
        .collect();
    let mut outcomes = Vec::new();
    let mut figures = Vec::with_capacity(checks.arms.len());
    for (a, chunk) in results.chunks(seeds.len().max(1)).enumerate() {
        figures.push(chunk.iter().map(|r| r.0).collect());
        let rows: Option<Vec<MetricRow>> = chunk.iter().map(|r| r.1).collect();
        if let Some(rows) = rows
            && checks.arms[a].change.is_none()
            && policy::by_name(&checks.arms[a].label).is_some()
        {
            outcomes.push(distribution(&checks.arms[a].label, rows));
        }
    }
    (outcomes, figures)
}
