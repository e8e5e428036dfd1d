//! Why a plan cannot be carried out, in words.

use std::fmt;

use super::words::plain;
use crate::i18n::decimal;
use crate::sim::{PlanError, Quantity};
use crate::t;

/// The name of a number the plan set out of range, in the reader's language.
fn what(q: Quantity) -> String {
    match q {
        Quantity::ApprovedDiscount => t!("plan-what-approved-discount"),
        Quantity::Absorb => t!("plan-what-absorb"),
        Quantity::DiscountCap => t!("plan-what-discount-cap"),
        Quantity::OwnBookHours => t!("plan-what-own-book-hours"),
        Quantity::CoachingHours => t!("plan-what-coaching-hours"),
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            PlanError::OverBudget { needed, available } => t!(
                "plan-over-budget",
                needed = decimal(*needed, 1),
                available = decimal(*available, 1)
            ),
            PlanError::NoGoodwill {
                what,
                needed,
                available,
            } => t!(
                "plan-no-goodwill",
                what = what.to_string(),
                needed = decimal(*needed, 1),
                available = decimal(*available, 1)
            ),
            PlanError::NoSuchRep(seat) => t!("plan-no-such-rep", seat = *seat),
            PlanError::VacantSeat(seat) => t!("plan-vacant-seat", seat = *seat),
            PlanError::SeatFilled(seat) => t!("plan-seat-filled", seat = *seat),
            PlanError::BookSeat(seat) => t!("plan-book-seat", seat = *seat),
            PlanError::NoSuchDeal(deal) => t!("plan-no-such-deal", deal = deal.to_string()),
            PlanError::NoRequest(deal) => t!("plan-no-request", deal = deal.to_string()),
            PlanError::OutOfRange {
                what: name,
                value,
                min,
                max,
            } => t!(
                "plan-out-of-range",
                what = what(*name),
                value = plain(*value),
                min = plain(*min),
                max = plain(*max)
            ),
            PlanError::Finished => t!("plan-finished"),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn plan_errors_in_both_languages() {
        let e = PlanError::OverBudget {
            needed: 42.5,
            available: 40.0,
        };
        with_lang(Lang::En, || {
            assert_eq!(
                e.to_string(),
                "the plan needs 42.5 h but only 40.0 h are free this week"
            );
        });
        with_lang(Lang::De, || {
            assert!(e.to_string().contains("42,5 h"), "{e}");
            assert!(e.to_string().contains("Wochenplan"), "{e}");
        });
    }
}
