//! The ledger part of a run: what each week recorded.

use serde::{Deserialize, Serialize};

use super::{DealId, Happening, Plan, WeekSummary};

/// A forecast the model records every four weeks, scored against what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub week: u32,
    /// Revenue the manager would forecast from late-stage deals (what they can see).
    pub forecast: f64,
    pub deals: Vec<DealId>,
}

/// The run's records. Reached read-only through [`super::Run::ledger`].
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    /// One summary per resolved week.
    pub history: Vec<WeekSummary>,
    /// The plan carried out each week, in order.
    pub plans: Vec<Plan>,
    pub checkpoints: Vec<Checkpoint>,
    /// What happened when the current week opened (events, new hires).
    pub opening: Vec<Happening>,
    /// Keeps only what the projection reads of each week (revenue and margin): no
    /// per-rep records, happenings, plans or forecast checkpoints.
    pub(super) quiet: bool,
}
