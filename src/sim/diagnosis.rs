//! Reading a rep's pipeline shape for the coaching need (lesson L3).
//!
//! Many proposals but few wins points at discovery (needs analysis) and qualification;
//! few proposals points at prospecting; heavy discounting points at negotiation and
//! value creation. Bots and the debrief both use this reading.

use serde::{Deserialize, Serialize};

use super::{Rep, Skill};

/// What a rep's funnel says they need, with the evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    pub skill: Skill,
    pub reason: String,
}

/// Benchmarks a funnel is read against (per scored week).
pub struct Benchmark {
    /// Proposals per week a healthy rep makes.
    pub proposals_per_week: f64,
    /// Wins per proposal.
    pub proposal_win_rate: f64,
    /// Average discount above which discounting is "heavy".
    pub heavy_discount: f64,
}

/// Reads the funnel; falls back to the weakest skill when there is too little data.
pub fn diagnose(rep: &Rep, weeks: u32, bench: &Benchmark) -> Diagnosis {
    let f = &rep.funnel;
    let weeks = weeks.max(1) as f64;
    let proposals = f.entered[3] as f64;
    let s = &rep.skills;
    if f.asks >= 2 && f.avg_asked() > bench.heavy_discount {
        return Diagnosis {
            skill: Skill::Negotiating,
            reason: format!(
                "discounts heavily: asks for {:.0} % off on average ({} requests) — negotiating is {:.2}",
                f.avg_asked() * 100.0,
                f.asks,
                s.negotiating
            ),
        };
    }
    if weeks >= 3.0 && proposals / weeks < 0.6 * bench.proposals_per_week {
        return Diagnosis {
            skill: Skill::Prospecting,
            reason: format!(
                "few proposals: {proposals:.0} in {weeks:.0} weeks (benchmark {:.0}) — prospecting is {:.2}",
                bench.proposals_per_week * weeks,
                s.prospecting
            ),
        };
    }
    if proposals >= 4.0 {
        let rate = f.won as f64 / proposals;
        if rate < 0.7 * bench.proposal_win_rate {
            let skill = if s.discovery <= s.qualifying {
                Skill::Discovery
            } else {
                Skill::Qualifying
            };
            return Diagnosis {
                skill,
                reason: format!(
                    "proposals stall: {proposals:.0} proposals, {} wins — {skill} is {:.2}",
                    f.won,
                    s.get(skill)
                ),
            };
        }
    }
    let skill = s.weakest();
    Diagnosis {
        skill,
        reason: format!(
            "no clear pattern yet; weakest skill is {skill} ({:.2})",
            s.get(skill)
        ),
    }
}
