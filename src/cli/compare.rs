//! `pitcrew compare`: every built-in bot on the same seeds.

use super::exit::Outcome;
use std::path::Path;

use super::output::{csv, fig_shown, num, table};
use super::{Format, SeedRange, scenario_for, seed_list};
use crate::policy;
use crate::report::batch::Progress;
use crate::report::compare::{compare, paired};

/// Columns shown in the comparison table.
const SHOWN: [&str; 8] = [
    "overall",
    "revenue_vs_quota",
    "gross_margin",
    "capability_gain",
    "retention",
    "independence",
    "forecast_accuracy",
    "reps_at_quota",
];

/// A shown metric's name in the reader's language (a column of compare, a row of
/// simulate).
pub(super) fn column(metric: &str) -> String {
    match metric {
        "overall" => crate::t!("cli-out-col-overall"),
        "revenue_vs_quota" => crate::t!("cli-out-col-revenue-vs-quota"),
        "gross_margin" => crate::t!("cli-out-col-gross-margin"),
        "capability_gain" => crate::t!("cli-out-col-capability-gain"),
        "retention" => crate::t!("cli-out-col-retention"),
        "independence" => crate::t!("cli-out-col-independence"),
        "forecast_accuracy" => crate::t!("cli-out-col-forecast-accuracy"),
        "reps_at_quota" => crate::t!("cli-out-col-reps-at-quota"),
        "revenue" => crate::t!("cli-out-col-revenue"),
        "projection" => crate::t!("cli-out-col-projection"),
        other => other.to_string(),
    }
}

/// What each bot in the table stands for, so a trainer can read the rows.
fn legend(outcomes: &[crate::report::compare::PolicyOutcome]) -> String {
    let bots = crate::policy::builtin();
    let width = outcomes.iter().map(|o| o.policy.len()).max().unwrap_or(0);
    let mut out = format!("\n{}\n", crate::t!("cli-out-bots-title"));
    for o in outcomes {
        if let Some(p) = bots.get(&o.policy).filter(|p| !p.description.is_empty()) {
            out.push_str(&format!("  {:<width$}  {}\n", o.policy, p.description));
        }
    }
    out
}

pub fn run(file: &Path, range: SeedRange, against: &str, format: Format) -> Outcome {
    let scenario = scenario_for(file, range.weeks)?;
    if policy::by_name(against).is_none() {
        return Err(crate::t!(
            "cli-out-unknown-against",
            name = format!("{against:?}"),
            choices = policy::names().join(", ")
        )
        .into());
    }
    let seeds = seed_list(range.seed, range.seeds)?;
    let mut names: Vec<&str> = policy::STANDARD.to_vec();
    if !names.contains(&against) {
        names.push(against);
    }
    let progress = Progress::new((seeds.len() * names.len()) as u64, "compare");
    let outcomes = compare(&scenario, &names, &seeds, &progress);
    progress.finish(format != Format::Table);
    let pairs = paired(&outcomes, against);
    match format {
        Format::Table => {
            println!(
                "{}\n",
                crate::t!(
                    "cli-out-compare-title",
                    title = scenario.title.to_string(),
                    bots = outcomes.len(),
                    seeds = seeds.len(),
                    weeks = scenario.weeks
                )
            );
            // The table's headers are for reading; CSV and JSON keep the metrics' names.
            let mut header = vec![crate::t!("cli-out-col-policy")];
            header.extend(SHOWN.map(column));
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let rows: Vec<Vec<String>> = outcomes
                .iter()
                .map(|o| {
                    let mut r = vec![o.policy.clone()];
                    for m in SHOWN {
                        let s = &o.metrics.iter().find(|(n, _)| n == m).expect("metric").1;
                        r.push(fig_shown(m, s.mean));
                    }
                    r
                })
                .collect();
            print!("{}", table(&header, &rows));
            println!(
                "\n{}\n",
                crate::t!("cli-out-paired-title", against = against.to_string())
            );
            let rows: Vec<Vec<String>> = pairs
                .iter()
                .filter(|p| p.policy != against)
                .map(|p| {
                    vec![
                        p.policy.clone(),
                        super::output::point(format!("{:+.1}", p.overall_diff)),
                        super::output::point(format!("{:+.3}", p.revenue_diff)),
                        format!("{} %", num(p.wins * 100.0, 0)),
                    ]
                })
                .collect();
            print!(
                "{}",
                table(
                    &[
                        crate::t!("cli-out-col-policy").as_str(),
                        crate::t!("cli-out-col-diff-overall").as_str(),
                        crate::t!("cli-out-col-diff-revenue").as_str(),
                        crate::t!("cli-out-col-seeds-better").as_str(),
                    ],
                    &rows
                )
            );
            print!("{}", legend(&outcomes));
        }
        Format::Csv => {
            // Data for other tools: the column names stay English in every language.
            let header = ["policy", "metric", "mean", "p10", "p50", "p90"];
            let mut rows = Vec::new();
            for o in &outcomes {
                for (m, s) in &o.metrics {
                    rows.push(vec![
                        o.policy.clone(),
                        m.clone(),
                        format!("{}", s.mean),
                        format!("{}", s.p10),
                        format!("{}", s.p50),
                        format!("{}", s.p90),
                    ]);
                }
            }
            for p in &pairs {
                for (m, v) in [
                    (format!("overall_diff_vs_{against}"), p.overall_diff),
                    (
                        format!("revenue_vs_quota_diff_vs_{against}"),
                        p.revenue_diff,
                    ),
                    (format!("share_better_than_{against}"), p.wins),
                ] {
                    rows.push(vec![
                        p.policy.clone(),
                        m,
                        format!("{v}"),
                        String::new(),
                        String::new(),
                        String::new(),
                    ]);
                }
            }
            print!("{}", csv(&header, &rows));
        }
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "scenario": scenario.id,
                "weeks": scenario.weeks,
                "seeds": seeds.len(),
                "policies": outcomes,
                "paired": pairs,
            }))
            .map_err(|e| e.to_string())?
        ),
    }
    Ok(())
}
