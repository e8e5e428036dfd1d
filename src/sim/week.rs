//! Resolving one week.
//!
//! The order is fixed, so a run is a pure function of scenario, seed and plans:
//!
//! 1. The plan is validated (hours, goodwill, targets); an invalid plan changes nothing.
//! 2. Settings apply: discount cap; organisational demands are absorbed or passed on,
//!    which sets every rep's selling hours (coaching also takes rep time).
//! 3. Actions apply in the order the plan lists them.
//! 4. Quit draws: a rep may resign (their open deals are lost).
//! 5. Deals progress: each open deal may leave its stage (hazard) and then advance
//!    or be lost (conversion); a deal reaching Negotiate sets its discount.
//! 6. Leads arrive and open new deals at Prospect.
//! 7. People and market drift: morale, independence, discount habits, skills,
//!    tenure, buyers' expected discount, differentiation, goodwill.
//! 8. The week is recorded; the next week opens (hires join, events fire, demands are set).

use super::draw;
use super::limits::{MAX_DEALS, MAX_OPEN_DEALS, MAX_OPEN_DEALS_PER_REP};
use super::odds::{conversion, conversion_estimate};
use super::rng::{Purpose, Stream};
use super::{Checkpoint, Happening, Plan, PlanError, RepWeek, Seat, Stage, TimeUse, WeekSummary};
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
        let tick = self.tick;
        let n = self.team.reps.len();
        let mut log = WeekLog {
            tally: vec![Tally::default(); n],
            happenings: std::mem::take(&mut self.ledger.opening),
        };
        let mut hours = [0.0; 5];
        hours[TimeUse::Organisation as usize] = cost.absorbed_hours;

        // 2. Settings and selling time.
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

        // 3. Actions.
        for a in &plan.actions {
            let (h, g) = self.action_cost(a);
            hours[a.time_use() as usize] += h;
            self.manager.goodwill -= g;
            self.apply_action(a, &mut log);
        }
        for (acc, h) in self.manager.hours.iter_mut().zip(hours) {
            *acc += h;
        }

        // 4. Quits.
        for i in 0..n {
            if !self.team.reps[i].is_person() {
                continue;
            }
            let m = self.team.reps[i].morale;
            let fx = &self.scenario.effects;
            let k = if m < 0.6 { 1.0 } else { 0.5 };
            let x = fx.quit_steepness * k * (0.6 - m);
            let u = Stream::new(self.seed, i as u64, tick, Purpose::Quit).uniform();
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

        // 5. Deals progress.
        let mut open = vec![0u32; n];
        for d in &self.pipeline.open {
            open[d.rep.0 as usize] += 1;
        }
        let odds: Vec<_> = self
            .team()
            .reps
            .iter()
            .zip(&open)
            .map(|(r, &o)| self.seat_odds(r, o))
            .collect();
        let mut i = 0;
        while i < self.pipeline.open.len() {
            let d = &self.pipeline.open[i];
            let seat = d.rep.0 as usize;
            let si = d.stage.index().unwrap_or(0);
            let o = &odds[seat];
            let mut hazard = o.hazard[si];
            if d.super_close {
                hazard = (hazard * 1.5).min(0.95);
            }
            if d.approval_pending {
                hazard *= 0.5;
            }
            if d.stage == Stage::Negotiate {
                // A discount above what buyers expect pulls the signature forward.
                let above = (d.discount - self.market.buyer_expectation).max(0.0);
                hazard =
                    (hazard * (1.0 + self.scenario.effects.discount_pace * 10.0 * above)).min(0.95);
            }
            let mut s = Stream::keyed(d.key, tick, Purpose::DealStep);
            // The conversion draw is the stream's second number, taken only on exit.
            if s.uniform() >= hazard {
                let was_stale = self.is_stale(d);
                let d = &mut self.pipeline.open[i];
                d.weeks_in_stage += 1;
                if !was_stale && self.is_stale(&self.pipeline.open[i]) {
                    let d = &self.pipeline.open[i];
                    log.happenings.push(Happening::Stalled {
                        deal: d.id,
                        account: d.account,
                        rep: d.rep,
                        stage: d.stage,
                        weeks: d.weeks_in_stage,
                    });
                }
                i += 1;
                continue;
            }
            let u_conv = s.uniform();
            let (base, shift) = (
                self.stages.logit[si],
                o.shift[si].total() + self.deal_shift(d, d.fit, true),
            );
            if draw::below(u_conv, conversion_estimate(base, shift), || {
                conversion(base, shift)
            }) {
                if self.advance(i, &mut log) {
                    i += 1;
                }
            } else {
                let cause = self.loss_cause(d, o);
                let d = self.lose_deal(i, cause.clone(), true);
                let stage = d.lost_at.unwrap_or(Stage::Prospect);
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
            }
        }

        // A request nobody answered lapses: the rep goes on at the cap.
        for d in &mut self.pipeline.open {
            if d.approval_pending && d.requested < tick {
                d.approval_pending = false;
            }
        }

        // 6. Leads.
        let mut leads = 0;
        // The deal limits can bind only past this many open deals; below it (every
        // real scenario) the seats' open deals are not even counted.
        let safe = MAX_OPEN_DEALS_PER_REP
            .min(MAX_OPEN_DEALS)
            .min(MAX_DEALS.saturating_sub(self.pipeline.closed_count()));
        let mut seat_open: Option<Vec<usize>> = None;
        for seat in 0..n {
            let lambda = self.lead_rate(&self.team.reps[seat]);
            let drawn = Stream::new(self.seed, seat as u64, tick, Purpose::Leads).poisson(lambda);
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

        // 7. Drift.
        self.drift(&log.tally);

        // 8. Record and open the next week.
        self.record(plan, log, hours, leads);
        self.tick += 1;
        self.open_week();
        Ok(self
            .ledger
            .history
            .last()
            .expect("a week was just recorded"))
    }

    /// Moves deal `i` to its next stage. Returns false if it left the open list (won).
    fn advance(&mut self, i: usize, log: &mut WeekLog) -> bool {
        let tick = self.tick;
        let fx = &self.scenario.effects;
        let d = &self.pipeline.open[i];
        let seat = d.rep.0 as usize;
        let from = d.stage;
        let alone = !d.ride_along && !d.super_close;
        // Practice: doing the stage's work yourself keeps the skill sharp.
        if alone
            && self.team.reps[seat].is_person()
            && let Some(w) = self.stages.skills(from)
        {
            for (k, wt) in w.iter() {
                let s = self.team.reps[seat].skills.get_mut(k);
                *s += fx.practice * wt * (1.0 - *s);
            }
        }
        let to = from.next();
        let outlook = self.outlook_active();
        let outlook_value = fx.outlook_value;
        let d = &mut self.pipeline.open[i];
        d.stage = to;
        d.weeks_in_stage = 0;
        d.ride_along = false;
        d.super_close = false;
        if to == Stage::Won {
            let mut d = self.pipeline.open.swap_remove(i);
            d.closed = Some(tick);
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
            if !with_manager {
                f.won_alone += 1;
                log.tally[seat].wins_alone += 1;
            } else {
                log.tally[seat].wins_with += 1;
            }
            log.tally[seat].revenue += revenue;
            log.tally[seat].last_discount = Some(d.discount);
            log.happenings.push(Happening::Won {
                deal: d.id,
                account: d.account,
                rep: d.rep,
                revenue,
                discount: d.discount,
                with_manager,
            });
            self.pipeline.closed.push(d);
            return false;
        }
        if let Some(k) = to.index() {
            self.team.reps[seat].funnel.entered[k] += 1;
        }
        if to == Stage::Propose && outlook {
            // A two-year story lets the rep propose a bigger scope.
            self.pipeline.open[i].value *= 1.0 + outlook_value;
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

    /// Step 7: people and market drift.
    fn drift(&mut self, tally: &[Tally]) {
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
            for k in super::Skill::ALL {
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

    /// Step 8: writes the week's summary and forecast checkpoint.
    fn record(&mut self, plan: &Plan, log: WeekLog, hours: [f64; 5], leads: u32) {
        let WeekLog {
            tally,
            mut happenings,
        } = log;
        let tick = self.tick;
        let mut open = vec![(0u32, 0.0f64); self.team.reps.len()];
        for d in &self.pipeline.open {
            let o = &mut open[d.rep.0 as usize];
            o.0 += 1;
            o.1 += d.value;
        }
        // Every four weeks, the forecast the manager would commit: the late-stage
        // pipeline as the reps present it. (Only then: it is the costliest part of a week.)
        if !self.ledger.quiet && tick.is_multiple_of(4) && tick + 8 <= self.scenario.weeks {
            let odds: Vec<_> = self
                .team()
                .reps
                .iter()
                .zip(&open)
                .map(|(r, o)| self.seat_odds(r, o.0))
                .collect();
            let mut seen = 0.0;
            let mut late = Vec::new();
            for d in self
                .pipeline
                .open
                .iter()
                .filter(|d| d.stage >= Stage::Propose)
            {
                let o = &odds[d.rep.0 as usize];
                let rev = d.value * (1.0 - d.discount.max(self.market.buyer_expectation));
                seen += self.win_probability(d, o, true) * rev;
                late.push(d.id);
            }
            self.ledger.checkpoints.push(Checkpoint {
                week: tick + 1,
                forecast: seen,
                deals: late,
            });
        }
        // Stale metrics and news are news in themselves, once.
        let life = self.scenario.company.metrics_shelf_life_weeks;
        if self
            .market
            .metrics_built
            .is_some_and(|b| tick.saturating_sub(b) == life + 1)
        {
            happenings.push(Happening::MetricsStale);
        }
        let news_life = self.scenario.company.news_shelf_life_weeks as f64;
        if (tick as f64 - self.market.news_tick - news_life - 1.0).abs() < 0.5
            && self.scenario.market.competitor_intensity > 0.0
        {
            happenings.push(Happening::NewsStale);
        }
        let revenue: f64 = tally.iter().map(|t| t.revenue).sum();
        let prev = self.ledger.history.last();
        let (cum_revenue, cum_margin) = prev.map_or((0.0, 0.0), |p| (p.cum_revenue, p.cum_margin));
        let (mut margin, mut list, mut wins, mut losses) = (0.0, 0.0, 0, 0);
        for d in self.pipeline.closed.iter().rev() {
            if d.closed != Some(tick) {
                break;
            }
            if d.stage == Stage::Won {
                margin += d.revenue() - d.value * self.scenario.market.cost_ratio;
                list += d.value;
                wins += 1;
            } else {
                losses += 1;
            }
        }
        if self.ledger.quiet {
            happenings.clear();
        }
        let reps = self
            .team()
            .reps
            .iter()
            .filter(|_| !self.ledger.quiet)
            .zip(&tally)
            .zip(&open)
            .map(|((r, t), o)| RepWeek {
                id: r.id,
                name: r.name.clone(),
                active: r.is_active(),
                book: r.is_book(),
                skills: r.skills,
                morale: r.morale,
                independence: r.independence,
                discount_habit: r.discount_habit,
                selling_hours: r.selling_hours,
                revenue: t.revenue,
                wins: t.wins_alone + t.wins_with,
                open_deals: o.0,
                pipeline_value: o.1,
            })
            .collect();
        self.ledger.history.push(WeekSummary {
            week: tick + 1,
            revenue,
            margin,
            list_value_won: list,
            wins,
            losses,
            leads,
            cum_revenue: cum_revenue + revenue,
            cum_margin: cum_margin + margin,
            quota_to_date: self.quota_to(tick + 1),
            open_deals: self.pipeline.open.len() as u32,
            pipeline_value: open.iter().map(|o| o.1).sum(),
            hours,
            org_demand_hours: self.org.demand_hours,
            buyer_expectation: self.market.buyer_expectation,
            differentiation: self.market.differentiation,
            metrics_strength: self.metrics_strength(),
            goodwill: self.manager.goodwill,
            reps,
            happenings,
        });
        if !self.ledger.quiet {
            self.ledger.plans.push(plan.clone());
        }
    }
}
