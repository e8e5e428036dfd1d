//! What the model's unit tests share: the baseline scenario and a run of it.

use std::sync::Arc;

use crate::sim::scenario::Scenario;
use crate::sim::{Deal, Run, Stage};

/// The shipped baseline scenario (eight reps, 52 weeks).
pub(crate) fn baseline() -> Scenario {
    // Tests only: the model itself never depends on the scenario loader.
    let loaded = crate::scenario::load_bytes(
        "baseline.ron",
        include_bytes!("../../scenarios/baseline.ron"),
    )
    .expect("baseline loads");
    (*loaded.scenario).clone()
}

/// A fresh run of the baseline on a seed.
pub(crate) fn baseline_run(seed: u64) -> Run {
    Run::new(Arc::new(baseline()), seed)
}

/// A copy of the first deal at Negotiate in a run's pipeline (the seeded pipeline
/// always has some).
pub(crate) fn negotiating_deal(r: &Run) -> Deal {
    r.pipeline
        .open
        .iter()
        .find(|d| d.stage == Stage::Negotiate)
        .cloned()
        .expect("the seeded pipeline has a deal at Negotiate")
}
