//! Scores of a run, each 0..1 as a sub-score, weighted by the scenario into 0..100.

use serde::{Deserialize, Serialize};

use super::{Run, Stage, TimeUse};

/// Every score of a run: outcomes a sales director would put on a manager's review.
/// Raw figures and their 0..1 sub-scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Revenue over quota for the weeks played.
    pub revenue_vs_quota: f64,
    pub revenue: f64,
    /// Gross margin over revenue.
    pub gross_margin: f64,
    pub margin: f64,
    /// Mean skill of the team at the start and at the end.
    pub capability_start: f64,
    pub capability_end: f64,
    /// Chance a new lead becomes a win on the team's skills alone, at the start and
    /// at the end: the selling capability the capability part scores.
    pub selling_start: f64,
    pub selling_end: f64,
    /// Share of the starting team still on it.
    pub retention: f64,
    /// Mean independence of the team at the end: how far the reps win without you
    /// (a rep state that grows as they win alone, falls when you take over).
    pub independence: f64,
    /// 1 − mean relative forecast error at the checkpoints.
    pub forecast_accuracy: f64,
    /// What the team sells over the next two quarters under a neutral manager, over quota.
    pub projection: f64,
    /// The projection's two quarters, each over its quota.
    pub projection_quarters: Vec<f64>,
    /// Share of the manager's hours spent developing and enabling people (not scored).
    pub coaching_share: f64,
    /// Share spent doing the reps' job (not scored).
    pub selling_share: f64,
    /// Weighted total, 0..100.
    pub overall: f64,
    /// Sub-scores in 0..1, in the order of [`ScorePart::ALL`] (read them with [`Scores::part`]).
    pub parts: [f64; 7],
}

/// Revenue over quota at which the revenue and projection parts reach 1. Well above
/// what ordinary play reaches, so the part keeps telling managers apart.
pub const REVENUE_FULL: f64 = 1.5;

impl Scores {
    /// Relative change in the team's chance of turning a new lead into a win (what the
    /// capability part scores): +0.10 is a 10 % better chance.
    pub fn capability_gain(&self) -> f64 {
        if self.selling_start > 0.0 {
            self.selling_end / self.selling_start - 1.0
        } else {
            0.0
        }
    }
}

/// The capability part moves this much per unit of log change in the team's chance
/// of turning a lead into a win: +10 % scores about 0.69.
pub const CAPABILITY_SLOPE: f64 = 2.0;

/// A part of the overall score: each counts an outcome, from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScorePart {
    Revenue,
    Margin,
    Capability,
    Retention,
    Independence,
    Forecast,
    Projection,
}

impl ScorePart {
    /// Every part, in the order of [`Scores::parts`].
    pub const ALL: [ScorePart; 7] = [
        ScorePart::Revenue,
        ScorePart::Margin,
        ScorePart::Capability,
        ScorePart::Retention,
        ScorePart::Independence,
        ScorePart::Forecast,
        ScorePart::Projection,
    ];

    /// Its place in [`Scores::parts`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Its weight in a scenario's overall score.
    pub fn weight(self, w: &crate::sim::scenario::Weights) -> f64 {
        match self {
            ScorePart::Revenue => w.revenue,
            ScorePart::Margin => w.margin,
            ScorePart::Capability => w.capability,
            ScorePart::Retention => w.retention,
            ScorePart::Independence => w.independence,
            ScorePart::Forecast => w.forecast,
            ScorePart::Projection => w.projection,
        }
    }
}

impl Scores {
    /// One part of the score, 0..1.
    pub fn part(&self, p: ScorePart) -> f64 {
        self.parts[p.index()]
    }
}

impl Run {
    /// Scores the run as it stands (a finished run, or the weeks played so far),
    /// projecting the next two quarters from here.
    pub fn scores(&self) -> Scores {
        self.scores_with(&self.projection())
    }

