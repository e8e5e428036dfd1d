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
            let (weeks, scenario, seed) = (rf.weeks.len(), rf.scenario_id.clone(), rf.seed);
            let line = match &rf.scores {
                Some(s) => crate::t!(
                    "cli-out-replay-identical",
                    file = name.clone(),
                    weeks = weeks,
                    scenario = scenario,
                    seed = seed.to_string(),
                    overall = super::output::num(s.overall, 1)
                ),
                None => crate::t!(
                    "cli-out-replay-identical-unfinished",
                    file = name.clone(),
                    weeks = weeks,
                    scenario = scenario,
                    seed = seed.to_string()
                ),
            };
            println!("{line}");
            Ok(())
        }
        Some(d) => Err(format!("{name}: {d}").into()),
    }
}
