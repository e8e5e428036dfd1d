//! `sensitivity`: does a scenario's lesson survive plausible doubt about the model's
//! constants? Each effect parameter (the numbers in `scenario.effects`) is moved ±25 %
//! one at a time; in every variant the lesson's claims are judged exactly as `lint`
//! judges them (the same bots, the same paired seeds), and the bots are ranked by
//! their mean overall score.

use std::sync::Arc;

use serde::Serialize;

use super::batch::Progress;
use super::lesson::{Checks, ClaimResult, Figures, Finding};
use crate::narrate::pct;
use crate::policy::STANDARD;
use crate::scenario::{Effects, Lesson, Scenario};
use crate::t;

/// How far each parameter moves, as a share of its value.
pub const STEP: f64 = 0.25;
/// Share of the variants in which a lesson must hold not to be called fragile.
pub const ROBUST_SHARE: f64 = 0.8;

/// One effect parameter moved from its value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Variant {
    /// The field of `effects`, e.g. `super_close_morale`.
    pub parameter: String,
    pub base: f64,
    pub value: f64,
    /// The relative move, −0.25 or +0.25.
    pub step: f64,
}

impl Variant {
    /// E.g. `effects.super_close_morale −25 % (0.03)`.
    pub fn label(&self) -> String {
        format!(
            "effects.{} {}{:.0} % ({})",
            self.parameter,
            if self.step < 0.0 { "−" } else { "+" },
            100.0 * self.step.abs(),
            num(self.value)
        )
    }
}

/// A parameter's value without float noise: 0.030000000000000002 prints as 0.03.
fn num(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// The ±25 % variants of a scenario's effect parameters, each a valid scenario, and
/// the moves left out with the reason (a parameter at 0, a week count that rounds back
/// to itself, a value outside the allowed range).
pub fn variants(scenario: &Scenario) -> (Vec<(Variant, Arc<Scenario>)>, Vec<String>) {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(&scenario.effects) else {
        return (out, skipped);
    };
    for (name, v) in &fields {
        let serde_json::Value::Number(n) = v else {
            continue;
        };
        let Some(base) = n.as_f64() else { continue };
        // Whole numbers are week counts: they move to the nearest whole week.
        let whole = n.is_u64() || n.is_i64();
        if base == 0.0 {
            skipped.push(t!("report-skip-zero", name = name.clone()));
            continue;
        }
        for step in [-STEP, STEP] {
            let mut value = base * (1.0 + step);
            if whole {
                value = value.round().max(1.0);
                if value == base {
                    skipped.push(t!(
                        if step < 0.0 {
                            "report-skip-rounds-down"
                        } else {
                            "report-skip-rounds-up"
                        },
                        name = name.clone(),
                        // A number, so "1 week" is singular; it reads as `to_string` wrote it.
                        base = base
                    ));
                    continue;
                }
            }
            let mut changed = fields.clone();
            changed.insert(
                name.clone(),
                if whole {
                    serde_json::Value::from(value as u64)
                } else {
                    serde_json::Value::from(value)
                },
            );
            let Ok(effects) = serde_json::from_value::<Effects>(serde_json::Value::Object(changed))
            else {
                skipped.push(t!(
                    "report-skip-invalid",
                    name = name.clone(),
                    value = value.to_string()
                ));
                continue;
            };
            let mut s = scenario.clone();
            s.effects = effects;
            let variant = Variant {
                parameter: name.clone(),
                base,
                value,
                step,
            };
            let (errors, _) = crate::scenario::validate(&s);
            if let Some(e) = errors.first() {
                skipped.push(format!("{}: {e}", variant.label()));
                continue;
            }
            out.push((variant, Arc::new(s)));
        }
    }
    (out, skipped)
}

/// The lesson's claims and the best bot in one variant (or the scenario as written).
#[derive(Clone, Debug, Serialize)]
pub struct Case {
    /// `None` for the scenario as written.
    pub variant: Option<Variant>,
    pub claims: Vec<ClaimResult>,
    /// Every claim holds; `None` when the scenario claims no lesson.
    pub holds: Option<bool>,
    /// The bot with the best mean overall score, when the bots were played.
    pub best_bot: Option<String>,
    pub best_overall: Option<f64>,
}

/// How often one claim of the lesson holds across the variants.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimShare {
    pub claim: String,
    pub holds_in: usize,
    pub share: f64,
}

