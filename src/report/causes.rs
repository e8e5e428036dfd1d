//! Why the run went as it did: the debrief's findings, most important first. Each is
//! read off what happened (the ledger, the team, the market) and its sign comes from
//! the outcome, never from the action taken.

use crate::i18n::{decimal, whole};
use crate::narrate::words::{signed, skill};
use crate::narrate::{money, pct, times};
use crate::sim::{Action, Rep, Run, Scores, TimeUse};
use crate::t;

use super::debrief::{BotRun, Cause};

/// A small share with one decimal: 5.5 %.
fn pct1(x: f64) -> String {
    t!("percent", n = decimal(100.0 * x, 1))
}

fn mean_of(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The findings, most important first: where the time went, what coaching and
/// super-closing did, what discounts cost, who left, and how the bots fared.
pub(super) fn causes(run: &Run, s: &Scores, bots: &[BotRun]) -> Vec<Cause> {
    let people: Vec<&Rep> = run.team().reps.iter().filter(|r| r.is_person()).collect();
    let g = Growth::of(run, s, &people);
    let mut out = vec![time(run, s, &g), capability(run, s, &g)];
    out.extend(coached_reps(run, &people));
    out.push(discounts(run, s));
    out.push(departures(run, &people));
    out.extend(organisation(run));
    out.push(revenue(s));
    out.extend(the_bots(s, bots));
    out
}

/// The actions of every week's plan.
fn actions(run: &Run) -> impl Iterator<Item = &Action> {
    run.ledger().plans.iter().flat_map(|p| p.actions.iter())
}

/// Capability, split into what coaching, practice less decay, and changes of people
/// did.
struct Growth {
    coaching: f64,
    practice: f64,
    people_change: f64,
    /// The mean skill of the reps who stayed, at the start and the end.
    stayed: (f64, f64),
}

impl Growth {
    fn of(run: &Run, s: &Scores, people: &[&Rep]) -> Growth {
        let coaching: f64 = run
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
        let stayed: Vec<&Rep> = people
            .iter()
            .copied()
            .filter(|r| run.team().is_original(&r.name))
            .collect();
        let start = mean_of(
            run.scenario()
                .team
                .iter()
                .filter(|spec| stayed.iter().any(|r| *r.name == *spec.name))
                .map(|spec| spec.skills.mean()),
        );
        let end = mean_of(stayed.iter().map(|r| r.skills.mean()));
        let gain = s.capability_end - s.capability_start;
        Growth {
            coaching,
            practice: (end - start) - coaching,
            people_change: gain - (end - start),
            stayed: (start, end),
        }
    }
}

/// Time: the first lesson. The sign comes from the outcomes time buys: the people who
/// stayed grew (coaching and practice) and lean on you no more than before.
fn time(run: &Run, s: &Scores, g: &Growth) -> Cause {
    let hours = run.manager().hours;
    let total: f64 = hours.iter().sum::<f64>().max(1.0);
    let share = |t: TimeUse| hours[t as usize] / total;
    let super_closes = actions(run)
        .filter(|a| matches!(a, Action::SuperClose { .. }))
        .count();
    // Summed with a fold from +0.0: an empty f64 sum is -0.0, which prints as "-0".
    let coach_hours = actions(run).fold(0.0, |acc, a| match a {
        Action::Coach { hours, .. } => acc + *hours,
        _ => acc,
    });
    let independence_start = mean_of(run.scenario().team.iter().map(|r| r.independence));
    let id = match (coach_hours > 0.0, super_closes > 0) {
        (true, true) => "debrief-time-coached-closed",
        (true, false) => "debrief-time-coached",
        (false, true) => "debrief-time-closed",
        (false, false) => "debrief-time-neither",
    };
    Cause {
        title: t!(
            "debrief-time-title",
            coaching = pct(share(TimeUse::Coaching)),
            selling = pct(share(TimeUse::Selling))
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
        helped: g.stayed.1 - g.stayed.0 > 0.005 && s.independence >= independence_start,
    }
}

/// The team's chance of turning a lead into a win, and what moved its skills.
fn capability(run: &Run, s: &Scores, g: &Growth) -> Cause {
    let mut parts = Vec::new();
    if g.coaching > 0.0005 {
        parts.push(t!(
            "debrief-capability-coaching",
            gain = signed(g.coaching, 2)
        ));
    } else {
        parts.push(t!("debrief-capability-no-coaching"));
    }
    parts.push(t!(
        "debrief-capability-practice",
        gain = signed(g.practice, 2)
    ));
    if !run.team().departures.is_empty() || g.people_change.abs() > 0.005 {
        parts.push(t!(
            "debrief-capability-people",
            gain = signed(g.people_change, 2)
        ));
    }
    Cause {
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
    }
}

/// Each coached rep: did the coaching go where the funnel pointed?
fn coached_reps(run: &Run, people: &[&Rep]) -> Vec<Cause> {
    let bench = crate::policy::bot_benchmark(run);
    let mut out = Vec::new();
    for r in people {
        let mut by_skill: Vec<(crate::sim::Skill, f64)> = Vec::new();
        for a in actions(run) {
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
        out.push(coached_rep(run, r, &bench, most, hours));
    }
    out
}

/// One rep coached mostly on `most` for `hours`, against what the funnel showed.
fn coached_rep(
    run: &Run,
    r: &Rep,
    bench: &crate::sim::diagnosis::Benchmark,
    most: crate::sim::Skill,
    hours: f64,
) -> Cause {
    let d = crate::sim::diagnosis::diagnose(r, run.tick(), bench);
    let weakest = r.skills.weakest();
    let matched = d.confident && d.skill == most;
    let rep = r.name.to_string();
    Cause {
        title: if matched {
            t!("debrief-rep-matched", rep = rep.clone())
        } else if d.confident {
            t!(
                "debrief-rep-mismatched",
                rep = rep.clone(),
                pointed = skill(d.skill),
                coached = skill(most)
            )
        } else {
            t!(
                "debrief-rep-unclear",
                rep = rep.clone(),
                coached = skill(most)
            )
        },
        detail: t!(
            "debrief-rep-detail",
            reading = crate::narrate::reading(&d.reading),
            hours = decimal(hours, 0),
            coached = skill(most),
            rep = rep,
            weakest = skill(weakest),
            level = decimal(r.skills.get(weakest), 2)
        ),
        helped: matched,
    }
}

/// Discounts and margin, and where buyers' expectations went.
fn discounts(run: &Run, s: &Scores) -> Cause {
    let (mut won, mut disc) = (0u32, 0.0);
    for r in &run.team().reps {
        won += r.funnel.won;
        disc += r.funnel.discount_sum;
    }
    let avg_disc = if won > 0 { disc / won as f64 } else { 0.0 };
    let approvals = actions(run)
        .filter(|a| matches!(a, Action::Approve { discount, .. } if *discount > 0.0))
        .count();
    Cause {
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
    }
}

/// People who left, or the team's morale when nobody did.
fn departures(run: &Run, people: &[&Rep]) -> Cause {
    if run.team().departures.is_empty() {
        let morale_start = mean_of(run.scenario().team.iter().map(|r| r.morale));
        let morale_end = mean_of(people.iter().map(|r| r.morale));
        return Cause {
            title: t!("debrief-nobody-left"),
            detail: t!(
                "debrief-morale-detail",
                from = decimal(morale_start, 2),
                to = decimal(morale_end, 2)
            ),
            helped: true,
        };
    }
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
    Cause {
        title: t!("debrief-departures", n = run.team().departures.len()),
        detail: t!("debrief-departures-detail", names = names.join("; ")),
        helped: false,
    }
}

/// The organisation's demands, when it made any: how many hours the manager took on.
fn organisation(run: &Run) -> Option<Cause> {
    let org = run.manager().hours[TimeUse::Organisation as usize];
    let demand: f64 = run
        .ledger()
        .history
        .iter()
        .map(|w| w.org_demand_hours)
        .sum();
    (demand > 0.0).then(|| Cause {
        title: t!("debrief-org-title", hours = decimal(org, 0)),
        detail: t!("debrief-org-detail"),
        helped: org > 0.0,
    })
}

/// Revenue against quota, and how close the forecasts came.
fn revenue(s: &Scores) -> Cause {
    Cause {
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
    }
}

/// The bots on the same luck: the best of them, and the coach against the super-closer
/// now and over the next two quarters.
fn the_bots(s: &Scores, bots: &[BotRun]) -> Option<Cause> {
    let best = bots
        .iter()
        .max_by(|a, b| a.scores.overall.total_cmp(&b.scores.overall))?;
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
    Some(Cause {
        title: t!("debrief-bots-title"),
        detail,
        helped: s.overall >= best.scores.overall,
    })
}
