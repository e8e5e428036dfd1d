//! What a rep's funnel shows, in words.

use crate::sim::diagnosis::Reading;

/// The evidence behind a diagnosis, as the planning screen and the debrief say it.
pub fn reading(r: &Reading) -> String {
    match r {
        Reading::HeavyDiscount { avg_asked, asks } => format!(
            "discounts heavily: asks for {:.0} % off on average ({asks} requests)",
            avg_asked * 100.0
        ),
        Reading::FewLeads {
            leads,
            weeks,
            benchmark,
            proposals,
        } => format!(
            "few leads: {leads} in {weeks} weeks (benchmark {benchmark:.0}), so {proposals} proposals"
        ),
        Reading::WeakStage {
            stage,
            conversion,
            benchmark,
            skill,
        } => format!(
            "weakest stage is {stage}: {:.0} % of deals move on (benchmark {:.0} %) — {skill} drives it",
            conversion * 100.0,
            benchmark * 100.0
        ),
        Reading::NoClearPattern { stage, left } => {
            format!("no clear pattern yet: {stage} lags a little, on {left} deals")
        }
    }
}
