//! Reading a rep's pipeline shape for the coaching need (lesson L3).
//!
//! Many proposals but few wins points at discovery (needs analysis) and qualification;
//! few proposals points at prospecting; heavy discounting points at negotiation and
//! value creation. Bots and the debrief both use this reading.

use serde::{Deserialize, Serialize};

use super::{Rep, Skill, Stage};

/// What a rep's funnel says they need, with the evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnosis {
    pub skill: Skill,
    /// What the funnel showed (worded by `crate::narrate::reading`).
    pub reading: Reading,
    /// Whether the funnel holds enough evidence to act on (small samples are noise).
    pub confident: bool,
}

/// The evidence behind a diagnosis, as data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reading {
    /// Asks for more discount than peers and the market: `avg_asked` over `asks`.
    HeavyDiscount { avg_asked: f64, asks: u32 },
    /// Fewer leads than a normal flow: `leads` in `weeks` against `benchmark`.
    FewLeads {
        leads: u32,
        weeks: u32,
        benchmark: f64,
        proposals: u32,
    },
    /// The stage that lags the benchmark most, clearly and on enough deals.
    WeakStage {
        stage: Stage,
        conversion: f64,
        benchmark: f64,
        skill: Skill,
    },
    /// Nothing clear yet: `stage` lags a little, on `left` deals.
    NoClearPattern { stage: Stage, left: u32 },
}

/// Benchmarks a funnel is read against (per scored week).
pub struct Benchmark {
    /// Leads per week a healthy rep opens.
    pub leads_per_week: f64,
    /// Proposals per week a healthy rep makes.
    pub proposals_per_week: f64,
    /// Wins per proposal.
    pub proposal_win_rate: f64,
    /// Average discount above which discounting is "heavy".
    pub heavy_discount: f64,
    /// A healthy rep's conversion out of each open stage.
    pub conversion: [f64; 5],
    /// The skill that weighs most at each open stage.
    pub stage_skill: [Skill; 5],
    /// The team's own leads per week per rep and average discount asked, when it has
    /// any: a manager compares a rep with their peers, so what the whole team meets
    /// (a market that haggles, hours lost to head office) is not read as one rep's skill.
    pub team_leads_per_week: Option<f64>,
    pub team_asked: Option<f64>,
}

/// Points of discount above the peers' average that read as a rep's own habit.
const ABOVE_PEERS: f64 = 0.03;

/// Deals of benchmark evidence mixed into each stage's observed conversion, so a
/// stage with two deals does not look like a disaster (small samples are noisy).
const PRIOR_DEALS: f64 = 4.0;

/// Log-odds a stage must lag the benchmark by, and deals that must have left it,
/// before the reading is worth acting on.
const MIN_GAP: f64 = 0.3;
const MIN_DEALS: u32 = 3;

/// Each open stage's conversion as the funnel shows it, shrunk towards the benchmark:
/// (deals that moved on + prior) / (deals that left the stage + prior).
pub fn stage_conversions(rep: &Rep, bench: &Benchmark) -> [f64; 5] {
    let f = &rep.funnel;
    std::array::from_fn(|k| {
        let out = if k < 4 { f.entered[k + 1] } else { f.won } as f64;
        let left = out + f.lost_at[k] as f64;
        (out + PRIOR_DEALS * bench.conversion[k]) / (left + PRIOR_DEALS)
    })
}

/// Reads the funnel only (never the rep's hidden skills): heavy discounting, then too
/// few leads, then the stage that converts worst against the benchmark. Few proposals
/// from a normal flow of leads is a leak in an early stage, not a prospecting problem.
pub fn diagnose(rep: &Rep, weeks: u32, bench: &Benchmark) -> Diagnosis {
    let f = &rep.funnel;
    let weeks = weeks.max(1) as f64;
    let proposals = f.entered[3] as f64;
    let heavy = bench
        .heavy_discount
        .max(bench.team_asked.map_or(0.0, |t| t + ABOVE_PEERS));
    if f.asks >= 2 && f.avg_asked() > heavy {
        return Diagnosis {
            skill: Skill::Negotiating,
            reading: Reading::HeavyDiscount {
                avg_asked: f.avg_asked(),
                asks: f.asks,
            },
            confident: true,
        };
    }
    let leads = f.leads as f64;
    let normal_leads = bench
        .leads_per_week
        .min(bench.team_leads_per_week.unwrap_or(f64::MAX));
    if weeks >= 3.0 && leads / weeks < 0.8 * normal_leads {
        return Diagnosis {
            skill: Skill::Prospecting,
            reading: Reading::FewLeads {
                leads: f.leads,
                weeks: weeks as u32,
                benchmark: bench.leads_per_week * weeks,
                proposals: proposals as u32,
            },
            confident: true,
        };
    }
    let conv = stage_conversions(rep, bench);
    let logit = |p: f64| {
        let p = p.clamp(1e-3, 1.0 - 1e-3);
        (p / (1.0 - p)).ln()
    };
    let mut worst = 0;
    let mut gap = f64::MIN;
    for (k, (b, c)) in bench.conversion.iter().zip(conv).enumerate() {
        let g = logit(*b) - logit(c);
        if g > gap {
            gap = g;
            worst = k;
        }
    }
    let skill = bench.stage_skill[worst];
    let stage = Stage::OPEN[worst];
    let out = if worst < 4 {
        f.entered[worst + 1]
    } else {
        f.won
    };
    let left = out + f.lost_at[worst];
    // Act on a stage only when it clearly lags and enough deals have left it.
    let confident = gap >= MIN_GAP && left >= MIN_DEALS;
    Diagnosis {
        skill,
        reading: if confident {
            Reading::WeakStage {
                stage,
                conversion: conv[worst],
                benchmark: bench.conversion[worst],
                skill,
            }
        } else {
            Reading::NoClearPattern { stage, left }
        },
        confident,
    }
}
