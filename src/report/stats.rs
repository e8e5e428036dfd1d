//! Outcome distributions over many seeds.

use serde::Serialize;

use crate::sim::Run;

/// The figures reported per run, in column order.
pub const METRICS: [&str; 10] = [
    "overall",
    "revenue_vs_quota",
    "revenue",
    "gross_margin",
    "capability_gain",
    "retention",
    "independence",
    "forecast_accuracy",
    "projection",
    "reps_at_quota",
];

/// One run's figures, in [`METRICS`] order.
pub fn outcome(run: &Run) -> [f64; 10] {
    outcome_from(run, &run.scores())
}

/// One run's figures from scores already computed (with its projection).
pub fn outcome_from(run: &Run, s: &crate::sim::Scores) -> [f64; 10] {
    let c = run.calibration();
    [
        s.overall,
        s.revenue_vs_quota,
        s.revenue,
        s.gross_margin,
        s.capability_gain(),
        s.retention,
        s.independence,
        s.forecast_accuracy,
        s.projection,
        c.reps_at_quota,
    ]
}

/// Mean and percentiles of one figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// The `p` quantile of sorted values (nearest rank; NaN when there are none).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((p * (sorted.len() - 1) as f64).round() as usize).min(sorted.len() - 1)]
}

/// Summarises samples (nearest-rank percentiles; NaN-free input assumed).
pub fn summarize(xs: &[f64]) -> Summary {
    if xs.is_empty() {
        return Summary {
            mean: 0.0,
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
        };
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let q = |p: f64| quantile(&v, p);
    Summary {
        mean: v.iter().sum::<f64>() / v.len() as f64,
        p10: q(0.1),
        p50: q(0.5),
        p90: q(0.9),
    }
}
