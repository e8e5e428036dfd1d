//! What the developer probes share: the shipped scenarios and their command line.
#![allow(dead_code)] // each probe uses part of it

use std::sync::Arc;

use pitcrew::scenario::Scenario;

/// The shipped scenarios, by file name.
pub const SHIPPED: [&str; 7] = [
    "baseline",
    "first-90-days",
    "l1-coach-dont-close",
    "l2-metrics-not-price-cuts",
    "l3-diagnose-the-pipeline",
    "l4-executives-pit-crew",
    "l5-four-imperatives",
];

/// A shipped scenario by file name (`baseline`), from `scenarios/`.
pub fn scenario(name: &str) -> Arc<Scenario> {
    let path = format!("scenarios/{name}.ron");
    pitcrew::scenario::load_file(std::path::Path::new(&path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .scenario
}

/// `[SCENARIO] [SEEDS]` from the command line, with defaults.
pub fn scenario_and_seeds(default: &str, seeds: u64) -> (String, Arc<Scenario>, u64) {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let name = a.first().cloned().unwrap_or_else(|| default.to_string());
    let seeds = a.get(1).and_then(|s| s.parse().ok()).unwrap_or(seeds);
    let sc = scenario(&name);
    (name, sc, seeds)
}
