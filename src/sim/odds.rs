//! Stage odds: exit hazards and logit-shifted conversion probabilities, and the
//! model's forecast for a deal (the chain's absorption probability).
//!
//! Odds are split into a per-seat, per-stage part computed once a week
//! ([`SeatOdds`]) and a per-deal part, which keeps the weekly deal loop cheap.

use super::draw;
use super::rng::logistic;

use super::{Deal, LossCause, Rep, Run, Skill, Stage};

/// The parts of a seat's log-odds at one stage, kept apart so a loss can be explained.
#[derive(Clone, Copy, Debug, Default)]
pub struct SeatShift {
    /// Skill term and the skill that drags most (with its level).
    pub skill: f64,
    pub weakest: Option<(Skill, f64)>,
    pub morale: f64,
    pub independence: f64,
    /// Metrics, differentiation, outlook and launch lift (Propose, Negotiate).
    pub enablement: f64,
    /// Stale news against competition (≤ 0).
    pub news: f64,
}

impl SeatShift {
    pub fn total(&self) -> f64 {
        self.skill + self.morale + self.independence + self.enablement + self.news
    }
}

/// A deal's own log-odds terms at its stage, on top of its seat's.
#[derive(Clone, Copy, Debug, Default)]
pub struct DealShift {
    /// The buyer's fit × how much health weighs.
    pub fit: f64,
    /// Lost by sitting beyond twice the stage's usual length (≥ 0, subtracted).
    pub stale: f64,
    pub ride_along: f64,
    pub super_close: f64,
    /// At Negotiate: the discount offered against what buyers expect.
    pub price: f64,
    /// At Negotiate: a competitor's price cut (≥ 0, subtracted).
    pub competitor_price: f64,
}

impl DealShift {
    /// The terms summed in the model's fixed order.
    pub fn total(&self) -> f64 {
        self.fit - self.stale
            + self.ride_along
            + self.super_close
            + (self.price - self.competitor_price)
    }
}

/// Weekly cache of a seat's odds at each open stage (the stages' base log-odds are
/// the same for every seat: `Run::stages`).
#[derive(Clone, Debug, Default)]
pub struct SeatOdds {
    pub shift: [SeatShift; 5],
    /// Weekly exit hazard before deal-level factors.
    pub hazard: [f64; 5],
}

/// Good things have diminishing returns at a stage; bad things do not.
/// Positive log-odds shifts saturate at `SATURATION`.
pub const SATURATION: f64 = 1.0;

/// Conversion probability from a stage's base log-odds and the total shift.
#[inline]
pub fn conversion(base: f64, shift: f64) -> f64 {
    logistic(base + saturate(shift, libm::tanh))
}

/// [`conversion`] from the cheap estimates of [`super::draw`], for comparisons.
#[inline]
pub fn conversion_estimate(base: f64, shift: f64) -> f64 {
    draw::logistic_estimate(base + saturate(shift, draw::tanh_estimate))
}

/// A positive shift saturates at [`SATURATION`] through `tanh`; a negative one does not.
#[inline]
fn saturate(shift: f64, tanh: fn(f64) -> f64) -> f64 {
    if shift > 0.0 {
        SATURATION * tanh(shift / SATURATION)
    } else {
        shift
    }
}

/// Log-odds one skill at `level` adds at a stage where it weighs `w`: below the middle
/// every point counts fully (and a glaring gap below 0.35 extra); above it, only
/// `skill_above_mid` of a point, because a funnel breaks at its weakest link.
pub(super) fn skill_term(fx: &crate::sim::scenario::Effects, w: f64, level: f64) -> f64 {
    let x = level - 0.5;
    let slope = if x > 0.0 { fx.skill_above_mid } else { 1.0 };
    fx.skill * w * slope * x - fx.skill_gap * w * (0.35 - level).max(0.0)
}

impl Run {
    /// Chance that a new lead becomes a win for this rep on skills alone (morale,
    /// independence, enablement and the market held neutral): the rep's selling
    /// capability. A weak stage costs more than a strong one adds, as in the odds.
    pub fn lead_win_chance(&self, rep: &Rep) -> f64 {
        let fx = &self.scenario.effects;
        Stage::OPEN
            .iter()
            .map(|s| {
                let i = s.index().unwrap_or(0);
                let shift: f64 = self.stages.skills[i]
                    .iter()
                    .map(|(k, w)| skill_term(fx, w, rep.skills.get(k)))
                    .sum();
                conversion(self.stages.logit[i], shift)
            })
            .product()
    }

