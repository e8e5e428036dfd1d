//! What a manager decides for one week: a [`Plan`] of [`Action`]s and settings.

use serde::{Deserialize, Serialize};

use super::{DealId, RepId, Skill};

/// One manager action. Hours and goodwill come from the scenario's `costs`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Coach a rep on one skill for some hours (also takes the rep's time).
    Coach {
        rep: RepId,
        skill: Skill,
        hours: f64,
    },
    /// Join a rep on a deal: some boost now, some learning for the rep.
    RideAlong { deal: DealId },
    /// Close a deal yourself: big boost, no learning, independence and morale fall.
    SuperClose { deal: DealId },
    /// Review a rep's pipeline: reveals deal health, unsticks stale deals, clears dead ones.
    PipelineReview { rep: RepId },
    /// Build or refresh the value-metrics pack the whole team sells with.
    BuildMetricsPack,
    /// Run a differentiation workshop for the team.
    DifferentiationWorkshop,
    /// Give a rep a targeted prospecting plan.
    ProspectingPlan { rep: RepId },
    /// Recognise a rep's work.
    Recognize { rep: RepId },
    /// Start hiring into a vacant seat.
    Hire { seat: RepId },
    /// Let a rep go; the seat becomes vacant.
    Fire { rep: RepId },
    /// Ask the executives for a two-year outlook (costs goodwill).
    AskOutlook,
    /// Ask the executives what's new (costs goodwill).
    AskWhatsNew,
    /// Work a personal book of business for some hours.
    CarryBook { hours: f64 },
    /// Answer a pending discount request: offer up to `discount` (≤ the ask).
    Approve { deal: DealId, discount: f64 },
}

impl Action {
    /// Short label for tables and timelines.
    pub fn label(&self) -> &'static str {
        match self {
            Action::Coach { .. } => "coach",
            Action::RideAlong { .. } => "ride along",
            Action::SuperClose { .. } => "super-close",
            Action::PipelineReview { .. } => "pipeline review",
            Action::BuildMetricsPack => "metrics pack",
            Action::DifferentiationWorkshop => "differentiation workshop",
            Action::ProspectingPlan { .. } => "prospecting plan",
            Action::Recognize { .. } => "recognition",
            Action::Hire { .. } => "hire",
            Action::Fire { .. } => "fire",
            Action::AskOutlook => "ask for outlook",
            Action::AskWhatsNew => "ask what's new",
            Action::CarryBook { .. } => "carry a book",
            Action::Approve { .. } => "discount decision",
        }
    }

    /// Which bucket of the manager's time this falls into.
    pub fn time_use(&self) -> TimeUse {
        match self {
            Action::Coach { .. }
            | Action::RideAlong { .. }
            | Action::PipelineReview { .. }
            | Action::Recognize { .. } => TimeUse::Coaching,
            Action::SuperClose { .. } | Action::CarryBook { .. } => TimeUse::Selling,
            Action::BuildMetricsPack
            | Action::DifferentiationWorkshop
            | Action::ProspectingPlan { .. }
            | Action::AskOutlook
            | Action::AskWhatsNew => TimeUse::Enablement,
            Action::Hire { .. } | Action::Fire { .. } | Action::Approve { .. } => TimeUse::Admin,
        }
    }
}

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
    /// The buckets' names, in the order of a week's `hours` array.
    pub const NAMES: [&'static str; 5] =
        ["coaching", "selling", "enablement", "admin", "organisation"];
}

/// A week's plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Share of the organisation's demands the manager absorbs (0 = pass all on to reps).
    pub absorb: f64,
    /// New discount cap (fraction of list) a rep may give without approval.
    pub discount_cap: Option<f64>,
}

impl Plan {
    pub fn new() -> Self {
        Plan::default()
    }
    pub fn with(mut self, a: Action) -> Self {
        self.actions.push(a);
        self
    }
}

/// Why a plan cannot be carried out. Plans are explained, never silently clipped.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error("the plan needs {needed:.1} h but only {available:.1} h are free this week")]
    OverBudget { needed: f64, available: f64 },
    #[error("{what} needs {needed:.1} goodwill but the executives have {available:.1}")]
    NoGoodwill {
        what: &'static str,
        needed: f64,
        available: f64,
    },
    #[error("there is no rep in seat {0}")]
    NoSuchRep(u16),
    #[error("seat {0} is vacant")]
    VacantSeat(u16),
    #[error("seat {0} is already filled")]
    SeatFilled(u16),
    #[error("seat {0} is the manager's own book")]
    BookSeat(u16),
    #[error("deal {0} is not open")]
    NoSuchDeal(DealId),
    #[error("deal {0} has no pending discount request")]
    NoRequest(DealId),
    #[error("{what}: {value} is outside {min}..={max}")]
    OutOfRange {
        what: &'static str,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("the scenario is over")]
    Finished,
}

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
