//! Words: turns the model's data (actions, happenings, scores) into sentences.
//!
//! The model emits data only; every screen, report and command that needs a sentence
//! about it comes here, so one action has one wording and translations have one home.

pub mod actions;
pub mod diagnosis;
pub mod happenings;
pub mod numbers;
pub mod plan_error;
pub mod words;

pub use actions::{describe_action, menu_label};
pub use diagnosis::reading;
pub use happenings::{default_headline, describe, event_headline};
pub use numbers::{counted, money, pct, times};

use crate::sim::Projection;

/// The projected quarters as a reader says them: "0.92× then 0.88×".
pub fn projected_quarters(p: &Projection) -> String {
    p.quarters
        .iter()
        .map(|x| times(*x))
        .reduce(|before, after| crate::t!("week-then", before = before, after = after))
        .unwrap_or_default()
}
