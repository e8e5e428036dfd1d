//! Every manager action: what it costs, when it is allowed and what it does.
//!
//! One module per family holds each action's cost, check and effect; this file only
//! dispatches. To add an action: a variant of [`Action`] and of [`ActionKind`], its
//! functions in its family's file, and its words in `crate::narrate::actions`. The
//! compiler points at every other place (the matches below and the narration).

mod enablement;
mod own_book;
mod people;
mod pricing;
mod staffing;

use serde::{Deserialize, Serialize};

use super::week::WeekLog;
use super::{DealId, PlanError, Quantity, Rep, RepId, Run, Seat, Skill, TimeUse};

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

/// Which action, without its target: the list the planner, the bots and the words share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActionKind {
    Coach,
    RideAlong,
    SuperClose,
    PipelineReview,
    Recognize,
    BuildMetricsPack,
    DifferentiationWorkshop,
    ProspectingPlan,
    AskOutlook,
    AskWhatsNew,
    Hire,
    Fire,
    Approve,
    CarryBook,
}

/// What an action is aimed at, so a form knows what to ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing: a team-wide action.
    Team,
    /// A rep in a filled seat.
    Rep,
    /// A vacant seat.
    VacantSeat,
    /// An open deal (chosen from the deal table).
    Deal,
}

/// The families of actions, one module each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Coaching, ride-alongs, super-closing, reviews, recognition.
    People,
    /// Metrics packs, workshops, prospecting plans, asks of the executives.
    Enablement,
    /// Hiring and firing.
    Staffing,
    /// Discount decisions.
    Pricing,
    /// The manager's own book of business.
    OwnBook,
}

impl ActionKind {
    /// Every action, in the order a planner lists them.
    pub const ALL: [ActionKind; 14] = [
        ActionKind::Coach,
        ActionKind::PipelineReview,
        ActionKind::ProspectingPlan,
        ActionKind::Recognize,
        ActionKind::BuildMetricsPack,
        ActionKind::DifferentiationWorkshop,
        ActionKind::AskOutlook,
        ActionKind::AskWhatsNew,
        ActionKind::CarryBook,
        ActionKind::Hire,
        ActionKind::Fire,
        ActionKind::RideAlong,
        ActionKind::SuperClose,
        ActionKind::Approve,
    ];

    pub fn family(self) -> Family {
        use ActionKind::*;
        match self {
            Coach | RideAlong | SuperClose | PipelineReview | Recognize => Family::People,
            BuildMetricsPack
            | DifferentiationWorkshop
            | ProspectingPlan
            | AskOutlook
            | AskWhatsNew => Family::Enablement,
            Hire | Fire => Family::Staffing,
            Approve => Family::Pricing,
            CarryBook => Family::OwnBook,
        }
    }

    pub fn target(self) -> Target {
        use ActionKind::*;
        match self {
            Coach | PipelineReview | ProspectingPlan | Recognize | Fire => Target::Rep,
            Hire => Target::VacantSeat,
            RideAlong | SuperClose | Approve => Target::Deal,
            BuildMetricsPack | DifferentiationWorkshop | AskOutlook | AskWhatsNew | CarryBook => {
                Target::Team
            }
        }
    }

    /// Whether the manager chooses the hours (coaching, own book).
    pub fn takes_hours(self) -> bool {
        matches!(self, ActionKind::Coach | ActionKind::CarryBook)
    }

    /// Which bucket of the manager's time this falls into.
    pub fn time_use(self) -> TimeUse {
        use ActionKind::*;
        match self {
            Coach | RideAlong | PipelineReview | Recognize => TimeUse::Coaching,
            SuperClose | CarryBook => TimeUse::Selling,
            BuildMetricsPack
            | DifferentiationWorkshop
            | ProspectingPlan
            | AskOutlook
            | AskWhatsNew => TimeUse::Enablement,
            Hire | Fire | Approve => TimeUse::Admin,
        }
    }

    /// Builds the action from a form's choices. `target` is a rep or seat for
    /// rep-aimed actions and ignored otherwise; deal actions come from the deal table.
    pub fn build(self, target: RepId, skill: Skill, hours: f64) -> Option<Action> {
        Some(match self {
            ActionKind::Coach => Action::Coach {
                rep: target,
                skill,
                hours,
            },
            ActionKind::PipelineReview => Action::PipelineReview { rep: target },
            ActionKind::ProspectingPlan => Action::ProspectingPlan { rep: target },
            ActionKind::Recognize => Action::Recognize { rep: target },
            ActionKind::BuildMetricsPack => Action::BuildMetricsPack,
            ActionKind::DifferentiationWorkshop => Action::DifferentiationWorkshop,
            ActionKind::AskOutlook => Action::AskOutlook,
            ActionKind::AskWhatsNew => Action::AskWhatsNew,
            ActionKind::CarryBook => Action::CarryBook { hours },
            ActionKind::Hire => Action::Hire { seat: target },
            ActionKind::Fire => Action::Fire { rep: target },
            ActionKind::RideAlong | ActionKind::SuperClose | ActionKind::Approve => return None,
        })
    }
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Coach { .. } => ActionKind::Coach,
            Action::RideAlong { .. } => ActionKind::RideAlong,
            Action::SuperClose { .. } => ActionKind::SuperClose,
            Action::PipelineReview { .. } => ActionKind::PipelineReview,
            Action::BuildMetricsPack => ActionKind::BuildMetricsPack,
            Action::DifferentiationWorkshop => ActionKind::DifferentiationWorkshop,
            Action::ProspectingPlan { .. } => ActionKind::ProspectingPlan,
            Action::Recognize { .. } => ActionKind::Recognize,
            Action::Hire { .. } => ActionKind::Hire,
            Action::Fire { .. } => ActionKind::Fire,
            Action::AskOutlook => ActionKind::AskOutlook,
            Action::AskWhatsNew => ActionKind::AskWhatsNew,
            Action::CarryBook { .. } => ActionKind::CarryBook,
            Action::Approve { .. } => ActionKind::Approve,
        }
    }

    /// Which bucket of the manager's time this falls into.
    pub fn time_use(&self) -> TimeUse {
        self.kind().time_use()
    }
}

