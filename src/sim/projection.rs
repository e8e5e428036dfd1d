//! The next two quarters: what the team the player leaves behind sells on its own.
//!
//! A 13-week quarter is too short for the cost of super-closing or the return of
//! coaching to show, so every run is scored with its future too: the model plays
//! [`PROJECTION_WEEKS`] more weeks from the run's state, on the same seed, under one
//! neutral manager who is the same for everyone. The projection is derived, never
//! stored, so run files stay replayable.

use serde::{Deserialize, Serialize};

use super::{Action, Ledger, Pipeline, Plan, Run, Seat};

/// Weeks the projection plays: two quarters.
pub const PROJECTION_WEEKS: u32 = 26;

/// What the team sells after the run, left to the neutral manager.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// Revenue over quota in each projected quarter (13 weeks).
    pub quarters: Vec<f64>,
    /// Revenue over quota across the whole projection.
    pub vs_quota: f64,
    pub revenue: f64,
    pub margin: f64,
    /// Cumulative revenue at the end of each projected week.
    pub cum_revenue: Vec<f64>,
    /// Team quota per projected week.
    pub quota_per_week: f64,
    /// People who left during the projection.
    pub departures: u32,
}

/// The neutral manager: hires into empty seats, absorbs half the organisation's
/// demands and keeps customers hearing news when goodwill allows, nothing else. Hands
/// off, so the projection shows the team the player built (skills, independence,
/// morale, habits, pipeline), not the next manager.
pub fn neutral_plan(run: &Run) -> Plan {
    let mut plan = Plan {
        absorb: 0.5,
        ..Plan::default()
    };
    let mut hours = run.available_hours(plan.absorb);
    let mut goodwill = run.manager.goodwill;
    let mut wanted: Vec<Action> = run
        .team
        .reps
        .iter()
        .filter(|r| matches!(r.seat, Seat::Vacant { hire_ready: None }))
        .map(|r| Action::Hire { seat: r.id })
        .collect();
    if run.news_is_stale() {
        wanted.push(Action::AskWhatsNew);
    }
    for a in wanted {
        let (h, g) = run.action_cost(&a);
        if h <= hours && g <= goodwill {
            hours -= h;
            goodwill -= g;
            plan.actions.push(a);
        }
    }
    plan
}

/// The sales tools with a shelf life (a metrics pack, an outlook, prospecting plans)
/// are the next manager's to keep up, not part of the team left behind: every
/// projection starts without them and with current news, so a pack built in the last
/// week does not buy a better future than the team itself.
fn hand_over(future: &mut Run) {
    future.market.metrics_built = None;
    future.market.outlook_until = None;
    future.market.news_tick = future.tick as f64;
    for r in &mut future.team.reps {
        r.plan_until = None;
    }
}

impl Run {
    /// The state the projection starts from: the run without its records. A week's
    /// step reads only the last week's totals and the count of closed deals, so the
    /// rest is not copied (it is most of a finished run's memory).
    fn future(&self) -> Run {
        Run {
            scenario: self.scenario.clone(),
            seed: self.seed,
            tick: self.tick,
            horizon: self.tick + PROJECTION_WEEKS,
            stages: self.stages.clone(),
            team: self.team.clone(),
            pipeline: Pipeline {
                open: self.pipeline.open.clone(),
                closed: Vec::new(),
                closed_elsewhere: self.pipeline.closed_count(),
            },
            market: self.market.clone(),
            manager: self.manager.clone(),
            org: self.org.clone(),
            ledger: Ledger {
                history: self.ledger.history.last().cloned().into_iter().collect(),
                opening: self.ledger.opening.clone(),
                quiet: true,
                ..Ledger::default()
            },
        }
    }

    /// Plays the next [`PROJECTION_WEEKS`] from this state under the neutral manager.
    pub fn projection(&self) -> Projection {
        let mut future = self.future();
        hand_over(&mut future);
        let start_departures = future.team.departures.len();
        let start_revenue = self.ledger.history.last().map_or(0.0, |w| w.cum_revenue);
        let start_margin = self.ledger.history.last().map_or(0.0, |w| w.cum_margin);
        // Starting a week that is past the scenario's end sets its demands first.
        if self.is_finished() {
            future.open_week();
        }
        let mut cum = Vec::with_capacity(PROJECTION_WEEKS as usize);
        let mut quota = 0.0;
        while !future.is_finished() {
            let plan = neutral_plan(&future);
            let seats = future.team.seats().count() as f64;
            if future.step(&plan).is_err() {
                // The neutral plan is within budget by construction; an empty plan
                // keeps the projection going if a scenario ever says otherwise.
                let _ = future.step(&Plan::default());
            }
            quota += future.seat_quota_per_week() * seats;
            let w = future.ledger.history.last().expect("a week was played");
            cum.push(w.cum_revenue - start_revenue);
        }
        let weeks = cum.len().max(1) as f64;
        let quota_per_week = quota / weeks;
        let revenue = cum.last().copied().unwrap_or(0.0);
        let quarters = cum
            .chunks(13)
            .scan(0.0, |before, q| {
                let end = *q.last().unwrap_or(before);
                let r = (end - *before) / (quota_per_week * q.len() as f64).max(1.0);
                *before = end;
                Some(r)
            })
            .collect();
        Projection {
            quarters,
            vs_quota: revenue / quota.max(1.0),
            revenue,
            margin: future.ledger.history.last().map_or(0.0, |w| w.cum_margin) - start_margin,
            cum_revenue: cum,
            quota_per_week,
            departures: (future.team.departures.len() - start_departures) as u32,
        }
    }
}
