//! The debrief of a finished (or abandoned) run: every score, the causes in plain
//! words, each rep's story, and the built-in bots played on the same seed and events.

use std::sync::Arc;

use serde::Serialize;

use crate::format::runfile::{WeekLine, week_lines};
use crate::policy::{self, STANDARD};
use crate::scenario::Scenario;
use crate::sim::{Injection, Projection, Run, ScorePart, Scores};
use crate::t;

/// A bot's run on the player's scenario, seed and facilitator events.
#[derive(Clone, Debug, Serialize)]
pub struct BotRun {
    pub name: String,
    pub scores: Scores,
    pub weeks: Vec<WeekLine>,
    /// The bot's team over the next two quarters under the neutral manager.
    pub projection: Projection,
}

/// One finding about why the run went as it did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cause {
    pub title: String,
    pub detail: String,
    /// True when it helped, false when it hurt.
    pub helped: bool,
}

/// One seat's story from the first week to the last.
#[derive(Clone, Debug, Serialize)]
pub struct RepStory {
    pub name: String,
    pub skill_start: f64,
    pub skill_end: f64,
    pub morale_start: f64,
    pub morale_end: f64,
    pub independence_start: f64,
    pub independence_end: f64,
    pub revenue: f64,
    /// Revenue over the seat's quota for the weeks played.
    pub attainment: f64,
    pub coached_hours: f64,
    /// Deals that entered each open stage, and wins.
    pub entered: [u32; 5],
    pub won: u32,
    pub left: bool,
}

/// Everything the debrief screen and its exports show.
#[derive(Clone, Debug, Serialize)]
pub struct Debrief {
    pub scenario_id: String,
    pub scenario_title: String,
    pub seed: u64,
    pub player: String,
    pub weeks_played: u32,
    pub weeks_total: u32,
    pub scores: Scores,
    pub weeks: Vec<WeekLine>,
    pub reps: Vec<RepStory>,
    pub causes: Vec<Cause>,
    pub bots: Vec<BotRun>,
    /// The player's team over the next two quarters under the neutral manager.
    pub projection: Projection,
}

/// Plays every standard bot on the run's scenario, seed and injected events, for as
/// many weeks as the player played.
pub fn bot_runs(run: &Run) -> Vec<BotRun> {
    let mut scenario = (**run.scenario()).clone();
    scenario.weeks = run.tick().max(1);
    play_bots(&Arc::new(scenario), run.seed(), &run.org().injections)
}

/// Plays every standard bot through a scenario on a seed, with the events a team's
/// game recorded (a workshop's facilitator cards).
pub fn play_bots(scenario: &Arc<Scenario>, seed: u64, injections: &[Injection]) -> Vec<BotRun> {
    let mut start = Run::new(Arc::clone(scenario), seed);
    start.inject_recorded(injections);
    STANDARD
        .iter()
        .filter_map(|name| policy::by_name(name))
        .map(|bot| {
            let mut r = start.clone();
            policy::play(&mut r, &bot);
            let projection = r.projection();
            BotRun {
                name: policy::Policy::name(&bot).to_string(),
                scores: r.scores_with(&projection),
                weeks: week_lines(&r),
                projection,
            }
        })
        .collect()
}

impl Debrief {
    /// Builds the debrief, bots included.
    pub fn build(run: &Run, player: &str) -> Debrief {
        let bots = bot_runs(run);
        Debrief::with_bots(run, player, bots)
    }

    /// Builds the debrief with bot runs computed elsewhere.
    pub fn with_bots(run: &Run, player: &str, bots: Vec<BotRun>) -> Debrief {
        let projection = run.projection();
        let scores = run.scores_with(&projection);
        Debrief {
            scenario_id: run.scenario().id.clone(),
            scenario_title: run.scenario().title.to_string(),
            seed: run.seed(),
            player: player.to_string(),
            weeks_played: run.tick(),
            weeks_total: run.weeks(),
            causes: super::causes::causes(run, &scores, &bots),
            reps: stories(run),
            weeks: week_lines(run),
            scores,
            bots,
            projection,
        }
    }

    /// Where the player's overall score ranks among the bots (1 = best).
    pub fn rank(&self) -> usize {
        1 + self
            .bots
            .iter()
            .filter(|b| b.scores.overall > self.scores.overall)
            .count()
    }

    /// CSV of the week-by-week figures, one row per week, for spreadsheets.
    pub fn weeks_csv(&self) -> String {
        let mut out = String::from(
            "week,revenue,cum_revenue,quota_to_date,margin,cum_margin,wins,losses,leads,open_deals,capability,morale,hours_coaching,hours_selling,hours_enablement,hours_admin,hours_organisation\n",
        );
        for w in &self.weeks {
            out.push_str(&format!(
                "{},{:.2},{:.2},{:.2},{:.2},{:.2},{},{},{},{},{:.4},{:.4},{:.2},{:.2},{:.2},{:.2},{:.2}\n",
                w.week,
                w.revenue,
                w.cum_revenue,
                w.quota_to_date,
                w.margin,
                w.cum_margin,
                w.wins,
                w.losses,
                w.leads,
                w.open_deals,
                w.capability,
                w.morale,
                w.hours[0],
                w.hours[1],
                w.hours[2],
                w.hours[3],
                w.hours[4],
            ));
        }
        out
    }
}

