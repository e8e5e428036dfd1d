//! The model's tests in one binary (one link): determinism, common random numbers,
//! property invariants, the lessons by outcomes, calibration to the published
//! figures, events, fuzzed scenarios and the sensitivity check.

#[path = "../common/mod.rs"]
mod common;

mod calibration;
mod determinism;
mod events;
mod fuzz;
mod invariants;
mod lessons;
mod sensitivity;
