//! Every bot on the same seeds, side by side, with paired differences.

use std::sync::Arc;

use serde::Serialize;

use super::batch::{Progress, over_seeds, play_seed};
use super::stats::{Metric, MetricRow, Summary, outcome, summarize};
use crate::policy::{self, Bot};
use crate::scenario::Scenario;

/// One policy's outcome distribution.
#[derive(Clone, Debug, Serialize)]
pub struct PolicyOutcome {
    pub policy: String,
    pub runs: usize,
    /// Per metric, in [`Metric::ALL`] order.
    pub metrics: Vec<(String, Summary)>,
    /// Raw per-seed figures (seed order), for paired comparisons.
    #[serde(skip)]
    pub samples: Vec<MetricRow>,
}

/// Paired difference of one policy against the reference on the same seeds.
#[derive(Clone, Debug, Serialize)]
pub struct Paired {
    pub policy: String,
    pub against: String,
    /// Mean of (policy − reference) overall score.
    pub overall_diff: f64,
    /// Mean of (policy − reference) revenue over quota.
    pub revenue_diff: f64,
    /// Share of seeds where the policy's overall score is higher.
    pub wins: f64,
}

/// Simulates one policy over seeds.
pub fn simulate(
    scenario: &Arc<Scenario>,
    bot: &Bot,
    seeds: &[u64],
    progress: &Progress,
) -> PolicyOutcome {
    let samples = over_seeds(seeds, progress, |s| outcome(&play_seed(scenario, bot, s)));
    distribution(&bot.name, samples)
}

/// Builds a distribution from per-seed figures.
pub fn distribution(name: &str, samples: Vec<MetricRow>) -> PolicyOutcome {
    let metrics = Metric::ALL
        .iter()
        .map(|m| {
            let xs: Vec<f64> = samples.iter().map(|s| s[m.index()]).collect();
            (m.name().to_string(), summarize(&xs))
        })
        .collect();
    PolicyOutcome {
        policy: name.to_string(),
        runs: samples.len(),
        metrics,
        samples,
    }
}

/// Runs the named bots on the same seeds (all cores across bots × seeds).
pub fn compare(
    scenario: &Arc<Scenario>,
    names: &[&str],
    seeds: &[u64],
    progress: &Progress,
) -> Vec<PolicyOutcome> {
    use rayon::prelude::*;
    let bots: Vec<Bot> = names.iter().filter_map(|n| policy::by_name(n)).collect();
    let jobs: Vec<(usize, u64)> = (0..bots.len())
        .flat_map(|b| seeds.iter().map(move |&s| (b, s)))
        .collect();
    let results: Vec<MetricRow> = jobs
        .par_iter()
        .map(|&(b, s)| {
            let r = outcome(&play_seed(scenario, &bots[b], s));
            progress.tick();
            r
        })
        .collect();
    bots.iter()
        .enumerate()
        .map(|(b, bot)| {
            let samples = results[b * seeds.len()..(b + 1) * seeds.len()].to_vec();
            distribution(&bot.name, samples)
        })
        .collect()
}

/// Paired differences of every outcome against the named reference.
pub fn paired(outcomes: &[PolicyOutcome], against: &str) -> Vec<Paired> {
    let Some(reference) = outcomes.iter().find(|o| o.policy == against) else {
        return Vec::new();
    };
    outcomes
        .iter()
        .map(|o| {
            let n = o.samples.len().min(reference.samples.len()).max(1) as f64;
            let mut od = 0.0;
            let mut rd = 0.0;
            let mut wins = 0.0;
            for (a, b) in o.samples.iter().zip(&reference.samples) {
                let (overall, rvq) = (Metric::Overall.index(), Metric::RevenueVsQuota.index());
                od += a[overall] - b[overall];
                rd += a[rvq] - b[rvq];
                if a[overall] > b[overall] {
                    wins += 1.0;
                }
            }
            Paired {
                policy: o.policy.clone(),
                against: against.to_string(),
                overall_diff: od / n,
                revenue_diff: rd / n,
                wins: wins / n,
            }
        })
        .collect()
}
