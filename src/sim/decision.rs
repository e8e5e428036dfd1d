//! What a manager decides for one week: a [`Plan`] of [`super::Action`]s and settings.

use serde::{Deserialize, Serialize};

use super::{ActionKind, DealId};

/// Buckets of the manager's week, for the time-allocation score and charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUse {
    /// Developing people: coaching, ride-alongs, reviews, recognition.
    Coaching,
    /// Doing the reps' job: super-closing, a personal book.
    Selling,
    /// Arming the team: metrics, differentiation, prospecting plans, executive asks.
    Enablement,
    /// Hiring, firing, approvals.
    Admin,
    /// Organisational demands absorbed.
    Organisation,
}

impl TimeUse {
    /// How many buckets a week's `hours` array holds (coaching, selling,
    /// enablement, admin, organisation; `narrate::words::time_use` names them).
    pub const COUNT: usize = 5;
}

/// A week's plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub actions: Vec<super::Action>,
    /// Share of the organisation's demands the manager absorbs (0 = pass all on to reps).
    pub absorb: f64,
    /// New discount cap (fraction of list) a rep may give without approval.
    pub discount_cap: Option<f64>,
}

impl Plan {
    pub fn new() -> Self {
        Plan::default()
    }
    pub fn with(mut self, a: super::Action) -> Self {
        self.actions.push(a);
        self
    }
}

/// A number a plan sets, named in [`PlanError::OutOfRange`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// The discount approved on a deal.
    ApprovedDiscount,
    /// The share of the organisation's demands the manager absorbs.
    Absorb,
    /// The discount a rep may give without approval.
    DiscountCap,
    /// Hours the manager sells on the own book.
    OwnBookHours,
    /// Hours of one coaching session.
    CoachingHours,
}

/// Why a plan cannot be carried out. Plans are explained, never silently clipped;
/// the explanation's words are in `crate::narrate::plan_error`.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanError {
    /// The plan's hours exceed the week's free hours.
    OverBudget {
        needed: f64,
        available: f64,
    },
    /// An ask costs more executive goodwill than is left.
    NoGoodwill {
        what: ActionKind,
        needed: f64,
        available: f64,
    },
    /// Seat numbers and deals the plan names that cannot take the action.
    NoSuchRep(u16),
    VacantSeat(u16),
    SeatFilled(u16),
    BookSeat(u16),
    NoSuchDeal(DealId),
    NoRequest(DealId),
    /// A number (hours, a discount) outside what the action allows.
    OutOfRange {
        what: Quantity,
        value: f64,
        min: f64,
        max: f64,
    },
    /// Every week has been played.
    Finished,
}

impl std::error::Error for PlanError {}

/// The hours and goodwill a valid plan costs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanCost {
    pub hours: f64,
    pub goodwill: f64,
    /// Hours free this week after absorbed demands.
    pub available: f64,
    /// Hours the absorbed organisational demands take.
    pub absorbed_hours: f64,
}
