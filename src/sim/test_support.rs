//! What the model's unit tests share: the baseline scenario and a run of it.

use std::sync::Arc;

use crate::sim::scenario::Scenario;
use crate::sim::{Deal, Run, Stage};

/// The shipped baseline scenario (eight reps, 52 weeks).
pub(crate) fn baseline() -> Scenario {
    // Read with serde alone, so the model's tests do not reach up to the loader (which
    // its own tests cover, validation included).
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(include_str!("../../scenarios/baseline.ron"))
        .expect("baseline parses")
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
