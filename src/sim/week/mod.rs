//! Resolving one week.
//!
//! The order is fixed, so a run is a pure function of scenario, seed and plans. Each
//! phase is one function in its own file, called in this order by [`Run::step`]:
//!
//! 1. The plan is validated (hours, goodwill, targets); an invalid plan changes nothing.
//! 2. Settings apply ([`plan`]): discount cap; organisational demands are absorbed or
//!    passed on, which sets every rep's selling hours.
//! 3. Actions apply ([`plan`]) in the order the plan lists them.
//! 4. Quit draws ([`quits`]): a rep may resign (their open deals are lost).
//! 5. Deals progress ([`deals`]): each open deal may leave its stage (hazard) and then
//!    advance or be lost (conversion); a deal reaching Negotiate sets its discount.
//! 6. Leads arrive ([`leads`]) and open new deals at Prospect.
//! 7. People and market drift ([`drift`]): morale, independence, discount habits,
//!    skills, tenure, buyers' expected discount, differentiation, goodwill.
//! 8. The week is recorded ([`record`]); the next week opens (hires join, events fire,
//!    demands are set).

mod deals;
mod drift;
mod leads;
mod plan;
mod quits;
mod record;
#[cfg(test)]
mod tests;

use super::{Happening, Plan, PlanError, WeekSummary};
use crate::sim::Run;

/// What happened to a seat this week, for the drift step.
#[derive(Clone, Copy, Default)]
pub(super) struct Tally {
    pub(super) wins_alone: u32,
    pub(super) wins_with: u32,
    pub(super) revenue: f64,
    pub(super) passed_on: f64,
    pub(super) coached: bool,
    pub(super) last_discount: Option<f64>,
}

/// What the week being resolved has recorded so far: each seat's tally and the feed.
pub(super) struct WeekLog {
    pub(super) tally: Vec<Tally>,
    pub(super) happenings: Vec<Happening>,
}

impl Run {
    /// Plays one week with the given plan. An invalid plan is refused with the reason.
    pub fn step(&mut self, plan: &Plan) -> Result<&WeekSummary, PlanError> {
        let cost = self.validate_plan(plan)?;
        let mut log = WeekLog {
            tally: vec![Tally::default(); self.team.reps.len()],
            happenings: std::mem::take(&mut self.ledger.opening),
        };
        self.apply_settings(plan, &mut log);
        let hours = self.apply_actions(plan, &cost, &mut log);
        self.draw_quits(&mut log);
        self.progress_deals(&mut log);
        let leads = self.arrive_leads(&mut log);
        self.drift(&log.tally);
        self.record(plan, log, hours, leads);
        self.tick += 1;
        self.open_week();
        Ok(self
            .ledger
            .history
            .last()
            .expect("a week was just recorded"))
    }
}
