//! `pitcrew simulate`: one bot over many seeds.

use super::exit::Outcome;
use std::path::Path;

use super::output::{csv, fig, fig_shown, table};
use super::{Format, SeedRange, scenario_for, seed_list};
use crate::policy;
use crate::report::batch::Progress;
use crate::report::compare::simulate;

pub fn run(file: &Path, policy_name: &str, range: SeedRange, format: Format) -> Outcome {
    let scenario = scenario_for(file, range.weeks)?;
    let bot = policy::by_name(policy_name).ok_or_else(|| {
        crate::t!(
            "cli-out-unknown-policy",
            name = format!("{policy_name:?}"),
            choices = policy::names().join(", ")
        )
    })?;
    let seeds = seed_list(range.seed, range.seeds)?;
    let progress = Progress::new(seeds.len() as u64, "simulate");
    let out = simulate(&scenario, &bot, &seeds, &progress);
    progress.finish(format != Format::Table);
    // CSV's column names and figures are data for other tools: English in every language.
    let header = ["metric", "mean", "p10", "p50", "p90"];
    let rows = |shown: bool| -> Vec<Vec<String>> {
        let f = if shown { fig_shown } else { fig };
        out.metrics
            .iter()
            .map(|(m, s)| {
                vec![
                    if shown {
                        super::compare::column(m)
                    } else {
                        m.clone()
                    },
                    f(m, s.mean),
                    f(m, s.p10),
                    f(m, s.p50),
                    f(m, s.p90),
                ]
            })
            .collect()
    };
    match format {
        Format::Table => {
            println!(
                "{}\n",
                crate::t!(
                    "cli-out-simulate-title",
                    title = scenario.title.to_string(),
                    policy = bot.name.to_string(),
                    seeds = seeds.len(),
                    weeks = scenario.weeks
                )
            );
            let header = [
                crate::t!("cli-out-col-metric"),
                crate::t!("cli-out-col-mean"),
                "p10".to_string(),
                "p50".to_string(),
                "p90".to_string(),
            ];
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print!("{}", table(&header, &rows(true)));
        }
        Format::Csv => print!("{}", csv(&header, &rows(false))),
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
