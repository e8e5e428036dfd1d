//! `lint`: a scenario's validation warnings plus bot playtests over many seeds — does
//! its lesson hold on outcomes (judged by [`super::lesson`]), is it winnable, is it too
//! easy, is the lesson fragile ([`super::sensitivity`])?

use std::sync::Arc;

use serde::Serialize;

use super::batch::Progress;
use super::compare::PolicyOutcome;
pub use super::lesson::*;
use super::sensitivity::Fragility;
use crate::narrate::pct;
use crate::scenario::{HintTrigger, Problem, Scenario};
use crate::t;

/// The lint of one scenario.
#[derive(Clone, Debug, Serialize)]
pub struct LintReport {
    pub outcomes: Vec<PolicyOutcome>,
    /// Each claim of the scenario's lesson, judged on the same seeds.
    pub lesson: Vec<ClaimResult>,
    /// How the lesson fares when each effect parameter moves ±25 %, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fragility: Option<Fragility>,
    pub findings: Vec<Finding>,
}

impl LintReport {
    pub fn problems(&self) -> usize {
        self.findings.iter().filter(|f| !f.ok).count()
    }
}

/// Plays the bots over the seeds and judges the scenario.
pub fn lint(
    scenario: &Arc<Scenario>,
    warnings: &[Problem],
    seeds: &[u64],
    fragility: Option<Fragility>,
    progress: &Progress,
) -> LintReport {
    let checks = Checks::new(scenario, &bots(scenario));
    let (outcomes, figures) = play_checks(scenario, &checks, seeds, progress);
    let checked = checks.judge(&figures);
    let by = |n: &str| outcomes.iter().find(|o| o.policy == n);
    let mut findings: Vec<Finding> = warnings
        .iter()
        .map(|w| Finding {
            ok: false,
            text: w.to_string(),
        })
        .collect();
    for (i, h) in scenario.hints.iter().enumerate() {
        if let HintTrigger::Week(w) = h.trigger
            && (w == 0 || w > scenario.weeks)
        {
            findings.push(Finding {
                ok: false,
                text: t!("report-hint-never", i = i, week = w, weeks = scenario.weeks),
            });
        }
    }

    let rvq = super::stats::Metric::RevenueVsQuota.index();
    if let Some(best) = outcomes
        .iter()
        .max_by(|a, b| a.metrics[rvq].1.p90.total_cmp(&b.metrics[rvq].1.p90))
    {
        let p90 = best.metrics[rvq].1.p90;
        findings.push(Finding {
            ok: p90 >= UNWINNABLE_P90,
            text: if p90 >= UNWINNABLE_P90 {
                t!(
                    "report-winnable",
                    bot = best.policy.clone(),
                    share = pct(p90)
                )
            } else {
                t!(
                    "report-unwinnable",
                    share = pct(p90),
                    bot = best.policy.clone()
                )
            },
        });
    }
    if let Some(passive) = by("passive") {
        let median = passive.metrics[rvq].1.p50;
        if median >= TOO_EASY_MEDIAN {
            findings.push(Finding {
                ok: false,
                text: t!("report-too-easy", share = pct(median)),
            });
        }
    }

    findings.extend(checked.iter().map(ClaimResult::finding));
    if let Some(f) = &fragility {
        findings.extend(f.findings());
    }
    LintReport {
        outcomes,
        lesson: checked,
        fragility,
        findings,
    }
}
