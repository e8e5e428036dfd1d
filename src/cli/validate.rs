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
                    "{}: ok — {} ({} weeks, {} reps)",
                    f.display(),
                    l.scenario.title,
                    l.scenario.weeks,
                    l.scenario.team.len()
                );
                for w in &l.warnings {
                    println!("{}: warning: {w}", f.display());
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