    /// Mean [`Run::lead_win_chance`] of the people on the team (0 when nobody is).
    pub fn selling_capability(&self) -> f64 {
        let (sum, n) = self
            .team
            .reps
            .iter()
            .filter(|r| r.is_person())
            .fold((0.0, 0), |(s, n), r| (s + self.lead_win_chance(r), n + 1));
        if n == 0 { 0.0 } else { sum / n as f64 }
    }

    /// Computes the seat-level odds for this week.
    pub(super) fn seat_odds(&self, rep: &Rep, open_deals: u32) -> SeatOdds {
        let sc = &self.scenario;
        let fx = &sc.effects;
        let mut out = SeatOdds::default();
        let time = self.time_factor(rep);
        let open = open_deals as f64;
        let capacity = (sc.pipeline.rep_capacity as f64 / open.max(1.0)).min(1.0);
        let enable = self.enablement_shift();
        let news = self.news_shift();
        let pace = time.max(0.2).sqrt() * capacity;
        for s in Stage::OPEN {
            let i = s.index().unwrap_or(0);
            let mut sh = SeatShift::default();
            let mut stage_skill = 0.0;
            let mut wsum = 0.0;
            for (k, w) in self.stages.skills[i].iter() {
                let level = rep.skills.get(k);
                sh.skill += skill_term(fx, w, level);
                stage_skill += w * level;
                wsum += w;
                if sh.weakest.is_none_or(|(_, l)| level < l) {
                    sh.weakest = Some((k, level));
                }
            }
            if wsum > 0.0 {
                stage_skill /= wsum;
            } else {
                stage_skill = 0.5;
            }
            sh.morale = fx.morale * (rep.morale - 0.65);
            let mut hazard = self.stages.exit_rate[i] * (0.8 + 0.4 * stage_skill);
            hazard *= pace;
            if s == Stage::Negotiate {
                sh.independence = fx.independence * (rep.independence - 0.6);
                if rep.is_person() {
                    hazard *= fx.dependent_speed + (1.0 - fx.dependent_speed) * rep.independence;
                }
            }
            if matches!(s, Stage::Propose | Stage::Negotiate) {
                // Metrics, stories and outlooks help as far as the rep can use them.
                let usable = ((stage_skill - 0.35) / (fx.enablement_skill - 0.35)).clamp(0.0, 1.0);
                sh.enablement = if enable > 0.0 {
                    enable * usable
                } else {
                    enable
                };
                sh.news = news;
            }
            out.shift[i] = sh;
            out.hazard[i] = hazard.min(0.95);
        }
        out
    }

    /// Selling-time factor of a seat this week (1 = a full selling week), with ramp.
    pub(super) fn time_factor(&self, rep: &Rep) -> f64 {
        let base = self.scenario.org.rep_selling_hours;
        let t = (rep.selling_hours / base).clamp(0.0, 1.2);
        t * self.ramp(rep)
    }

    /// Productivity of a rep during ramp-up, 0..1.
    pub(super) fn ramp(&self, rep: &Rep) -> f64 {
        if !rep.is_person() {
            return 1.0;
        }
        let h = &self.scenario.hiring;
        if h.ramp_weeks == 0 {
            return 1.0;
        }
        let f = (rep.tenure_weeks as f64 / h.ramp_weeks as f64).min(1.0);
        h.ramp_start + (1.0 - h.ramp_start) * f
    }

    /// Strength of the value-metrics pack now: freshness × how convincing the numbers are.
    pub fn metrics_strength(&self) -> f64 {
        let Some(built) = self.market.metrics_built else {
            return 0.0;
        };
        let c = &self.scenario.company;
        let age = self.tick.saturating_sub(built) as f64;
        let life = c.metrics_shelf_life_weeks.max(1) as f64;
        let fresh = if age <= life {
            1.0
        } else {
            (1.0 - (age - life) / (life * 0.5)).max(0.0)
        };
        // A new pack takes a few weeks to reach every conversation.
        let rollout = self.scenario.effects.metrics_rollout_weeks as f64;
        let fresh = fresh * ((age + 1.0) / rollout.max(1.0)).min(1.0);
        fresh * ((c.metrics_quality() - 0.4) / 0.6).clamp(-0.3, 1.0)
    }

    /// Log-odds at Propose/Negotiate from metrics, differentiation, outlook and launches.
    fn enablement_shift(&self) -> f64 {
        let fx = &self.scenario.effects;
        let mut x = fx.metrics * self.metrics_strength();
        x += fx.differentiation * self.market.differentiation * self.competition();
        if self.outlook_active() {
            x += fx.outlook_logit;
        }
        x += self.market.launch_lift;
        x
    }

