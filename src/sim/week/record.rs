//! Phase 8: the week's summary and the forecast checkpoint.

use super::{Tally, WeekLog};
use crate::sim::{Checkpoint, Happening, Plan, RepWeek, Run, Stage, WeekSummary};

/// What one week's closed deals add up to.
#[derive(Default)]
struct Closed {
    margin: f64,
    list: f64,
    wins: u32,
    losses: u32,
}

impl Run {
    /// Phase 8: writes the week's summary (and, every four weeks, the forecast
    /// checkpoint). A quiet run (the projection) keeps only the totals.
    pub(super) fn record(&mut self, plan: &Plan, log: WeekLog, hours: [f64; 5], leads: u32) {
        let WeekLog {
            tally,
            mut happenings,
        } = log;
        let tick = self.tick;
        let open = self.open_by_seat();
        // Every four weeks, the forecast the manager would commit. (Only then: it is
        // the costliest part of a week.)
        if !self.ledger.quiet && tick.is_multiple_of(4) && tick + 8 <= self.scenario.weeks {
            let checkpoint = self.forecast(&open);
            self.ledger.checkpoints.push(checkpoint);
        }
        self.stale_tools_news(&mut happenings);
        let revenue: f64 = tally.iter().map(|t| t.revenue).sum();
        let prev = self.ledger.history.last();
        let (cum_revenue, cum_margin) = prev.map_or((0.0, 0.0), |p| (p.cum_revenue, p.cum_margin));
        let closed = self.closed_this_week();
        let reps = if self.ledger.quiet {
            happenings.clear();
            Vec::new()
        } else {
            self.rep_weeks(&tally, &open)
        };
        self.ledger.history.push(WeekSummary {
            week: tick + 1,
            revenue,
            margin: closed.margin,
            list_value_won: closed.list,
            wins: closed.wins,
            losses: closed.losses,
            leads,
            cum_revenue: cum_revenue + revenue,
            cum_margin: cum_margin + closed.margin,
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

    /// Each seat's open deals and their value.
    fn open_by_seat(&self) -> Vec<(u32, f64)> {
        let mut open = vec![(0u32, 0.0f64); self.team.reps.len()];
        for d in &self.pipeline.open {
            let o = &mut open[d.rep.0 as usize];
            o.0 += 1;
            o.1 += d.value;
        }
        open
    }

    /// The forecast the manager would commit: the late-stage pipeline as the reps
    /// present it (optimistic fit unless a review showed the truth).
    fn forecast(&self, open: &[(u32, f64)]) -> Checkpoint {
        let odds: Vec<_> = self
            .team
            .reps
            .iter()
            .zip(open)
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
        Checkpoint {
            week: self.tick + 1,
            forecast: seen,
            deals: late,
        }
    }

    /// Stale metrics and stale news are news in themselves, once, the week after they
    /// expire.
    fn stale_tools_news(&self, happenings: &mut Vec<Happening>) {
        let tick = self.tick;
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
    }

    /// Margin, list value, wins and losses of the deals closed this week (the newest
    /// closed deals).
    fn closed_this_week(&self) -> Closed {
        let mut c = Closed::default();
        for d in self.pipeline.closed.iter().rev() {
            if d.closed != Some(self.tick) {
                break;
            }
            if d.stage == Stage::Won {
                c.margin += d.revenue() - d.value * self.scenario.market.cost_ratio;
                c.list += d.value;
                c.wins += 1;
            } else {
                c.losses += 1;
            }
        }
        c
    }

    /// Each seat's week as the reports show it.
    fn rep_weeks(&self, tally: &[Tally], open: &[(u32, f64)]) -> Vec<RepWeek> {
        self.team
            .reps
            .iter()
            .zip(tally)
            .zip(open)
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
            .collect()
    }
}
