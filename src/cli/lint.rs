//! `pitcrew lint`: validation plus bot playtests; exit 0 sound, 1 problems found.

use super::exit::{CliError, Outcome};
use std::path::Path;

use super::output::table;
use super::{Format, seed_list};
use crate::narrate::counted;
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
            Err(e) => eprintln!("error: {e}"),
        },
        Format::Table | Format::Csv => {
            println!(
                "{}: {} — {} weeks, {} reps; {} bots × {} seeds\n",
                file.display(),
                s.title,
                s.weeks,
                s.team.len(),
                report.outcomes.len(),
                seeds.len()
            );
            let rows: Vec<Vec<String>> = report
                .outcomes
                .iter()
                .map(|o| {
                    let m = |n: &str| &o.metrics.iter().find(|(k, _)| k == n).expect("metric").1;
                    let a = m("revenue_vs_quota");
                    vec![
                        o.policy.clone(),
                        format!("{:.1}", m("overall").p50),
                        format!("{:.0} %", 100.0 * a.p10),
                        format!("{:.0} %", 100.0 * a.p50),
                        format!("{:.0} %", 100.0 * a.p90),
                        format!("{:.3}", m("gross_margin").p50),
                        format!("{:+.3}", m("capability_gain").p50),
                    ]
                })
                .collect();
            print!(
                "{}",
                table(
                    &[
                        "bot",
                        "overall p50",
                        "quota p10",
                        "p50",
                        "p90",
                        "margin p50",
                        "capability p50"
                    ],
                    &rows
                )
            );
            println!();
            for f in &report.findings {
                println!("{} {}", if f.ok { "ok:     " } else { "warning:" }, f.text);
            }
            println!(
                "\n{}",
                match report.problems() {
                    0 => "no problems found".to_string(),
                    n => format!("{} found", counted(n, "problem", "problems")),
                }
            );
        }
    }
    if report.problems() == 0 {
        Ok(())
    } else {
        Err(CliError::Findings)
    }
}
