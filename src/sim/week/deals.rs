//! Phase 5: every open deal may leave its stage, then advances or is lost.

use super::WeekLog;
use crate::sim::rng::{Purpose, Stream};
use crate::sim::{Deal, Happening, Run, SeatOdds, Stage, conversion, conversion_estimate, draw};

impl Run {
    /// Phase 5: this week's seat odds, then each open deal's exit draw and, on exit,
    /// its conversion draw. Unanswered discount requests lapse at the end.
    pub(super) fn progress_deals(&mut self, log: &mut WeekLog) {
        let odds = self.week_odds();
        let mut i = 0;
        while i < self.pipeline.open.len() {
            let d = &self.pipeline.open[i];
            let o = &odds[d.rep.0 as usize];
            let mut s = Stream::keyed(d.key, self.tick, Purpose::DealStep);
            // The conversion draw is the stream's second number, taken only on exit.
            let stays = s.uniform() >= self.exit_hazard(d, o);
            let kept = if stays {
                self.stay(i, log);
                true
            } else {
                self.leave_stage(i, s.uniform(), o, log)
            };
            if kept {
                i += 1;
            }
        }
        // A request nobody answered lapses: the rep goes on at the cap.
        let tick = self.tick;
        for d in &mut self.pipeline.open {
            if d.approval_pending && d.requested < tick {
                d.approval_pending = false;
            }
        }
    }

    /// Every seat's odds this week, from its open deals (capacity) and its people.
    pub(super) fn week_odds(&self) -> Vec<SeatOdds> {
        let mut open = vec![0u32; self.team.reps.len()];
        for d in &self.pipeline.open {
            open[d.rep.0 as usize] += 1;
        }
        self.team
            .reps
            .iter()
            .zip(&open)
            .map(|(r, &o)| self.seat_odds(r, o))
            .collect()
    }

    /// The chance a deal leaves its stage this week: the seat's hazard, faster when
    /// the manager closes it or a discount above what buyers expect pulls the
    /// signature forward, slower while a discount request waits.
    pub(super) fn exit_hazard(&self, d: &Deal, o: &SeatOdds) -> f64 {
        let si = d.stage.index().unwrap_or(0);
        let mut hazard = o.hazard[si];
        if d.super_close {
            hazard = (hazard * 1.5).min(0.95);
        }
        if d.approval_pending {
            hazard *= 0.5;
        }
        if d.stage == Stage::Negotiate {
            let above = (d.discount - self.market.buyer_expectation).max(0.0);
            hazard =
                (hazard * (1.0 + self.scenario.effects.discount_pace * 10.0 * above)).min(0.95);
        }
        hazard
    }

    /// Deal `i` stays in its stage another week; it is news once when it turns stale.
    fn stay(&mut self, i: usize, log: &mut WeekLog) {
        let was_stale = self.is_stale(&self.pipeline.open[i]);
        self.pipeline.open[i].weeks_in_stage += 1;
        let d = &self.pipeline.open[i];
        if !was_stale && self.is_stale(d) {
            log.happenings.push(Happening::Stalled {
                deal: d.id,
                account: d.account,
                rep: d.rep,
                stage: d.stage,
                weeks: d.weeks_in_stage,
            });
        }
    }

    /// Deal `i` leaves its stage: the uniform `u` against its conversion decides
    /// whether it advances or is lost. Returns whether it is still open.
    fn leave_stage(&mut self, i: usize, u: f64, o: &SeatOdds, log: &mut WeekLog) -> bool {
        let d = &self.pipeline.open[i];
        let si = d.stage.index().unwrap_or(0);
        let own = self.deal_terms(d, d.fit, true);
        let (base, shift) = (self.stages.logit[si], o.shift[si].total() + own.total());
        if draw::below(u, conversion_estimate(base, shift), || {
            conversion(base, shift)
        }) {
            return self.advance(i, log);
        }
        let cause = self.loss_cause(d, &o.shift[si], &own);
        let d = self.lose_deal(i, cause.clone(), true);
        let stage = d.lost_at.unwrap_or(Stage::Prospect);
        // Early losses are the funnel's normal sifting, not news.
        if stage >= Stage::Discover {
            let lost = Happening::Lost {
                deal: d.id,
                account: d.account,
                rep: d.rep,
                stage,
                cause,
            };
            log.happenings.push(lost);
        }
        false
    }

    /// Moves deal `i` to its next stage. Returns false if it left the open list (won).
    pub(super) fn advance(&mut self, i: usize, log: &mut WeekLog) -> bool {
        self.practise(i);
        let to = self.pipeline.open[i].stage.next();
        let outlook = self.outlook_active();
        let d = &mut self.pipeline.open[i];
        d.stage = to;
        d.weeks_in_stage = 0;
        d.ride_along = false;
        d.super_close = false;
        if to == Stage::Won {
            self.book_win(i, log);
            return false;
        }
        let seat = d.rep.0 as usize;
        if let Some(k) = to.index() {
            self.team.reps[seat].funnel.entered[k] += 1;
        }
        if to == Stage::Propose && outlook {
            // A two-year story lets the rep propose a bigger scope.
            self.pipeline.open[i].value *= 1.0 + self.scenario.effects.outlook_value;
        }
        if to == Stage::Negotiate {
            self.set_discount(i, None);
            let d = &self.pipeline.open[i];
            if d.approval_pending {
                log.happenings.push(Happening::DiscountRequest {
                    deal: d.id,
                    account: d.account,
                    rep: d.rep,
                    asked: d.discount_asked,
                    cap: self.manager.discount_cap,
                });
            }
        }
        true
    }

    /// Practice: a rep who does a stage's work without the manager keeps its skills
    /// sharp.
    fn practise(&mut self, i: usize) {
        let d = &self.pipeline.open[i];
        let seat = d.rep.0 as usize;
        let alone = !d.ride_along && !d.super_close;
        if alone
            && self.team.reps[seat].is_person()
            && let Some(w) = self.stages.skills(d.stage)
        {
            let practice = self.scenario.effects.practice;
            for (k, wt) in w.iter() {
                let s = self.team.reps[seat].skills.get_mut(k);
                *s += practice * wt * (1.0 - *s);
            }
        }
    }

    /// Closes open deal `i` as won: the one way a deal is won. Books its revenue and
    /// margin in the rep's funnel and the week's tally.
    fn book_win(&mut self, i: usize, log: &mut WeekLog) {
        let tick = self.tick;
        let mut d = self.pipeline.open.swap_remove(i);
        d.closed = Some(tick);
        let seat = d.rep.0 as usize;
        let with_manager = d.manager_touched;
        let revenue = d.revenue();
        let cost = d.value * self.scenario.market.cost_ratio;
        let f = &mut self.team.reps[seat].funnel;
        f.won += 1;
        f.revenue += revenue;
        f.list_value_won += d.value;
        f.margin += revenue - cost;
        f.discount_sum += d.discount;
        if !d.seeded {
            f.cycle_weeks += tick + 1 - d.opened.min(tick + 1);
            f.cycle_wins += 1;
        }
        let t = &mut log.tally[seat];
        if !with_manager {
            f.won_alone += 1;
            t.wins_alone += 1;
        } else {
            t.wins_with += 1;
        }
        t.revenue += revenue;
        t.last_discount = Some(d.discount);
        log.happenings.push(Happening::Won {
            deal: d.id,
            account: d.account,
            rep: d.rep,
            revenue,
            discount: d.discount,
            with_manager,
        });
        self.pipeline.closed.push(d);
    }
}
