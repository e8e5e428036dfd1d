//! Phase 6: new leads open deals at Prospect.

use super::WeekLog;
use crate::sim::limits::{MAX_DEALS, MAX_OPEN_DEALS, MAX_OPEN_DEALS_PER_REP};
use crate::sim::rng::{Purpose, Stream};
use crate::sim::{Happening, Run, Stage};

impl Run {
    /// Phase 6: each seat's Poisson leads, within the deal limits (leads beyond them
    /// are turned away, and that is news). Returns the leads taken on.
    pub(super) fn arrive_leads(&mut self, log: &mut WeekLog) -> u32 {
        let n = self.team.reps.len();
        let mut leads = 0;
        // The deal limits can bind only past this many open deals; below it (every
        // real scenario) the seats' open deals are not even counted.
        let safe = MAX_OPEN_DEALS_PER_REP
            .min(MAX_OPEN_DEALS)
            .min(MAX_DEALS.saturating_sub(self.pipeline.closed_count()));
        let mut seat_open: Option<Vec<usize>> = None;
        for seat in 0..n {
            let lambda = self.lead_rate(&self.team.reps[seat]);
            let drawn =
                Stream::new(self.seed, seat as u64, self.tick, Purpose::Leads).poisson(lambda);
            let mut k = drawn;
            if seat_open.is_some() || self.pipeline.open.len() + k as usize > safe {
                let counts = seat_open.get_or_insert_with(|| {
                    let mut c = vec![0; n];
                    for d in &self.pipeline.open {
                        c[d.rep.0 as usize] += 1;
                    }
                    c
                });
                k = k.min(self.deal_room(counts[seat]) as u32);
                counts[seat] += k as usize;
                if k < drawn {
                    log.happenings.push(Happening::LeadsTurnedAway {
                        rep: self.team.reps[seat].id,
                        count: drawn - k,
                    });
                }
            }
            for _ in 0..k {
                let d = self.new_deal(seat, Stage::Prospect);
                self.pipeline.open.push(d);
            }
            self.team.reps[seat].funnel.leads += k;
            self.team.reps[seat].funnel.entered[0] += k;
            leads += k;
        }
        leads
    }
}