impl Run {
    /// Hours and goodwill an action costs.
    pub fn action_cost(&self, a: &Action) -> (f64, f64) {
        let c = &self.scenario.costs;
        match *a {
            Action::Coach { hours, .. } => people::coach_cost(hours),
            Action::RideAlong { .. } => people::ride_along_cost(c),
            Action::SuperClose { .. } => people::super_close_cost(c),
            Action::PipelineReview { .. } => people::review_cost(c),
            Action::Recognize { .. } => people::recognize_cost(c),
            Action::BuildMetricsPack => enablement::metrics_pack_cost(c),
            Action::DifferentiationWorkshop => enablement::workshop_cost(c),
            Action::ProspectingPlan { .. } => enablement::prospecting_plan_cost(c),
            Action::AskOutlook => enablement::outlook_cost(c),
            Action::AskWhatsNew => enablement::news_cost(c),
            Action::Hire { .. } => staffing::hire_cost(c),
            Action::Fire { .. } => staffing::fire_cost(c),
            Action::Approve { .. } => pricing::approve_cost(c),
            Action::CarryBook { hours } => own_book::carry_book_cost(hours),
        }
    }

    /// Whether an action can be carried out this week. `hiring` collects the seats
    /// earlier actions of the same plan already hire into.
    pub(super) fn check_action(
        &self,
        a: &Action,
        hiring: &mut Vec<RepId>,
    ) -> Result<(), PlanError> {
        match *a {
            Action::Coach { rep, hours, .. } => people::coach_check(self, rep, hours),
            Action::RideAlong { deal } | Action::SuperClose { deal } => {
                people::deal_check(self, deal)
            }
            Action::PipelineReview { rep } => people::review_check(self, rep),
            Action::Recognize { rep } | Action::ProspectingPlan { rep } | Action::Fire { rep } => {
                self.person(rep).map(|_| ())
            }
            Action::BuildMetricsPack
            | Action::DifferentiationWorkshop
            | Action::AskOutlook
            | Action::AskWhatsNew => Ok(()),
            Action::Hire { seat } => staffing::hire_check(self, seat, hiring),
            Action::Approve { deal, discount } => pricing::approve_check(self, deal, discount),
            Action::CarryBook { hours } => own_book::carry_book_check(self, hours),
        }
    }

    /// Carries out an action (step 3 of the week). The plan was validated.
    pub(super) fn apply_action(&mut self, a: &Action, log: &mut WeekLog) {
        match *a {
            Action::Coach { rep, skill, hours } => people::coach(self, rep, skill, hours, log),
            Action::RideAlong { deal } => people::ride_along(self, deal),
            Action::SuperClose { deal } => people::super_close(self, deal),
            Action::PipelineReview { rep } => people::review(self, rep, log),
            Action::Recognize { rep } => people::recognize(self, rep),
            Action::BuildMetricsPack => enablement::metrics_pack(self),
            Action::DifferentiationWorkshop => enablement::workshop(self),
            Action::ProspectingPlan { rep } => enablement::prospecting_plan(self, rep),
            Action::AskOutlook => enablement::outlook(self),
            Action::AskWhatsNew => enablement::news(self),
            Action::Hire { seat } => staffing::hire(self, seat, log),
            Action::Fire { rep } => staffing::fire(self, rep, log),
            Action::Approve { deal, discount } => pricing::approve(self, deal, discount),
            Action::CarryBook { hours } => own_book::carry_book(self, hours),
        }
    }

    /// A rep in a filled seat, or why the seat cannot be the target.
    pub(super) fn person(&self, id: RepId) -> Result<&Rep, PlanError> {
        let r = self.team.rep(id).ok_or(PlanError::NoSuchRep(id.0))?;
        match r.seat {
            Seat::Filled => Ok(r),
            Seat::Vacant { .. } => Err(PlanError::VacantSeat(id.0)),
            Seat::ManagerBook => Err(PlanError::BookSeat(id.0)),
        }
    }
}

/// `value` within `min..=max`, or the error naming `what`.
pub(super) fn range(what: Quantity, value: f64, min: f64, max: f64) -> Result<(), PlanError> {
    if value.is_finite() && value >= min - 1e-12 && value <= max + 1e-12 {
        Ok(())
    } else {
        Err(PlanError::OutOfRange {
            what,
            value,
            min,
            max,
        })
    }
}

#[cfg(test)]
mod tests;
