//! `pitcrew play`: a scripted run written to a run file.

use super::exit::CliError;
use std::path::Path;
use std::sync::Arc;

use super::scenario_for;
use crate::format::runfile::MAX_PLAYER_CHARS;
use crate::format::{RunFile, Script};
use crate::sim::Run;

pub fn run(
    file: &Path,
    decisions: &Path,
    seed: u64,
    out: &Path,
    player: &str,
) -> Result<RunFile, CliError> {
    // The name a run file may hold (replay and the workshop refuse others).
    if player.chars().count() > MAX_PLAYER_CHARS || player.chars().any(char::is_control) {
        return Err(format!(
            "--player {:?}: a name of at most {MAX_PLAYER_CHARS} characters, without line \
             breaks, tabs or terminal codes (e.g. --player \"Team North\")",
            crate::scenario::clean(player)
        )
        .into());
    }
    let scenario = scenario_for(file, None)?;
    let script = Script::load(decisions).map_err(|e| e.to_string())?;
    let mut run = Run::new(Arc::clone(&scenario), seed);
    script
        .play(&mut run, &decisions.display().to_string())
        .map_err(|e| e.to_string())?;
    let rf = RunFile::from_run(&run, player);
    rf.save(out).map_err(|e| e.to_string())?;
    let s = run.scores();
    println!(
        "{}: seed {seed}, {} weeks played; overall {:.1}, revenue {:.0} ({:.0} % of quota), margin {:.1} %",
        scenario.id,
        run.tick(),
        s.overall,
        s.revenue,
        s.revenue_vs_quota * 100.0,
        s.gross_margin * 100.0
    );
    println!("run file written to {}", out.display());
    Ok(rf)
}
