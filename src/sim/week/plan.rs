//! Phases 2 and 3: the plan's settings and actions.

use super::WeekLog;
use crate::sim::{Plan, PlanCost, Run, Seat, TimeUse};

impl Run {
    /// Phase 2: the discount cap, and every rep's selling hours after the demands the
    /// manager passes on.
    pub(super) fn apply_settings(&mut self, plan: &Plan, log: &mut WeekLog) {
        if let Some(cap) = plan.discount_cap {
            self.raise_offers(cap);
            self.manager.discount_cap = cap;
        }
        let passed_per_rep = self.passed_on_hours(plan.absorb);
        let base = self.scenario.org.rep_selling_hours;
        for (r, t) in self.team.reps.iter_mut().zip(log.tally.iter_mut()) {
            r.selling_hours = match r.seat {
                Seat::Filled => {
                    t.passed_on = passed_per_rep;
                    (base - passed_per_rep).max(0.0)
                }
                _ => 0.0,
            };
        }
    }

    /// Phase 3: the actions in the plan's order, each paying its hours and goodwill.
    /// Returns the week's hours by time use (absorbed demands included).
    pub(super) fn apply_actions(
        &mut self,
        plan: &Plan,
        cost: &PlanCost,
        log: &mut WeekLog,
    ) -> [f64; 5] {
        let mut hours = [0.0; 5];
        hours[TimeUse::Organisation as usize] = cost.absorbed_hours;
        for a in &plan.actions {
            let (h, g) = self.action_cost(a);
            hours[a.time_use() as usize] += h;
            self.manager.goodwill -= g;
            self.apply_action(a, log);
        }
        for (acc, h) in self.manager.hours.iter_mut().zip(hours) {
            *acc += h;
        }
        hours
    }
}
