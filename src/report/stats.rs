//! Outcome distributions over many seeds.

use serde::Serialize;

use crate::sim::Run;

/// A figure reported per run, in column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Overall,
    RevenueVsQuota,
    Revenue,
    GrossMargin,
    CapabilityGain,
    Retention,
    Independence,
    ForecastAccuracy,
    Projection,
    RepsAtQuota,
}

impl Metric {
    pub const ALL: [Metric; 10] = [
        Metric::Overall,
        Metric::RevenueVsQuota,
        Metric::Revenue,
        Metric::GrossMargin,
        Metric::CapabilityGain,
        Metric::Retention,
        Metric::Independence,
        Metric::ForecastAccuracy,
        Metric::Projection,
        Metric::RepsAtQuota,
    ];

    /// The column name (CSV and JSON output).
    pub const fn name(self) -> &'static str {
        match self {
            Metric::Overall => "overall",
            Metric::RevenueVsQuota => "revenue_vs_quota",
            Metric::Revenue => "revenue",
            Metric::GrossMargin => "gross_margin",
            Metric::CapabilityGain => "capability_gain",
            Metric::Retention => "retention",
            Metric::Independence => "independence",
            Metric::ForecastAccuracy => "forecast_accuracy",
            Metric::Projection => "projection",
            Metric::RepsAtQuota => "reps_at_quota",
        }
    }

    /// Its place in a [`MetricRow`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// One run's figures, in [`Metric::ALL`] order (read them with `[Metric::X.index()]`).
pub type MetricRow = [f64; 10];

/// One run's figures.
pub fn outcome(run: &Run) -> MetricRow {
    outcome_from(run, &run.scores())
}

/// One run's figures from scores already computed (with its projection).
pub fn outcome_from(run: &Run, s: &crate::sim::Scores) -> MetricRow {
    let c = run.calibration();
    Metric::ALL.map(|m| match m {
        Metric::Overall => s.overall,
        Metric::RevenueVsQuota => s.revenue_vs_quota,
        Metric::Revenue => s.revenue,
        Metric::GrossMargin => s.gross_margin,
        Metric::CapabilityGain => s.capability_gain(),
        Metric::Retention => s.retention,
        Metric::Independence => s.independence,
        Metric::ForecastAccuracy => s.forecast_accuracy,
        Metric::Projection => s.projection,
        Metric::RepsAtQuota => c.reps_at_quota,
    })
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
