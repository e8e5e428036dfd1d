//! The debrief of a finished (or abandoned) run: every score, the causes in plain
//! words, each rep's story, and the built-in bots played on the same seed and events.

use std::sync::Arc;

use serde::Serialize;

use crate::format::runfile::{WeekLine, week_lines};
use crate::narrate::{counted, money, pct};
use crate::policy::{self, STANDARD};
use crate::scenario::Scenario;
use crate::sim::{Action, Injection, Projection, Run, Scores, TimeUse};

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
            scenario_title: run.scenario().title.clone(),
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
    format!("{:.1} %", 100.0 * x)
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
    let coached = if coach_hours > 0.0 {
        format!("You coached for {coach_hours:.0} hours in all")
    } else {
        "You did not coach".to_string()
    };
    let closed = if super_closes > 0 {
        format!(
            "closed {} yourself: each brought revenue that week, but the rep learned nothing from it and leaned on you more",
            counted(super_closes, "deal", "deals")
        )
    } else {
        "closed no deals yourself".to_string()
    };
    out.push(Cause {
        title: format!(
            "Your time: {} developing people, {} selling yourself",
            pct(coaching),
            pct(selling)
        ),
        detail: format!(
            "{coached} and {closed}. Your reps' independence went from {:.2} to {:.2}.",
            independence_start, s.independence
        ),
        helped: stayed_end - stayed_start > 0.005 && s.independence >= independence_start,
    });

    let mut parts = Vec::new();
    if coaching_gain > 0.0005 {
        parts.push(format!("coaching added {coaching_gain:+.2}"));
    } else {
        parts.push("no coaching moved it".to_string());
    }
    parts.push(format!(
        "practice on deals won alone, less skills fading, {practice:+.2}"
    ));
    if !run.team().departures.is_empty() || people_change.abs() > 0.005 {
        parts.push(format!("departures and new hires {people_change:+.2}"));
    }
    out.push(Cause {
        title: format!(
            "Team capability: a new lead's chance of becoming a win from {} to {}",
            pct1(s.selling_start),
            pct1(s.selling_end)
        ),
        detail: format!(
            "Mean skill went from {:.2} to {:.2}. Of that change: {}. A weak stage costs more than a strong one adds, so coaching the skill that blocks a rep's funnel (where deals stall or are lost) moves the chance most, and the same skill week after week compounds; deals you close teach nothing.",
            s.capability_start,
            s.capability_end,
            parts.join("; ")
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
                format!("{}: you coached what the funnel showed", r.name)
            } else if d.confident {
                format!("{}: the funnel pointed at {}, you coached {}", r.name, d.skill, most)
            } else {
                format!("{}: coached on {} without a clear reading", r.name, most)
            },
            detail: format!(
                "Funnel: {}. You spent {hours:.0} h on {most}. Now it can be told: {}'s weakest skill is {weakest} ({:.2}).",
                crate::narrate::reading(&d.reading),
                r.name,
                r.skills.get(weakest)
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
        title: format!(
            "Average discount {}, gross margin {}",
            pct(avg_disc),
            pct(s.gross_margin)
        ),
        detail: format!(
            "You approved {}. Buyers now expect {} off (they started at {}). \
             Every point off the price comes straight off margin; a value-metrics pack lets reps hold price.",
            counted(approvals, "discount request", "discount requests"),
            pct(run.market().buyer_expectation),
            pct(run.scenario().market.buyer_expectation)
        ),
        helped: run.market().buyer_expectation <= run.scenario().market.buyer_expectation + 0.01,
    });

    // People who left.
    if run.team().departures.is_empty() {
        let morale_start = mean_of(run.scenario().team.iter().map(|r| r.morale));
        let morale_end = mean_of(people.iter().map(|r| r.morale));
        out.push(Cause {
            title: "Nobody left the team".into(),
            detail: format!(
                "Average morale went from {morale_start:.2} to {morale_end:.2}. Low morale is what makes people quit; recognition, protected selling time and wins they close themselves raise it."
            ),
            helped: true,
        });
    } else {
        let names: Vec<String> = run
            .team()
            .departures
            .iter()
            .map(|d| {
                format!(
                    "{} (week {}, {}, morale {:.2})",
                    d.name,
                    d.week,
                    if d.fired { "let go" } else { "resigned" },
                    d.morale
                )
            })
            .collect();
        out.push(Cause {
            title: counted(run.team().departures.len(), "departure", "departures"),
            detail: format!(
                "{}. Their open deals were lost or went cold, and a new hire takes weeks to ramp.",
                names.join("; ")
            ),
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
            title: format!("You absorbed {org:.0} h of organisational demands"),
            detail: "What you don't absorb lands on the reps and comes out of their selling hours. Protecting the team's time is part of the job; so is not drowning in it.".into(),
            helped: org > 0.0,
        });
    }

    // Revenue against quota.
    out.push(Cause {
        title: format!(
            "Revenue {} of quota ({})",
            pct(s.revenue_vs_quota),
            money(s.revenue)
        ),
        detail: format!(
            "Forecast accuracy {}. Revenue in the first weeks comes from the pipeline you inherited; later weeks show what your decisions built.",
            pct(s.forecast_accuracy)
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
        let mut detail = format!(
            "With the same team, market, luck and events, the best bot ({}) scored {:.0} to your {:.0}.",
            best.name, best.scores.overall, s.overall
        );
        if let (Some(sc), Some(co)) = (sc, co) {
            detail.push_str(&format!(
                " The coach bot made {} and left a team that sells {:.2}× quota over the next two quarters; the super-closer made {} and left {:.2}× (yours: {:.2}×).",
                money(co.scores.revenue),
                co.scores.projection,
                money(sc.scores.revenue),
                sc.scores.projection,
                s.projection
            ));
        }
        out.push(Cause {
            title: "The bots on your seed".into(),
            detail,
            helped: s.overall >= best.scores.overall,
        });
    }
    out
}