    /// Whether customers have gone longer than the news shelf life without news.
    pub fn news_is_stale(&self) -> bool {
        let life = self.scenario.company.news_shelf_life_weeks.max(1) as f64;
        self.tick as f64 - self.market.news_tick > life
    }

    /// Penalty at Propose/Negotiate when the supplier has had nothing new to say.
    fn news_shift(&self) -> f64 {
        let life = self.scenario.company.news_shelf_life_weeks.max(1) as f64;
        let age = self.tick as f64 - self.market.news_tick;
        if age <= life {
            0.0
        } else {
            -self.scenario.effects.stale_news * self.competition() * ((age - life) / life).min(1.0)
        }
    }

    /// Competitive intensity this week, 0..1 (raised by a competitor price cut).
    pub fn competition(&self) -> f64 {
        (self.scenario.market.competitor_intensity + self.market.competitor_cut).min(1.0)
    }

    pub fn outlook_active(&self) -> bool {
        self.market.outlook_until.is_some_and(|u| self.tick < u)
    }

    /// A deal's own log-odds terms on top of the seat's, given a fit to assume: the
    /// one breakdown that both the conversion and the loss cause read.
    pub(super) fn deal_terms(&self, deal: &Deal, fit: f64, with_stale: bool) -> DealShift {
        let fx = &self.scenario.effects;
        let mut t = DealShift {
            fit: fit * fx.health,
            ..DealShift::default()
        };
        if with_stale {
            t.stale = self.stale_penalty(deal);
        }
        if deal.ride_along {
            t.ride_along = fx.ride_along;
        }
        if deal.super_close {
            t.super_close = fx.super_close;
        }
        if deal.stage == Stage::Negotiate {
            // Against what buyers expect, less a competitor's cut blunted by
            // differentiation.
            let cut = self.market.competitor_cut * (1.0 - self.market.differentiation);
            t.price = fx.discount * (deal.discount - self.market.buyer_expectation);
            t.competitor_price = fx.competitor_cut * cut;
        }
        t
    }

    /// Log-odds lost by a deal sitting beyond twice the stage's mean length.
    pub(super) fn stale_penalty(&self, deal: &Deal) -> f64 {
        let mean = self.scenario.pipeline.mean_weeks.get(deal.stage);
        let excess = deal.weeks_in_stage as f64 - 2.0 * mean;
        if excess <= 0.0 {
            0.0
        } else {
            (self.scenario.effects.stale * excess / mean).min(1.5)
        }
    }

    /// Whether a pipeline review still shows the deal's true fit this week.
    fn is_revealed(&self, deal: &Deal) -> bool {
        deal.revealed_until.is_some_and(|u| self.tick < u)
    }

    pub(super) fn is_stale(&self, deal: &Deal) -> bool {
        deal.weeks_in_stage as f64 > 2.0 * self.scenario.pipeline.mean_weeks.get(deal.stage)
    }

    /// A deal's health as the manager can see it: how long it has sat in its stage
    /// against the norm, and its true fit once a review revealed it.
    pub fn health(&self, deal: &Deal) -> Health {
        if self.is_revealed(deal) && deal.fit < -0.5 {
            return Health::Doomed;
        }
        // The model's own test, so the board's "stale" is exactly what it penalises.
        let mean = self.scenario.pipeline.mean_weeks.get(deal.stage);
        if self.is_stale(deal) {
            Health::Stale
        } else if deal.weeks_in_stage as f64 > 1.25 * mean {
            Health::Slow
        } else {
            Health::Healthy
        }
    }

    /// The model's win probability for an open deal: the product of its remaining
    /// conversions (hazards set timing, not the outcome). `seen` uses what the manager
    /// can see: reps' optimistic fit unless a review revealed the truth.
    pub fn win_probability(&self, deal: &Deal, odds: &SeatOdds, seen: bool) -> f64 {
        let Some(start) = deal.stage.index() else {
            return if deal.stage == Stage::Won { 1.0 } else { 0.0 };
        };
        let revealed = self.is_revealed(deal);
        let fit = if seen && !revealed {
            self.scenario.effects.rep_optimism
        } else {
            deal.fit
        };
        let mut p = 1.0;
        for i in start..5 {
            let shift = if i == start {
                self.deal_terms(deal, fit, !seen || revealed).total()
            } else {
                fit * self.scenario.effects.health
            };
            p *= conversion(self.stages.logit[i], odds.shift[i].total() + shift);
        }
        p
    }

