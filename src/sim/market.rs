//! The market part of a run: what buyers expect and what moves them.

use serde::{Deserialize, Serialize};

/// Market conditions that decisions and events move.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarketState {
    /// Discount buyers have learned to expect (the market norm).
    pub buyer_expectation: f64,
    /// How clearly the team tells its story against competitors, 0..1.
    pub differentiation: f64,
    /// Tick the current value-metrics pack was built.
    pub metrics_built: Option<u32>,
    /// Tick of the last news customers heard (may be before the start).
    pub news_tick: f64,
    /// Tick until which the two-year outlook helps.
    pub outlook_until: Option<u32>,
    /// Depth of an active competitor price cut.
    pub competitor_cut: f64,
    /// Log-odds lift from an active product launch.
    pub launch_lift: f64,
    /// Lead-rate multiplier from the economy.
    pub lead_factor: f64,
    /// Extra demand hours per rep from reporting crunches.
    pub crunch_hours: f64,
}