fn stories(run: &Run) -> Vec<RepStory> {
    let quota = run.seat_quota_per_week() * run.tick().max(1) as f64;
    let mut out = Vec::new();
    for (i, spec) in run.scenario().team.iter().enumerate() {
        let seat = &run.team().reps[i];
        let left = run.team().departures.iter().any(|d| d.name == spec.name);
        // The end state of the original rep: the seat if they are still in it,
        // otherwise their last recorded week.
        let last = run
            .ledger()
            .history
            .iter()
            .rev()
            .flat_map(|w| w.reps.iter())
            .find(|r| *r.name == *spec.name && r.active);
        let (skill_end, morale_end, ind_end) = match last {
            Some(r) => (r.skills.mean(), r.morale, r.independence),
            None => (spec.skills.mean(), spec.morale, spec.independence),
        };
        out.push(RepStory {
            name: spec.name.clone(),
            skill_start: spec.skills.mean(),
            skill_end,
            morale_start: spec.morale,
            morale_end,
            independence_start: spec.independence,
            independence_end: ind_end,
            revenue: seat.funnel.revenue,
            attainment: seat.funnel.revenue / quota.max(1.0),
            coached_hours: seat.coached_hours,
            entered: seat.funnel.entered,
            won: seat.funnel.won,
            left,
        });
    }
    out
}

/// A score part's name, as tables and reports show it.
pub fn part_name(p: ScorePart) -> String {
    match p {
        ScorePart::Revenue => t!("debrief-part-revenue"),
        ScorePart::Margin => t!("debrief-part-margin"),
        ScorePart::Capability => t!("debrief-part-capability"),
        ScorePart::Retention => t!("debrief-part-retention"),
        ScorePart::Independence => t!("debrief-part-independence"),
        ScorePart::Forecast => t!("debrief-part-forecast"),
        ScorePart::Projection => t!("debrief-part-projection"),
    }
}

/// How the score parts are measured (in the reader's
/// language).
pub fn score_scale() -> String {
    t!("debrief-score-scale")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};
    use crate::sim::{Action, Plan, RepId, Skill};

    /// A few weeks of the first lesson with some coaching and one super-close.
    fn played() -> Run {
        let s = crate::scenario::load_id_or_file("l1-coach-dont-close")
            .expect("shipped")
            .scenario;
        let mut run = Run::new(s, 7);
        for _ in 0..4 {
            let plan = Plan::new().with(Action::Coach {
                rep: RepId(0),
                skill: Skill::Discovery,
                hours: 3.0,
            });
            if run.step(&plan).is_err() {
                run.step(&Plan::default()).expect("an empty plan is valid");
            }
        }
        run
    }

    #[test]
    fn the_debrief_reads_in_german() {
        let run = played();
        let en = with_lang(Lang::En, || Debrief::with_bots(&run, "Team A", Vec::new()));
        let de = with_lang(Lang::De, || Debrief::with_bots(&run, "Team A", Vec::new()));
        assert_eq!(en.causes.len(), de.causes.len());
        assert!(
            en.causes[0].title.starts_with("Your time: "),
            "{:?}",
            en.causes[0]
        );
        assert!(
            de.causes[0].title.starts_with("Ihre Zeit: "),
            "{:?}",
            de.causes[0]
        );
        assert!(
            de.causes[0].detail.contains("Selbstständigkeit"),
            "{:?}",
            de.causes[0]
        );
        for c in &de.causes {
            for english in ["You ", "Your ", " went from ", "quota"] {
                assert!(
                    !c.title.contains(english) && !c.detail.contains(english),
                    "{english:?} in {c:?}"
                );
            }
        }
        with_lang(Lang::De, || {
            assert_eq!(part_name(ScorePart::Independence), "Selbstständigkeit");
        });
    }

    /// One quarter-hour session is not "0 hours".
    #[test]
    fn a_short_session_is_not_zero_hours() {
        let s = crate::scenario::load_id_or_file("first-90-days")
            .expect("shipped")
            .scenario;
        let mut run = Run::new(s, 7);
        let plan = Plan::new().with(Action::Coach {
            rep: RepId(0),
            skill: Skill::Discovery,
            hours: 0.25,
        });
        run.step(&plan)
            .expect("a quarter hour of coaching is a valid plan");
        let d = with_lang(Lang::En, || Debrief::with_bots(&run, "Team A", Vec::new()));
        assert!(
            d.causes[0]
                .detail
                .starts_with("You coached for 0.25 hours in all"),
            "{:?}",
            d.causes[0]
        );
    }
}
