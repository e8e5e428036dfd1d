//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use pitcrew::policy::{self, Bot, BotParams, Policy};
use pitcrew::scenario::{Scenario, load_file};
use pitcrew::sim::Run;
use rayon::prelude::*;

pub fn scenario(name: &str) -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(format!("{name}.ron"));
    load_file(&path).expect("shipped scenario loads").scenario
}

pub fn with_weeks(s: &Arc<Scenario>, weeks: u32) -> Arc<Scenario> {
    let mut s = (**s).clone();
    s.weeks = weeks;
    Arc::new(s)
}

pub fn bot(name: &str) -> Bot {
    policy::by_name(name).expect("built-in bot")
}

pub fn params(name: &str) -> BotParams {
    policy::builtin()[name].clone()
}

/// Plays a whole run.
pub fn play(s: &Arc<Scenario>, p: &dyn Policy, seed: u64) -> Run {
    let mut r = Run::new(s.clone(), seed);
    policy::play(&mut r, p);
    r
}

/// Plays two policies on the same seeds and maps each pair through `f` (in parallel).
pub fn paired<T: Send>(
    s: &Arc<Scenario>,
    a: &Bot,
    b: &Bot,
    seeds: u64,
    f: impl Fn(&Run, &Run) -> T + Sync,
) -> Vec<T> {
    (0..seeds)
        .into_par_iter()
        .map(|seed| f(&play(s, a, seed), &play(s, b, seed)))
        .collect()
}

pub fn share(xs: &[bool]) -> f64 {
    xs.iter().filter(|&&x| x).count() as f64 / xs.len().max(1) as f64
}

pub fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len().max(1) as f64
}
