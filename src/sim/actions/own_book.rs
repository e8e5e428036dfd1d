//! The manager's own book of business: hours spent selling instead of managing.

use super::range;
use crate::sim::{PlanError, Quantity, Run};

pub(super) fn carry_book_cost(hours: f64) -> (f64, f64) {
    (hours, 0.0)
}

pub(super) fn carry_book_check(run: &Run, hours: f64) -> Result<(), PlanError> {
    range(
        Quantity::OwnBookHours,
        hours,
        0.0,
        run.scenario.manager.free_hours(),
    )
}

/// The book is the last seat; its selling hours are what the manager puts in.
pub(super) fn carry_book(run: &mut Run, hours: f64) {
    let book = run.team.reps.len() - 1;
    run.team.reps[book].selling_hours += hours;
}
