//! Hard limits the model holds while it runs, whatever the scenario, the events a
//! facilitator deals or a run file records. Validation keeps real scenarios far below
//! them (see `scenarios/README.md`, section 10); they exist so that a file that
//! validates always runs in bounded time and memory: at most [`MAX_OPEN_DEALS`] open
//! deals stepped per week and [`MAX_DEALS`] deals kept per run.

/// Most the economy's events can multiply lead flow by, all together: one
/// `EconomicSlowdown` may have `lead_factor` up to 2, and overlapping ones multiply
/// only up to this.
pub const MAX_LEAD_FACTOR: f64 = 2.0;
/// Most events (scheduled, random and dealt together) that take effect in one week;
/// any more that week are not played, and the week report says so.
pub const MAX_EVENTS_PER_WEEK: usize = 16;
/// Most open deals one rep can carry; leads beyond it are turned away.
pub const MAX_OPEN_DEALS_PER_REP: usize = 1_000;
/// Most open deals the whole team can carry.
pub const MAX_OPEN_DEALS: usize = 20_000;
/// Most deals one run creates in all (the starting pipeline, leads and RFPs).
pub const MAX_DEALS: usize = 400_000;
