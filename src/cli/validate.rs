//! `pitcrew validate`: syntax and meaning checks. Exit 0 valid, 1 invalid.

use std::path::PathBuf;

use super::exit::{CliError, Outcome};
use crate::scenario::load_file;

pub fn run(files: &[PathBuf]) -> Outcome {
    let mut bad = 0;
    for f in files {
        match load_file(f) {
            Ok(l) => {
                println!(
                    "{}",
                    crate::t!(
                        "cli-out-valid",
                        file = f.display().to_string(),
                        title = l.scenario.title.to_string(),
                        weeks = l.scenario.weeks,
                        reps = l.scenario.team.len()
                    )
                );
                for w in &l.warnings {
                    println!(
                        "{}",
                        crate::t!(
                            "cli-out-file-warning",
                            file = f.display().to_string(),
                            problem = w.to_string()
                        )
                    );
                }
            }
            Err(e) => {
                bad += 1;
                eprintln!("{e}");
            }
        }
    }
    if bad == 0 {
        Ok(())
    } else {
        Err(CliError::Findings)
    }
}
