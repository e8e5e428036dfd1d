//! Why a plan cannot be carried out, in words.

use std::fmt;

use crate::sim::PlanError;

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::OverBudget { needed, available } => write!(
                f,
                "the plan needs {needed:.1} h but only {available:.1} h are free this week"
            ),
            PlanError::NoGoodwill {
                what,
                needed,
                available,
            } => write!(
                f,
                "{what} needs {needed:.1} goodwill but the executives have {available:.1}"
            ),
            PlanError::NoSuchRep(seat) => write!(f, "there is no rep in seat {seat}"),
            PlanError::VacantSeat(seat) => write!(f, "seat {seat} is vacant"),
            PlanError::SeatFilled(seat) => write!(f, "seat {seat} is already filled"),
            PlanError::BookSeat(seat) => write!(f, "seat {seat} is the manager's own book"),
            PlanError::NoSuchDeal(deal) => write!(f, "deal {deal} is not open"),
            PlanError::NoRequest(deal) => {
                write!(f, "deal {deal} has no pending discount request")
            }
            PlanError::OutOfRange {
                what,
                value,
                min,
                max,
            } => write!(f, "{what}: {value} is outside {min}..={max}"),
            PlanError::Finished => write!(f, "the scenario is over"),
        }
    }
}
