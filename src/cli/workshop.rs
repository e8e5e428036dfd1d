//! `pitcrew workshop DIR`: the teams of a workshop side by side.

use super::exit::{CliError, Outcome};
use crate::format::FileError;
use std::path::Path;

use super::Format;
use super::output::{csv, table};
use crate::format::write_atomic;
use crate::narrate::counted;
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
        eprintln!("refused: {}", r.reason);
    }
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
    let mut rows: Vec<Vec<String>> = w
        .teams
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.name.clone(),
                format!("{:.1}", t.scores.overall),
                format!("{:.3}", t.scores.revenue_vs_quota),
                format!("{:.3}", t.scores.gross_margin),
                format!("{:.3}", t.scores.capability_end),
                format!("{:.2}", t.scores.retention),
                if t.finished {
                    format!("{}", t.weeks_played)
                } else {
                    format!("{} of {} (unfinished)", t.weeks_played, w.weeks)
                },
            ]
        })
        .collect();
    rows.extend(w.bots.iter().map(|b| {
        vec![
            "-".into(),
            format!("bot: {}", b.name),
            format!("{:.1}", b.scores.overall),
            format!("{:.3}", b.scores.revenue_vs_quota),
            format!("{:.3}", b.scores.gross_margin),
            format!("{:.3}", b.scores.capability_end),
            format!("{:.2}", b.scores.retention),
            w.weeks.to_string(),
        ]
    }));
    match format {
        Format::Table => {
            println!(
                "{} — seed {}, {}, {} refused\n",
                w.scenario_title,
                w.seed,
                counted(w.teams.len(), "team", "teams"),
                w.refused.len()
            );
            print!("{}", table(&header, &rows));
        }
        Format::Csv => print!("{}", csv(&header, &rows)),
        Format::Json => match serde_json::to_string_pretty(&w) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("error: {e}"),
        },
    }
    if let Some(path) = html {
        write_atomic(path, w.html().as_bytes()).map_err(|e| FileError::io(path, e))?;
        eprintln!("wrote {}", path.display());
    }
    if w.refused.is_empty() {
        Ok(())
    } else {
        Err(CliError::Findings)
    }
}