/// The sensitivity of one scenario.
#[derive(Clone, Debug, Serialize)]
pub struct SensitivityReport {
    pub scenario: String,
    pub lesson: Option<Lesson>,
    pub seeds: usize,
    pub step: f64,
    pub base: Case,
    pub variants: Vec<Case>,
    /// Moves left out, with the reason.
    pub skipped: Vec<String>,
    /// Share of the variants in which the whole lesson holds.
    pub lesson_share: Option<f64>,
    pub claims: Vec<ClaimShare>,
    /// How many variants each bot is best in (most first), when the bots were played.
    pub best_bots: Vec<(String, usize)>,
}

impl SensitivityReport {
    /// The variants in which the lesson does not hold.
    pub fn failing(&self) -> impl Iterator<Item = &Case> {
        self.variants.iter().filter(|c| c.holds == Some(false))
    }

    /// The verdict on the lesson's robustness, for `lint`.
    pub fn findings(&self) -> Vec<Finding> {
        let (Some(lesson), Some(share)) = (self.lesson, self.lesson_share) else {
            return Vec::new();
        };
        let n = self.variants.len();
        if share >= ROBUST_SHARE {
            return vec![Finding {
                ok: true,
                text: t!(
                    "report-robust",
                    lesson = format!("{lesson:?}"),
                    share = pct(share),
                    n = n,
                    seeds = self.seeds
                ),
            }];
        }
        let failing: Vec<String> = self
            .failing()
            .filter_map(|c| c.variant.as_ref().map(Variant::label))
            .collect();
        let shown = failing
            .iter()
            .take(6)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let more = failing.len().saturating_sub(6);
        vec![Finding {
            ok: false,
            text: t!(
                if more > 0 {
                    "report-fragile-more"
                } else {
                    "report-fragile"
                },
                lesson = format!("{lesson:?}"),
                share = pct(share),
                n = n,
                needed = pct(ROBUST_SHARE),
                failing = shown,
                more = more
            ),
        }]
    }
}

/// What `lint` keeps of a sensitivity run: the lesson's robustness only.
pub type Fragility = SensitivityReport;

/// Runs the sensitivity check: the scenario as written and every ±25 % variant, each
/// on the same seeds. With `rank_bots`, every standard bot is played (with its
/// projection) and the best by mean overall score is named per variant; without, only
/// the arms of the lesson's claims are played (what `lint` needs).
pub fn sensitivity(
    scenario: &Arc<Scenario>,
    seeds: &[u64],
    rank_bots: bool,
    progress: &Progress,
) -> SensitivityReport {
    use rayon::prelude::*;
    let scored: &[&str] = if rank_bots { &STANDARD } else { &[] };
    let checks = Checks::new(scenario, scored);
    let (vars, skipped) = variants(scenario);
    let mut cases: Vec<(Option<Variant>, Arc<Scenario>)> = vec![(None, scenario.clone())];
    cases.extend(vars.into_iter().map(|(v, s)| (Some(v), s)));
    let arm_scenarios: Vec<Vec<Arc<Scenario>>> =
        cases.iter().map(|(_, s)| checks.scenarios(s)).collect();
    let jobs: Vec<(usize, u64)> = (0..cases.len())
        .flat_map(|c| seeds.iter().map(move |&s| (c, s)))
        .collect();
    // Each job plays every arm on one seed of one case: the pairs share their luck.
    let results: Vec<Vec<Figures>> = jobs
        .par_iter()
        .map(|&(c, seed)| {
            (0..checks.arms.len())
                .map(|a| {
                    let f = checks.play(&arm_scenarios[c], a, seed).0;
                    progress.tick();
                    f
                })
                .collect()
        })
        .collect();
    let per_case = seeds.len().max(1);
    let mut judged: Vec<Case> = results
        .chunks(per_case)
        .zip(cases)
        .map(|(rows, (variant, _))| {
            let by_arm: Vec<Vec<Figures>> = (0..checks.arms.len())
                .map(|a| rows.iter().map(|r| r[a]).collect())
                .collect();
            let claims = checks.judge(&by_arm);
            let holds = (!claims.is_empty()).then(|| claims.iter().all(|c| c.holds));
            let best = (0..scored.len())
                .map(|a| {
                    let xs = &by_arm[a];
                    (
                        a,
                        xs.iter().map(|f| f.overall).sum::<f64>() / xs.len().max(1) as f64,
                    )
                })
                .max_by(|x, y| x.1.total_cmp(&y.1));
            Case {
                variant,
                claims,
                holds,
                best_bot: best.map(|(a, _)| checks.arms[a].label.clone()),
                best_overall: best.map(|(_, m)| m),
            }
        })
        .collect();
    let base = judged.remove(0);
    let variants = judged;
    let n = variants.len();
    let lesson_share = base.holds.map(|_| {
        variants.iter().filter(|c| c.holds == Some(true)).count() as f64 / n.max(1) as f64
    });
    let claims = base
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let holds_in = variants.iter().filter(|v| v.claims[i].holds).count();
            ClaimShare {
                claim: c.claim(),
                holds_in,
                share: holds_in as f64 / n.max(1) as f64,
            }
        })
        .collect();
    let mut best_bots: Vec<(String, usize)> = Vec::new();
    for b in variants.iter().filter_map(|c| c.best_bot.as_ref()) {
        match best_bots.iter_mut().find(|(n, _)| n == b) {
            Some(e) => e.1 += 1,
            None => best_bots.push((b.clone(), 1)),
        }
    }
    best_bots.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    SensitivityReport {
        scenario: scenario.id.clone(),
        lesson: scenario.lesson,
        seeds: seeds.len(),
        step: STEP,
        base,
        variants,
        skipped,
        lesson_share,
        claims,
        best_bots,
    }
}

