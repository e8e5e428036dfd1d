//! `lint`: a scenario's validation warnings plus bot playtests over many seeds — does
//! its lesson point the right way, is it winnable, is it too easy?

use std::sync::Arc;

use serde::Serialize;

use super::batch::Progress;
use super::compare::{PolicyOutcome, compare};
use crate::policy::STANDARD;
use crate::scenario::{HintTrigger, Lesson, Problem, Scenario};
use crate::sim::pct;

/// Share of seeds in which a lesson's claim must hold for lint to call it sound.
pub const LESSON_SHARE: f64 = 0.6;
/// Below this p90 attainment for the best bot, a scenario is unwinnable.
pub const UNWINNABLE_P90: f64 = 0.8;
/// Above this p10 attainment for the passive bot, a scenario is too easy.
pub const TOO_EASY_P10: f64 = 1.2;

/// One line of the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// `false` for a problem, `true` for a check that passed.
    pub ok: bool,
    pub text: String,
}

/// The lint of one scenario.
#[derive(Clone, Debug, Serialize)]
pub struct LintReport {
    pub outcomes: Vec<PolicyOutcome>,
    pub findings: Vec<Finding>,
}

impl LintReport {
    pub fn problems(&self) -> usize {
        self.findings.iter().filter(|f| !f.ok).count()
    }
}

fn col(name: &str) -> usize {
    super::stats::METRICS
        .iter()
        .position(|m| *m == name)
        .unwrap_or(0)
}

/// Share of seeds where `f(a) > f(b)`, with the seeds paired.
fn share(a: &PolicyOutcome, b: &PolicyOutcome, f: impl Fn(&[f64; 10]) -> f64) -> f64 {
    let n = a.samples.len().min(b.samples.len()).max(1) as f64;
    a.samples
        .iter()
        .zip(&b.samples)
        .filter(|(x, y)| f(x) > f(y))
        .count() as f64
        / n
}

/// The bots that playtest a scenario: the standard ones, and for L3 the coach who
/// coaches the wrong skill.
pub fn bots(scenario: &Scenario) -> Vec<&'static str> {
    let mut names: Vec<&str> = STANDARD.to_vec();
    if scenario.lesson == Some(Lesson::L3) {
        names.push("coach_wrong_skill");
    }
    names
}

/// Plays the bots over the seeds and judges the scenario.
pub fn lint(
    scenario: &Arc<Scenario>,
    warnings: &[Problem],
    seeds: &[u64],
    progress: &Progress,
) -> LintReport {
    let names = bots(scenario);
    let outcomes = compare(scenario, &names, seeds, progress);
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
                text: format!(
                    "hints[{i}]: shows in week {w}, which is never planned (weeks 1..={})",
                    scenario.weeks
                ),
            });
        }
    }

    let rvq = col("revenue_vs_quota");
    if let Some(best) = outcomes
        .iter()
        .max_by(|a, b| a.metrics[rvq].1.p90.total_cmp(&b.metrics[rvq].1.p90))
    {
        let p90 = best.metrics[rvq].1.p90;
        findings.push(Finding {
            ok: p90 >= UNWINNABLE_P90,
            text: if p90 >= UNWINNABLE_P90 {
                format!("winnable: the best bot ({}) reaches {} of quota at p90", best.policy, pct(p90))
            } else {
                format!(
                    "unwinnable: the best bot's p90 attainment is {} ({}); lower the quota or raise lead rates",
                    pct(p90),
                    best.policy
                )
            },
        });
    }
    if let Some(passive) = by("passive") {
        let p10 = passive.metrics[rvq].1.p10;
        if p10 >= TOO_EASY_P10 {
            findings.push(Finding {
                ok: false,
                text: format!(
                    "too easy: a manager who does nothing reaches {} of quota in 90 % of seeds",
                    pct(p10)
                ),
            });
        }
    }

    let revenue = col("revenue");
    let margin = col("gross_margin");
    let capability = col("capability_gain");
    let overall = col("overall");
    let independence = col("independence");
    let claim = |a: &str, b: &str, what: &str, f: &dyn Fn(&[f64; 10]) -> f64, lesson: &str| {
        let (Some(x), Some(y)) = (by(a), by(b)) else {
            return None;
        };
        let s = share(x, y, f);
        Some(if s >= LESSON_SHARE {
            Finding {
                ok: true,
                text: format!(
                    "{lesson} holds: {a} beats {b} on {what} in {} of seeds",
                    pct(s)
                ),
            }
        } else {
            Finding {
                ok: false,
                text: format!(
                    "{lesson} does not hold: {b} beats {a} on {what} in {} of seeds (needs {a} ahead in {})",
                    pct(1.0 - s),
                    pct(LESSON_SHARE)
                ),
            }
        })
    };
    let margin_dollars = move |x: &[f64; 10]| x[revenue] * x[margin];
    let checks = match scenario.lesson {
        // Super-closing wins the first weeks (that is the trap), so the revenue claim
        // is only checked over half a year or more.
        Some(Lesson::L1) => {
            let mut v = vec![
                claim(
                    "coach",
                    "super_closer",
                    "team capability",
                    &|x| x[capability],
                    "L1",
                ),
                claim(
                    "coach",
                    "super_closer",
                    "independence",
                    &|x| x[independence],
                    "L1",
                ),
            ];
            if scenario.weeks >= 26 {
                v.insert(
                    0,
                    claim("coach", "super_closer", "revenue", &|x| x[revenue], "L1"),
                );
            }
            v
        }
        Some(Lesson::L2) => vec![claim(
            "value_seller",
            "discounter",
            "margin-adjusted revenue",
            &margin_dollars,
            "L2",
        )],
        Some(Lesson::L3) => vec![claim(
            "coach",
            "coach_wrong_skill",
            "capability gain",
            &|x| x[capability],
            "L3",
        )],
        Some(Lesson::L4) => vec![claim(
            "balanced",
            "typical",
            "overall score",
            &|x| x[overall],
            "L4",
        )],
        Some(Lesson::L5) => vec![
            claim(
                "balanced",
                "typical",
                "overall score",
                &|x| x[overall],
                "L5",
            ),
            claim(
                "balanced",
                "passive",
                "overall score",
                &|x| x[overall],
                "L5",
            ),
        ],
        None => Vec::new(),
    };
    findings.extend(checks.into_iter().flatten());
    LintReport { outcomes, findings }
}
