//! `pitcrew play`: a scripted run written to a run file.

use super::exit::CliError;
use std::path::Path;
use std::sync::Arc;

use super::output::num;
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
        return Err(crate::t!(
            "cli-out-bad-player",
            name = format!("{:?}", crate::scenario::clean(player)),
            max = MAX_PLAYER_CHARS
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
        "{}",
        crate::t!(
            "cli-out-played",
            scenario = scenario.id.to_string(),
            seed = seed.to_string(),
            weeks = run.tick(),
            overall = num(s.overall, 1),
            revenue = num(s.revenue, 0),
            quota = num(s.revenue_vs_quota * 100.0, 0),
            margin = num(s.gross_margin * 100.0, 1)
        )
    );
    println!(
        "{}",
        crate::t!("cli-out-run-written", path = out.display().to_string())
    );
    Ok(rf)
}