/// Runs a sensitivity check plays (its progress ticks once per run): every arm on
/// every seed of the scenario as written and of each variant.
pub fn jobs(scenario: &Scenario, seeds: usize, rank_bots: bool) -> u64 {
    let scored: &[&str] = if rank_bots { &STANDARD } else { &[] };
    let arms = Checks::new(scenario, scored).arms.len();
    ((variants(scenario).0.len() + 1) * seeds * arms) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        crate::scenario::parse_ron(
            "test",
            r#"(id: "t", title: "T", weeks: 13, quota_per_rep_per_quarter: 90000.0,
                team: [(name: "A", skills: (prospecting: 0.5, qualifying: 0.5, discovery: 0.5,
                        presenting: 0.5, negotiating: 0.5, closing: 0.5))])"#,
        )
        .expect("parses")
    }

    #[test]
    fn each_variant_moves_one_parameter_a_quarter_and_stays_valid() {
        let s = scenario();
        let (vars, skipped) = variants(&s);
        let base = serde_json::to_value(&s.effects).unwrap();
        let fields = base.as_object().unwrap().len();
        // Every field moves both ways unless it is 0 or a week count rounds back.
        assert_eq!(vars.len() + skipped.len(), 2 * fields - 1, "{skipped:?}");
        assert!(skipped.iter().any(|x| x.contains("phone_book_fit: is 0")));
        for (v, sc) in &vars {
            let now = serde_json::to_value(&sc.effects).unwrap();
            let changed: Vec<&String> = now
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, x)| base[k.as_str()] != **x)
                .map(|(k, _)| k)
                .collect();
            assert_eq!(changed, vec![&v.parameter], "{}", v.label());
            if base[v.parameter.as_str()].is_u64() {
                assert_eq!(v.value.fract(), 0.0, "{}", v.label());
            } else {
                assert!((v.value - v.base * (1.0 + v.step)).abs() < 1e-12);
            }
            assert!(crate::scenario::validate(sc).0.is_empty(), "{}", v.label());
        }
        let weeks: Vec<String> = vars
            .iter()
            .filter(|(v, _)| v.parameter == "plan_weeks")
            .map(|(v, _)| v.label())
            .collect();
        assert_eq!(
            weeks,
            [
                "effects.plan_weeks −25 % (6)",
                "effects.plan_weeks +25 % (10)"
            ]
        );
    }

    /// A one-week count that rounds back is "1 week" in English.
    #[test]
    fn a_skipped_week_count_of_one_is_singular() {
        let mut s = scenario();
        s.effects.plan_weeks = 1;
        let skipped = crate::i18n::with_lang(crate::i18n::Lang::En, || variants(&s).1);
        assert!(
            skipped
                .iter()
                .any(|x| x == "effects.plan_weeks: 1 week −25 % rounds back to 1"),
            "{skipped:?}"
        );
    }
}
