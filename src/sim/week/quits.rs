//! Phase 4: who resigns this week.

use super::WeekLog;
use crate::sim::draw;
use crate::sim::rng::{Purpose, Stream};
use crate::sim::{Happening, Run};

impl Run {
    /// Phase 4: each person's quit draw. The chance rises steeply as morale falls
    /// below 0.6 (half as steeply above it); a rep who quits takes their deals.
    pub(super) fn draw_quits(&mut self, log: &mut WeekLog) {
        for i in 0..self.team.reps.len() {
            if !self.team.reps[i].is_person() {
                continue;
            }
            let m = self.team.reps[i].morale;
            let fx = &self.scenario.effects;
            let k = if m < 0.6 { 1.0 } else { 0.5 };
            let x = fx.quit_steepness * k * (0.6 - m);
            let u = Stream::new(self.seed, i as u64, self.tick, Purpose::Quit).uniform();
            let quits = draw::below(u, fx.quit_base * draw::exp_estimate(x), || {
                fx.quit_base * libm::exp(x)
            });
            if quits {
                let name = self.team.reps[i].name.to_string();
                let deals_lost = self.depart(i, false);
                log.happenings.push(Happening::Quit {
                    name,
                    morale: m,
                    deals_lost,
                });
            }
        }
    }
}