    /// Scores with a projection already played (the debrief shows both).
    pub fn scores_with(&self, projection: &super::Projection) -> Scores {
        let sc = &self.scenario;
        let weeks = self.tick.max(1);
        let mut revenue = 0.0;
        let mut margin = 0.0;
        for r in &self.team.reps {
            revenue += r.funnel.revenue;
            margin += r.funnel.margin;
        }
        let quota = self.quota_to(weeks);
        let revenue_vs_quota = if quota > 0.0 { revenue / quota } else { 0.0 };
        let gross_margin = if revenue > 0.0 { margin / revenue } else { 0.0 };
        let people: Vec<&super::Rep> = self.team.reps.iter().filter(|r| r.is_person()).collect();
        let capability_end = super::run::mean_skill(people.iter().copied());
        let selling_end = self.selling_capability();
        let selling_gain = if self.team.start_selling > 0.0 && selling_end > 0.0 {
            libm::log(selling_end / self.team.start_selling)
        } else {
            0.0
        };
        let still = people
            .iter()
            .filter(|r| self.team.is_original(&r.name))
            .count();
        let retention = if self.team.original.is_empty() {
            1.0
        } else {
            still as f64 / self.team.original.len() as f64
        };
        let independence = if people.is_empty() {
            0.0
        } else {
            people.iter().map(|r| r.independence).sum::<f64>() / people.len() as f64
        };
        let forecast_accuracy = self.forecast_accuracy();
        let budget = sc.manager.hours_per_week * weeks as f64;
        let h = &self.manager.hours;
        let coaching_share =
            (h[TimeUse::Coaching as usize] + h[TimeUse::Enablement as usize]) / budget.max(1.0);
        let selling_share = h[TimeUse::Selling as usize] / budget.max(1.0);
        let list_margin = (1.0 - sc.market.cost_ratio).max(1e-9);
        let parts = ScorePart::ALL.map(|p| match p {
            ScorePart::Revenue => (revenue_vs_quota / REVENUE_FULL).clamp(0.0, 1.0),
            ScorePart::Margin => (gross_margin / list_margin).clamp(0.0, 1.0),
            ScorePart::Capability => (0.5 + CAPABILITY_SLOPE * selling_gain).clamp(0.0, 1.0),
            ScorePart::Retention => retention,
            ScorePart::Independence => independence.clamp(0.0, 1.0),
            ScorePart::Forecast => forecast_accuracy,
            ScorePart::Projection => (projection.vs_quota / REVENUE_FULL).clamp(0.0, 1.0),
        });
        let ws = ScorePart::ALL.map(|p| p.weight(&sc.weights));
        let wsum: f64 = ws.iter().sum();
        let overall = if wsum > 0.0 {
            100.0 * parts.iter().zip(ws).map(|(p, w)| p * w).sum::<f64>() / wsum
        } else {
            0.0
        };
        Scores {
            revenue_vs_quota,
            revenue,
            gross_margin,
            margin,
            capability_start: self.team.start_capability,
            selling_start: self.team.start_selling,
            selling_end,
            capability_end,
            retention,
            independence,
            forecast_accuracy,
            projection: projection.vs_quota,
            projection_quarters: projection.quarters.clone(),
            coaching_share,
            selling_share,
            overall,
            parts,
        }
    }

    /// How close the manager's checkpoint forecasts came to what the deals brought.
    /// Deals still open at the end count at the model's own win probability.
    fn forecast_accuracy(&self) -> f64 {
        if self.ledger.checkpoints.is_empty() {
            return 1.0;
        }
        // Only the deals the checkpoints named matter: look them up in a sorted list.
        let mut named: Vec<super::DealId> = self
            .ledger
            .checkpoints
            .iter()
            .flat_map(|c| c.deals.iter().copied())
            .collect();
        named.sort_unstable();
        named.dedup();
        let mut outcome: Vec<Option<f64>> = vec![None; named.len()];
        for d in &self.pipeline.closed {
            if let Ok(i) = named.binary_search(&d.id) {
                outcome[i] = Some(if d.stage == Stage::Won {
                    d.revenue()
                } else {
                    0.0
                });
            }
        }
        let mut odds: Vec<Option<super::SeatOdds>> = vec![None; self.team.reps.len()];
        for d in &self.pipeline.open {
            let Ok(i) = named.binary_search(&d.id) else {
                continue;
            };
            let seat = d.rep.0 as usize;
            let o = odds[seat].get_or_insert_with(|| self.seat_odds(&self.team.reps[seat], 0));
            let rev = d.value * (1.0 - d.discount.max(self.market.buyer_expectation));
            outcome[i] = Some(self.win_probability(d, o, false) * rev);
        }
        let mut acc = 0.0;
        for c in &self.ledger.checkpoints {
            let actual: f64 = c
                .deals
                .iter()
                .filter_map(|id| named.binary_search(id).ok().and_then(|i| outcome[i]))
                .sum();
            let denom = actual.max(c.forecast).max(1.0);
            acc += (1.0 - (c.forecast - actual).abs() / denom).max(0.0);
        }
        acc / self.ledger.checkpoints.len() as f64
    }
}

/// Figures used to calibrate the model against published benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// Share of team seats at or above quota.
    pub reps_at_quota: f64,
    /// Wins per deal that reached Propose.
    pub proposal_win_rate: f64,
    /// Mean days from lead to win.
    pub cycle_days: f64,
    /// Departures per starting head, annualised.
    pub annual_attrition: f64,
    /// Each seat's revenue over its quota.
    pub attainment: Vec<f64>,
}

impl Run {
    pub fn calibration(&self) -> Calibration {
        let quota = self.seat_quota_per_week() * self.tick.max(1) as f64;
        let attainment: Vec<f64> = self
            .team
            .seats()
            .map(|r| r.funnel.revenue / quota.max(1.0))
            .collect();
        let at = attainment.iter().filter(|&&a| a >= 1.0).count();
        let (mut proposals, mut wins, mut cycle, mut cycle_wins) = (0u32, 0u32, 0u32, 0u32);
        for r in self.team.seats() {
            proposals += r.funnel.entered[3];
            wins += r.funnel.won;
            cycle += r.funnel.cycle_weeks;
            cycle_wins += r.funnel.cycle_wins;
        }
        let heads = self.team.original.len().max(1) as f64;
        let quits = self.team.departures.iter().filter(|d| !d.fired).count() as f64;
        Calibration {
            reps_at_quota: at as f64 / attainment.len().max(1) as f64,
            proposal_win_rate: if proposals > 0 {
                wins as f64 / proposals as f64
            } else {
                0.0
            },
            cycle_days: if cycle_wins > 0 {
                7.0 * cycle as f64 / cycle_wins as f64
            } else {
                0.0
            },
            annual_attrition: quits / heads * 52.0 / self.tick.max(1) as f64,
            attainment,
        }
    }
}
