//! The model: a deterministic, stochastic sales team. No Bevy here.
//!
//! [`Run`] holds the state; [`Run::step`] resolves one week from a [`Plan`].
//! Every random draw comes from [`rng::Stream`], keyed by (seed, entity, week,
//! purpose), so the same scenario, seed and plans always give the same run.

/// Version of the model's rules. A run replays into the same numbers only under the
/// rules it was played with, so run files record it and other versions are refused.
/// 1: the model before the rebalance; 2: scarce hours, outcome scores, projection.
pub const MODEL_VERSION: u32 = 3;

mod actions;
mod deal;
mod decision;
pub mod diagnosis;
pub mod draw;
mod ledger;
pub mod limits;
mod manager;
mod market;
mod names;
mod odds;
mod org;
mod pipeline;
mod projection;
mod rep;
pub mod rng;
mod run;
pub mod scenario;
mod score;
mod shared_name;
mod stage;
mod stage_table;
mod summary;
mod team;
#[cfg(test)]
mod test_support;
mod week;

pub use actions::{Action, ActionKind, Family, Target};
pub use deal::{Deal, DealId, LossCause};
pub use decision::{Plan, PlanCost, PlanError, Quantity, TimeUse};
pub use ledger::{Checkpoint, Ledger};
pub use manager::ManagerState;
pub use market::MarketState;
pub use odds::{DealShift, Health, SeatOdds, SeatShift, conversion, conversion_estimate};
pub use org::{ActiveEvent, Injection, Organisation};
pub use pipeline::Pipeline;
pub use projection::{PROJECTION_WEEKS, Projection, neutral_plan};
pub use rep::{Departure, Funnel, Rep, RepId, Seat, Streak};
pub use run::{Run, mean_skill};
pub use score::{Calibration, REVENUE_FULL, ScorePart, Scores};
pub use stage::{Skill, Skills, Stage};
pub(crate) use stage_table::StageTable;
pub use summary::{Happening, RepWeek, WeekSummary};
pub use team::Team;
