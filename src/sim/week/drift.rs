//! Phase 7: people and the market drift.

use super::Tally;
use crate::sim::{Run, Skill};

impl Run {
    /// Phase 7: morale reverts and moves with wins, blame and passed-on demands;
    /// independence grows with wins alone; habits follow the discounts given; skills
    /// fade without practice; buyers learn the team's discounts.
    pub(super) fn drift(&mut self, tally: &[Tally]) {
        let scenario = std::sync::Arc::clone(&self.scenario);
        let fx = &scenario.effects;
        let blame = self.scenario.company.blame;
        let quota = self.seat_quota_per_week() * (self.tick + 1) as f64;
        let mut discounts = (0.0, 0u32);
        for (r, t) in self.team.reps.iter_mut().zip(tally) {
            if let Some(d) = t.last_discount {
                discounts.0 += d;
                discounts.1 += 1;
            }
            if !r.is_person() {
                continue;
            }
            let pace = if quota > 0.0 {
                (r.funnel.revenue / quota).min(1.0)
            } else {
                1.0
            };
            let mut m = r.morale;
            m += fx.morale_reversion * (fx.morale_baseline - m);
            m += fx.win_morale * (t.wins_alone as f64 + 0.5 * t.wins_with as f64);
            m -= fx.passed_on_morale * t.passed_on;
            m -= fx.blame_morale * blame * (1.0 - 0.5 * pace);
            if t.coached {
                m += fx.coaching_morale;
            }
            r.morale = m.clamp(0.0, 1.0);
            for _ in 0..t.wins_alone {
                r.independence += fx.win_independence * (1.0 - r.independence);
            }
            r.independence = r.independence.clamp(0.0, 1.0);
            if let Some(d) = t.last_discount {
                r.discount_habit += fx.habit_self * (d - r.discount_habit);
            }
            r.discount_habit = r.discount_habit.clamp(0.0, fx.discount_ceiling);
            for k in Skill::ALL {
                let s = r.skills.get_mut(k);
                *s = (*s - fx.skill_decay * (*s - 0.1).max(0.0)).clamp(0.0, 1.0);
            }
            r.tenure_weeks += 1;
        }
        if discounts.1 > 0 {
            let avg = discounts.0 / discounts.1 as f64;
            let e = &mut self.market.buyer_expectation;
            *e = (*e + fx.buyer_learning * (avg - *e)).min(fx.discount_ceiling.max(*e));
        }
        self.market.differentiation *= 1.0 - fx.differentiation_decay;
        let mgr = &self.scenario.manager;
        self.manager.goodwill =
            (self.manager.goodwill + mgr.goodwill_per_week).min(mgr.goodwill_max);
    }
}
