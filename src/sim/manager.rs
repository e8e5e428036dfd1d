//! The manager part of a run: goodwill, the discount policy, hours spent.

use serde::{Deserialize, Serialize};

/// The manager's standing state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManagerState {
    pub goodwill: f64,
    /// Discount a rep may give without asking.
    pub discount_cap: f64,
    /// Total hours by time use (see [`super::TimeUse`]).
    pub hours: [f64; 5],
}
