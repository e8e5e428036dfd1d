//! What a rep's funnel shows, in words.

use super::numbers::pct;
use super::words::{skill, stage};
use crate::i18n::decimal;
use crate::sim::diagnosis::Reading;
use crate::t;

/// The evidence behind a diagnosis, as the planning screen and the debrief say it.
pub fn reading(r: &Reading) -> String {
    match r {
        Reading::HeavyDiscount { avg_asked, asks } => {
            t!("diag-heavy-discount", avg = pct(*avg_asked), asks = *asks)
        }
        Reading::FewLeads {
            leads,
            weeks,
            benchmark,
            proposals,
        } => t!(
            "diag-few-leads",
            leads = *leads,
            weeks = *weeks,
            benchmark = decimal(*benchmark, 0),
            proposals = *proposals
        ),
        Reading::WeakStage {
            stage: at,
            conversion,
            benchmark,
            skill: s,
        } => t!(
            "diag-weak-stage",
            stage = stage(*at),
            conversion = pct(*conversion),
            benchmark = pct(*benchmark),
            skill = skill(*s)
        ),
        Reading::NoClearPattern { stage: at, left } => {
            t!("diag-no-clear-pattern", stage = stage(*at), left = *left)
        }
    }
}
