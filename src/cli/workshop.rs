//! `pitcrew workshop DIR`: the teams of a workshop side by side.

use super::exit::{CliError, Outcome};
use crate::format::FileError;
use std::path::Path;

use super::Format;
use super::output::{csv, num, table};
use crate::format::write_atomic;
use crate::report::workshop::{Expect, load_dir};

pub fn run(
    dir: &Path,
    seed: Option<u64>,
    scenario: Option<&Path>,
    html: Option<&Path>,
    format: Format,
) -> Outcome {
    let scenario = scenario
        .map(crate::scenario::load_file)
        .transpose()?
        .map(|l| l.scenario);
    let w = load_dir(dir, &Expect { seed, scenario })?;
    for r in &w.refused {
        eprintln!(
            "{}",
            crate::t!("cli-out-refused", reason = r.reason.to_string())
        );
    }
    // The table is for reading, in the reader's language; CSV is data for other tools,
    // its column names and cells English in every language.
    let rows = |shown: bool| -> Vec<Vec<String>> {
        let f = |x: f64, places: usize| {
            if shown {
                num(x, places)
            } else {
                format!("{x:.places$}")
            }
        };
        let mut rows: Vec<Vec<String>> = w
            .teams
            .iter()
            .enumerate()
            .map(|(i, t)| {
                vec![
                    (i + 1).to_string(),
                    t.name.clone(),
                    f(t.scores.overall, 1),
                    f(t.scores.revenue_vs_quota, 3),
                    f(t.scores.gross_margin, 3),
                    f(t.scores.capability_end, 3),
                    f(t.scores.retention, 2),
                    if t.finished {
                        format!("{}", t.weeks_played)
                    } else if shown {
                        crate::t!(
                            "cli-out-weeks-unfinished",
                            played = t.weeks_played,
                            weeks = w.weeks
                        )
                    } else {
                        format!("{} of {} (unfinished)", t.weeks_played, w.weeks)
                    },
                ]
            })
            .collect();
        rows.extend(w.bots.iter().map(|b| {
            vec![
                "-".into(),
                if shown {
                    crate::t!("cli-out-bot-row", name = b.name.to_string())
                } else {
                    format!("bot: {}", b.name)
                },
                f(b.scores.overall, 1),
                f(b.scores.revenue_vs_quota, 3),
                f(b.scores.gross_margin, 3),
                f(b.scores.capability_end, 3),
                f(b.scores.retention, 2),
                w.weeks.to_string(),
            ]
        }));
        rows
    };
    match format {
        Format::Table => {
            println!(
                "{}\n",
                crate::t!(
                    "cli-out-workshop-title",
                    title = w.scenario_title.to_string(),
                    seed = w.seed.to_string(),
                    teams = w.teams.len(),
                    refused = w.refused.len()
                )
            );
            let header = [
                crate::t!("cli-out-col-rank"),
                crate::t!("cli-out-col-team"),
                crate::t!("cli-out-col-overall"),
                crate::t!("cli-out-col-revenue-quota"),
                crate::t!("cli-out-col-margin"),
                crate::t!("cli-out-col-capability"),
                crate::t!("cli-out-col-retention"),
                crate::t!("cli-out-col-weeks"),
            ];
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print!("{}", table(&header, &rows(true)));
        }
        Format::Csv => {
            let header = [
                "rank",
                "team",
                "overall",
                "revenue/quota",
                "margin",
                "capability",
                "retention",
                "weeks",
            ];
            print!("{}", csv(&header, &rows(false)));
        }
        Format::Json => match serde_json::to_string_pretty(&w) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("{}", crate::t!("cli-out-error", message = e.to_string())),
        },
    }
    if let Some(path) = html {
        write_atomic(path, w.html().as_bytes()).map_err(|e| FileError::io(path, e))?;
        eprintln!(
            "{}",
            crate::t!("cli-out-wrote", path = path.display().to_string())
        );
    }
    if w.refused.is_empty() {
        Ok(())
    } else {
        Err(CliError::Findings)
    }
}
