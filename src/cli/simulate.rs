//! `pitcrew simulate`: one bot over many seeds.

use super::exit::Outcome;
use std::path::Path;

use super::output::{csv, fig, table};
use super::{Format, SeedRange, scenario_for, seed_list};
use crate::policy;
use crate::report::batch::Progress;
use crate::report::compare::simulate;

pub fn run(file: &Path, policy_name: &str, range: SeedRange, format: Format) -> Outcome {
    let scenario = scenario_for(file, range.weeks)?;
    let bot = policy::by_name(policy_name).ok_or_else(|| {
        format!(
            "unknown policy {policy_name:?}; choose one of: {}",
            policy::names().join(", ")
        )
    })?;
    let seeds = seed_list(range.seed, range.seeds)?;
    let progress = Progress::new(seeds.len() as u64, "simulate");
    let out = simulate(&scenario, &bot, &seeds, &progress);
    progress.finish(format != Format::Table);
    let header = ["metric", "mean", "p10", "p50", "p90"];
    let rows: Vec<Vec<String>> = out
        .metrics
        .iter()
        .map(|(m, s)| {
            vec![
                m.clone(),
                fig(m, s.mean),
                fig(m, s.p10),
                fig(m, s.p50),
                fig(m, s.p90),
            ]
        })
        .collect();
    match format {
        Format::Table => {
            println!(
                "{} — policy {} over {} seeds ({} weeks)\n",
                scenario.title,
                bot.name,
                seeds.len(),
                scenario.weeks
            );
            print!("{}", table(&header, &rows));
        }
        Format::Csv => print!("{}", csv(&header, &rows)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "scenario": scenario.id,
                "weeks": scenario.weeks,
                "policy": out.policy,
                "runs": out.runs,
                "metrics": out.metrics.iter().map(|(m, s)| (m.clone(), s)).collect::<std::collections::BTreeMap<_, _>>(),
            }))
            .map_err(|e| e.to_string())?
        ),
    }
    Ok(())
}
