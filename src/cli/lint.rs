//! `pitcrew lint`: validation plus bot playtests; exit 0 sound, 1 problems found.

use super::exit::{CliError, Outcome};
use std::path::Path;

use super::output::{num, point, table};
use super::{Format, seed_list};
use crate::report::batch::Progress;
use crate::report::lint::{Checks, lint};
use crate::report::sensitivity;

pub fn run(
    file: &Path,
    seeds: u64,
    first: u64,
    sensitivity: Option<u64>,
    format: Format,
) -> Outcome {
    let (loaded, seeds) = super::scenario_and_seeds(file, first, seeds)?;
    let fragility_seeds = sensitivity
        .map(|n| seed_list(first, n))
        .transpose()
        .map_err(CliError::Usage)?;
    let s = &loaded.scenario;
    let fragility = fragility_seeds.map(|seeds| {
        let progress = Progress::new(sensitivity::jobs(s, seeds.len(), false), "sensitivity");
        let f = sensitivity::sensitivity(s, &seeds, false, &progress);
        progress.finish(format != Format::Table);
        f
    });
    let arms = Checks::new(s, &crate::report::lint::bots(s)).arms.len();
    let progress = Progress::new((seeds.len() * arms) as u64, "lint");
    let report = lint(s, &loaded.warnings, &seeds, fragility, &progress);
    progress.finish(format != Format::Table);
    match format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("{}", crate::t!("cli-out-error", message = e.to_string())),
        },
        Format::Table | Format::Csv => {
            println!(
                "{}\n",
                crate::t!(
                    "cli-out-lint-title",
                    file = file.display().to_string(),
                    title = s.title.to_string(),
                    weeks = s.weeks,
                    reps = s.team.len(),
                    bots = report.outcomes.len(),
                    seeds = seeds.len()
                )
            );
            let rows: Vec<Vec<String>> = report
                .outcomes
                .iter()
                .map(|o| {
                    let m = |n: &str| &o.metrics.iter().find(|(k, _)| k == n).expect("metric").1;
                    let a = m("revenue_vs_quota");
                    vec![
                        o.policy.clone(),
                        num(m("overall").p50, 1),
                        format!("{} %", num(100.0 * a.p10, 0)),
                        format!("{} %", num(100.0 * a.p50, 0)),
                        format!("{} %", num(100.0 * a.p90, 0)),
                        num(m("gross_margin").p50, 3),
                        point(format!("{:+.3}", m("capability_gain").p50)),
                    ]
                })
                .collect();
            let header = [
                crate::t!("cli-out-col-bot"),
                crate::t!("cli-out-col-overall-p50"),
                crate::t!("cli-out-col-quota-p10"),
                "p50".to_string(),
                "p90".to_string(),
                crate::t!("cli-out-col-margin-p50"),
                crate::t!("cli-out-col-capability-p50"),
            ];
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print!("{}", table(&header, &rows));
            println!();
            // The two labels padded to one width, so the findings line up.
            let (ok, warning) = (
                crate::t!("cli-out-finding-ok"),
                crate::t!("cli-out-finding-warning"),
            );
            let w = ok.chars().count().max(warning.chars().count());
            for f in &report.findings {
                let label = if f.ok { &ok } else { &warning };
                println!("{label:<w$} {}", f.text);
            }
            println!(
                "\n{}",
                crate::t!("cli-out-problems-found", n = report.problems())
            );
        }
    }
    if report.problems() == 0 {
        Ok(())
    } else {
        Err(CliError::Findings)
    }
}
