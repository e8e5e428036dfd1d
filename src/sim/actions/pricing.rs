//! Discount decisions: answering a rep's request above the cap.

use super::range;
use crate::sim::scenario::Costs;
use crate::sim::{DealId, PlanError, Quantity, Run};

pub(super) fn approve_cost(c: &Costs) -> (f64, f64) {
    (c.approval, 0.0)
}

pub(super) fn approve_check(run: &Run, deal: DealId, discount: f64) -> Result<(), PlanError> {
    let d = run.pipeline.deal(deal).ok_or(PlanError::NoSuchDeal(deal))?;
    if !d.approval_pending {
        return Err(PlanError::NoRequest(deal));
    }
    range(Quantity::ApprovedDiscount, discount, 0.0, d.discount_asked)
}

/// The offer is set, and the rep's habit moves toward what the leader approves
/// (reps copy their leader: Alavi et al. 2018).
pub(super) fn approve(run: &mut Run, deal: DealId, discount: f64) {
    let Some(i) = run.pipeline.open.iter().position(|d| d.id == deal) else {
        return;
    };
    run.set_discount(i, Some(discount));
    let (follow, ceiling) = (
        run.scenario.effects.habit_leader,
        run.scenario.effects.discount_ceiling,
    );
    let r = &mut run.team.reps[run.pipeline.open[i].rep.0 as usize];
    // The same ceiling as the weekly drift: a rep who leaves this week keeps no more.
    r.discount_habit = (r.discount_habit + follow * (discount - r.discount_habit)).min(ceiling);
}
