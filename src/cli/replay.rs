//! `pitcrew replay`: re-simulate a run file and confirm it is identical.

use super::exit::Outcome;
use std::path::Path;

use crate::format::{RunFile, diverges};

pub fn run(file: &Path) -> Outcome {
    let rf = RunFile::load(file).map_err(|e| e.to_string())?;
    let name = file.display().to_string();
    let run = rf.resimulate(&name).map_err(|e| e.to_string())?;
    match diverges(&rf, &run) {
        None => {
            println!(
                "{name}: identical — {} weeks of {} (seed {}) replay exactly{}",
                rf.weeks.len(),
                rf.scenario_id,
                rf.seed,
                rf.scores
                    .as_ref()
                    .map(|s| format!("; overall {:.1}", s.overall))
                    .unwrap_or_else(|| " (unfinished run)".into())
            );
            Ok(())
        }
        Some(d) => Err(format!("{name}: {d}").into()),
    }
}
