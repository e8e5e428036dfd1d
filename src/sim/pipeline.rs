//! The pipeline part of a run: the open deals and the closed ones.

use super::{Deal, DealId};

/// Every deal of the run. Reached read-only through [`super::Run::pipeline`].
#[derive(Clone, Debug)]
pub struct Pipeline {
    /// Open deals.
    pub open: Vec<Deal>,
    /// Won and lost deals, in the order they closed.
    pub closed: Vec<Deal>,
    /// Closed deals not kept in `closed` (a projection starts without the run's), still
    /// counted against [`super::limits::MAX_DEALS`].
    pub(super) closed_elsewhere: usize,
}

impl Pipeline {
    pub fn deal(&self, id: DealId) -> Option<&Deal> {
        self.open.iter().find(|d| d.id == id)
    }

    /// Open deals waiting for a discount decision.
    pub fn pending_approvals(&self) -> impl Iterator<Item = &Deal> {
        self.open.iter().filter(|d| d.approval_pending)
    }

    /// Deals closed so far, won or lost.
    pub fn closed_count(&self) -> usize {
        self.closed.len() + self.closed_elsewhere
    }
}