    /// Explains a loss by the largest negative term of its log-odds: the seat's
    /// terms at the deal's stage and the deal's own.
    pub(super) fn loss_cause(&self, deal: &Deal, seat: &SeatShift, own: &DealShift) -> LossCause {
        let fx = &self.scenario.effects;
        let mut worst = (own.fit, LossCause::PoorFit);
        let mut consider = |x: f64, c: LossCause| {
            if x < worst.0 {
                worst = (x, c);
            }
        };
        if let Some((skill, level)) = seat.weakest {
            let w = self
                .stages
                .skills(deal.stage)
                .map_or(0.0, |t| t.weight(skill));
            consider(skill_term(fx, w, level), LossCause::Skill { skill, level });
        }
        consider(
            seat.morale,
            LossCause::Morale {
                level: (seat.morale / fx.morale.max(1e-9)) + 0.65,
            },
        );
        consider(
            -own.stale,
            LossCause::Stalled {
                weeks: deal.weeks_in_stage,
            },
        );
        consider(seat.news, LossCause::Competitor);
        if deal.stage == Stage::Negotiate {
            consider(
                -own.competitor_price,
                LossCause::CompetitorPrice {
                    cut: self.market.competitor_cut,
                    offered: deal.discount,
                },
            );
            consider(
                own.price,
                LossCause::Price {
                    offered: deal.discount,
                    expected: self.market.buyer_expectation,
                },
            );
        }
        worst.1
    }
}

/// What the manager can see of a deal's health (pipeline board colours, deal table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    /// Moving at or near the stage's usual pace.
    Healthy,
    /// Longer than usual in its stage.
    Slow,
    /// More than twice the usual time: losing odds every week.
    Stale,
    /// A review showed the buyer is a poor fit.
    Doomed,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::test_support::{baseline_run, negotiating_deal};

    /// A deal at Negotiate from the seeded pipeline, with the seat's terms there.
    fn negotiating(r: &Run) -> (Deal, SeatShift) {
        let d = negotiating_deal(r);
        let seat = r.seat_odds(&r.team.reps[d.rep.0 as usize], 0).shift[4];
        (d, seat)
    }

    #[test]
    fn a_loss_is_put_down_to_the_term_that_cost_most() {
        let mut r = baseline_run(9);
        let (mut d, seat) = negotiating(&r);
        d.fit = 2.0;
        d.weeks_in_stage = 0;
        // A deep competitor cut with no differentiation outweighs everything else.
        r.market.competitor_cut = 0.5;
        r.market.differentiation = 0.0;
        d.discount = r.market.buyer_expectation;
        let own = r.deal_terms(&d, d.fit, true);
        assert_eq!(own.price, 0.0);
        assert!(matches!(
            r.loss_cause(&d, &seat, &own),
            LossCause::CompetitorPrice { .. }
        ));
        // Without the cut, offering far less than buyers expect is what loses it.
        r.market.competitor_cut = 0.0;
        r.market.buyer_expectation = 0.3;
        d.discount = 0.0;
        let own = r.deal_terms(&d, d.fit, true);
        assert!(matches!(
            r.loss_cause(&d, &seat, &own),
            LossCause::Price { .. }
        ));
        // A buyer who never fitted is the worst term of all.
        d.fit = -6.0;
        let own = r.deal_terms(&d, d.fit, true);
        assert_eq!(r.loss_cause(&d, &seat, &own), LossCause::PoorFit);
    }

    #[test]
    fn the_deal_terms_sum_to_what_the_conversion_uses() {
        let r = baseline_run(10);
        let (mut d, _) = negotiating(&r);
        let fx = &r.scenario.effects;
        d.ride_along = true;
        d.super_close = true;
        let t = r.deal_terms(&d, d.fit, true);
        assert_eq!(t.ride_along, fx.ride_along);
        assert_eq!(t.super_close, fx.super_close);
        assert_eq!(t.fit, d.fit * fx.health);
        let by_hand = d.fit * fx.health - t.stale
            + fx.ride_along
            + fx.super_close
            + (fx.discount * (d.discount - r.market.buyer_expectation) - t.competitor_price);
        assert_eq!(t.total(), by_hand);
        // Without the stale term a deal is never worse off.
        assert!(r.deal_terms(&d, d.fit, false).total() >= t.total());
    }
}
