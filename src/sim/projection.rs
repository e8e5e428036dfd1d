//! The next two quarters: what the team the player leaves behind sells on its own.
//!
//! A 13-week quarter is too short for the cost of super-closing or the return of
//! coaching to show, so every run is scored with its future too: the model plays
//! [`PROJECTION_WEEKS`] more weeks from the run's state, on the same seed, under one
//! neutral manager who is the same for everyone. The projection is derived, never
//! stored, so run files stay replayable.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Action, Plan, Run, Seat};

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

/// The neutral manager: hires into empty seats and absorbs half the organisation's
/// demands, nothing else. Hands off, so the projection shows the team the player
/// built (skills, independence, morale, habits, pipeline), not the next manager.
pub fn neutral_plan(run: &Run) -> Plan {
    let mut plan = Plan {
        absorb: 0.5,
        ..Plan::default()
    };
    let mut hours = run.available_hours(plan.absorb);
    for r in &run.reps {
        if matches!(r.seat, Seat::Vacant { hire_ready: None }) {
            let a = Action::Hire { seat: r.id };
            let (h, _) = run.action_cost(&a);
            if h <= hours {
                hours -= h;
                plan.actions.push(a);
            }
        }
    }
    plan
}

impl Run {
    /// Plays the next [`PROJECTION_WEEKS`] from this state under the neutral manager.
    pub fn projection(&self) -> Projection {
        let mut future = self.clone();
        let mut sc = (*self.scenario).clone();
        sc.weeks = self.tick + PROJECTION_WEEKS;
        future.scenario = Arc::new(sc);
        let start_departures = future.departures.len();
        let start_revenue = self.history.last().map_or(0.0, |w| w.cum_revenue);
        let start_margin = self.history.last().map_or(0.0, |w| w.cum_margin);
        // Starting a week that is past the scenario's end sets its demands first.
        if self.is_finished() {
            future.open_week();
        }
        let mut cum = Vec::with_capacity(PROJECTION_WEEKS as usize);
        let mut quota = 0.0;
        while !future.is_finished() {
            let plan = neutral_plan(&future);
            let seats = future.team_seats().count() as f64;
            if future.step(&plan).is_err() {
                // The neutral plan is within budget by construction; an empty plan
                // keeps the projection going if a scenario ever says otherwise.
                let _ = future.step(&Plan::default());
            }
            quota += future.seat_quota_per_week() * seats;
            let w = future.history.last().expect("a week was played");
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
            margin: future.history.last().map_or(0.0, |w| w.cum_margin) - start_margin,
            cum_revenue: cum,
            quota_per_week,
            departures: (future.departures.len() - start_departures) as u32,
        }
    }
}
