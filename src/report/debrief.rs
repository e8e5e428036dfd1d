//! The debrief of a finished (or abandoned) run: every score, the causes in plain
//! words, each rep's story, and the built-in bots played on the same seed and events.

use std::sync::Arc;

use serde::Serialize;

use crate::format::runfile::{WeekLine, week_lines};
use crate::i18n::{decimal, whole};
use crate::narrate::words::{signed, skill};
use crate::narrate::{money, pct, times};
use crate::policy::{self, STANDARD};
use crate::scenario::Scenario;
use crate::sim::{Action, Injection, Projection, Run, ScorePart, Scores, TimeUse};
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
            causes: causes(run, &scores, &bots),
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

/// A small share with one decimal: 5.5 %.
fn pct1(x: f64) -> String {
    t!("percent", n = decimal(100.0 * x, 1))
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

fn mean_of(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The findings, most important first: where the time went, what coaching and
/// super-closing did, what discounts cost, who left, and how the bots fared.
fn causes(run: &Run, s: &Scores, bots: &[BotRun]) -> Vec<Cause> {
    let mut out = Vec::new();
    let count = |f: &dyn Fn(&Action) -> bool| -> usize {
        run.ledger()
            .plans
            .iter()
            .flat_map(|p| p.actions.iter())
            .filter(|a| f(a))
            .count()
    };
    let hours = run.manager().hours;
    let total: f64 = hours.iter().sum::<f64>().max(1.0);
    let share = |t: TimeUse| hours[t as usize] / total;
    let super_closes = count(&|a| matches!(a, Action::SuperClose { .. }));
    // Summed with a fold from +0.0: an empty f64 sum is -0.0, which prints as "-0".
    let coach_hours = run
        .ledger()
        .plans
        .iter()
        .flat_map(|p| p.actions.iter())
        .fold(0.0, |acc, a| match a {
            Action::Coach { hours, .. } => acc + *hours,
            _ => acc,
        });
    let people: Vec<&crate::sim::Rep> = run.team().reps.iter().filter(|r| r.is_person()).collect();
    let independence_start = mean_of(run.scenario().team.iter().map(|r| r.independence));

    // Capability, split into what coaching, practice less decay, and changes of people did.
    let coaching_gain: f64 = run
        .ledger()
        .history
        .iter()
        .flat_map(|w| &w.happenings)
        .map(|h| match h {
            crate::sim::Happening::Coached { from, to, .. } => to - from,
            _ => 0.0,
        })
        .fold(0.0, |a, b| a + b)
        / (6.0 * people.len().max(1) as f64);
    let stayed: Vec<&crate::sim::Rep> = people
        .iter()
        .copied()
        .filter(|r| run.team().is_original(&r.name))
        .collect();
    let stayed_start = mean_of(
        run.scenario()
            .team
            .iter()
            .filter(|spec| stayed.iter().any(|r| *r.name == *spec.name))
            .map(|spec| spec.skills.mean()),
    );
    let stayed_end = mean_of(stayed.iter().map(|r| r.skills.mean()));
    let gain = s.capability_end - s.capability_start;
    let people_change = gain - (stayed_end - stayed_start);
    let practice = (stayed_end - stayed_start) - coaching_gain;
    // Time: the first lesson. The sign comes from the outcomes time buys: the people
    // who stayed grew (coaching and practice) and lean on you no more than before.
    let selling = share(TimeUse::Selling);
    let coaching = share(TimeUse::Coaching);
    let id = match (coach_hours > 0.0, super_closes > 0) {
        (true, true) => "debrief-time-coached-closed",
        (true, false) => "debrief-time-coached",
        (false, true) => "debrief-time-closed",
        (false, false) => "debrief-time-neither",
    };
    out.push(Cause {
        title: t!(
            "debrief-time-title",
            coaching = pct(coaching),
            selling = pct(selling)
        ),
        detail: crate::i18n::tr_args(
            id,
            &[
                // A session is a quarter hour at least: under an hour, say "0,25", not "0".
                (
                    "hours",
                    decimal(coach_hours, if coach_hours < 1.0 { 2 } else { 0 }).into(),
                ),
                ("hours_whole", whole(coach_hours).into()),
                ("deals", super_closes.into()),
                ("from", decimal(independence_start, 2).into()),
                ("to", decimal(s.independence, 2).into()),
            ],
        ),
        helped: stayed_end - stayed_start > 0.005 && s.independence >= independence_start,
    });

    let mut parts = Vec::new();
    if coaching_gain > 0.0005 {
        parts.push(t!(
            "debrief-capability-coaching",
            gain = signed(coaching_gain, 2)
        ));
    } else {
        parts.push(t!("debrief-capability-no-coaching"));
    }
    parts.push(t!(
        "debrief-capability-practice",
        gain = signed(practice, 2)
    ));
    if !run.team().departures.is_empty() || people_change.abs() > 0.005 {
        parts.push(t!(
            "debrief-capability-people",
            gain = signed(people_change, 2)
        ));
    }
    out.push(Cause {
        title: t!(
            "debrief-capability-title",
            from = pct1(s.selling_start),
            to = pct1(s.selling_end)
        ),
        detail: t!(
            "debrief-capability-detail",
            from = decimal(s.capability_start, 2),
            to = decimal(s.capability_end, 2),
            parts = parts.join("; ")
        ),
        helped: s.selling_end > s.selling_start * 1.005,
    });

    // Each coached rep: did the coaching go where the funnel pointed?
    let bench = crate::policy::bot_benchmark(run);
    for r in &people {
        let mut by_skill: Vec<(crate::sim::Skill, f64)> = Vec::new();
        for a in run.ledger().plans.iter().flat_map(|p| p.actions.iter()) {
            if let Action::Coach { rep, skill, hours } = a
                && *rep == r.id
            {
                match by_skill.iter_mut().find(|(k, _)| k == skill) {
                    Some(e) => e.1 += hours,
                    None => by_skill.push((*skill, *hours)),
                }
            }
        }
        let Some(&(most, hours)) = by_skill.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
            continue;
        };
        let d = crate::sim::diagnosis::diagnose(r, run.tick(), &bench);
        let weakest = r.skills.weakest();
        let matched = d.confident && d.skill == most;
        out.push(Cause {
            title: if matched {
                t!("debrief-rep-matched", rep = r.name.to_string())
            } else if d.confident {
                t!(
                    "debrief-rep-mismatched",
                    rep = r.name.to_string(),
                    pointed = skill(d.skill),
                    coached = skill(most)
                )
            } else {
                t!(
                    "debrief-rep-unclear",
                    rep = r.name.to_string(),
                    coached = skill(most)
                )
            },
            detail: t!(
                "debrief-rep-detail",
                reading = crate::narrate::reading(&d.reading),
                hours = decimal(hours, 0),
                coached = skill(most),
                rep = r.name.to_string(),
                weakest = skill(weakest),
                level = decimal(r.skills.get(weakest), 2)
            ),
            helped: matched,
        });
    }

    // Discounts and margin.
    let (mut won, mut disc) = (0u32, 0.0);
    for r in &run.team().reps {
        won += r.funnel.won;
        disc += r.funnel.discount_sum;
    }
    let avg_disc = if won > 0 { disc / won as f64 } else { 0.0 };
    let approvals = run
        .ledger()
        .plans
        .iter()
        .flat_map(|p| p.actions.iter())
        .filter(|a| matches!(a, Action::Approve { discount, .. } if *discount > 0.0))
        .count();
    out.push(Cause {
        title: t!(
            "debrief-discount-title",
            discount = pct(avg_disc),
            margin = pct(s.gross_margin)
        ),
        detail: t!(
            "debrief-discount-detail",
            approvals = approvals,
            now = pct(run.market().buyer_expectation),
            start = pct(run.scenario().market.buyer_expectation)
        ),
        helped: run.market().buyer_expectation <= run.scenario().market.buyer_expectation + 0.01,
    });

    // People who left.
    if run.team().departures.is_empty() {
        let morale_start = mean_of(run.scenario().team.iter().map(|r| r.morale));
        let morale_end = mean_of(people.iter().map(|r| r.morale));
        out.push(Cause {
            title: t!("debrief-nobody-left"),
            detail: t!(
                "debrief-morale-detail",
                from = decimal(morale_start, 2),
                to = decimal(morale_end, 2)
            ),
            helped: true,
        });
    } else {
        let names: Vec<String> = run
            .team()
            .departures
            .iter()
            .map(|d| {
                crate::i18n::tr_args(
                    if d.fired {
                        "debrief-departure-fired"
                    } else {
                        "debrief-departure-resigned"
                    },
                    &[
                        ("name", d.name.to_string().into()),
                        ("week", d.week.into()),
                        ("morale", decimal(d.morale, 2).into()),
                    ],
                )
            })
            .collect();
        out.push(Cause {
            title: t!("debrief-departures", n = run.team().departures.len()),
            detail: t!("debrief-departures-detail", names = names.join("; ")),
            helped: false,
        });
    }

    // Organisational demands.
    let org = hours[TimeUse::Organisation as usize];
    let demand: f64 = run
        .ledger()
        .history
        .iter()
        .map(|w| w.org_demand_hours)
        .sum();
    if demand > 0.0 {
        out.push(Cause {
            title: t!("debrief-org-title", hours = decimal(org, 0)),
            detail: t!("debrief-org-detail"),
            helped: org > 0.0,
        });
    }

    // Revenue against quota.
    out.push(Cause {
        title: t!(
            "debrief-revenue-title",
            share = pct(s.revenue_vs_quota),
            revenue = money(s.revenue)
        ),
        detail: t!(
            "debrief-revenue-detail",
            accuracy = pct(s.forecast_accuracy)
        ),
        helped: s.revenue_vs_quota >= 1.0,
    });

    // Bots on the same luck.
    if let Some(best) = bots
        .iter()
        .max_by(|a, b| a.scores.overall.total_cmp(&b.scores.overall))
    {
        let sc = bots.iter().find(|b| b.name == "super_closer");
        let co = bots.iter().find(|b| b.name == "coach");
        let detail = if let (Some(sc), Some(co)) = (sc, co) {
            t!(
                "debrief-bots-detail-more",
                bot = best.name.clone(),
                best = decimal(best.scores.overall, 0),
                yours = decimal(s.overall, 0),
                coach_revenue = money(co.scores.revenue),
                coach_projection = times(co.scores.projection),
                closer_revenue = money(sc.scores.revenue),
                closer_projection = times(sc.scores.projection),
                projection = times(s.projection)
            )
        } else {
            t!(
                "debrief-bots-detail",
                bot = best.name.clone(),
                best = decimal(best.scores.overall, 0),
                yours = decimal(s.overall, 0)
            )
        };
        out.push(Cause {
            title: t!("debrief-bots-title"),
            detail,
            helped: s.overall >= best.scores.overall,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};
    use crate::sim::{Plan, RepId, Skill};

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
