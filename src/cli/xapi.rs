//! `pitcrew xapi`: a run file's learning records (xAPI statements), written out and,
//! with `--lrs`, sent to a learning record store through the on-disk queue.

use super::exit::Outcome;
use std::path::Path;

use crate::format::RunFile;
pub use crate::options::LrsArgs;
use crate::xapi::{Statement, statements};

/// Sends a run's statements (and anything queued before) when `--lrs` is given,
/// saying what happened.
pub fn send(args: &LrsArgs, run: &RunFile) -> Outcome {
    send_made(args, &statements(run, &args.recording(None)))
}

/// Sends statements already made (the ones just written with `--out`).
fn send_made(args: &LrsArgs, st: &[Statement]) -> Outcome {
    let Some(lrs) = args.lrs() else {
        return Ok(());
    };
    let queue = args.queue();
    let sent = lrs
        .send(&queue, st)
        .map_err(|e| format!("{}: {e}", queue.display()))?;
    println!("{}", sent.summary());
    Ok(())
}

pub fn run(file: Option<&Path>, out: Option<&Path>, args: &LrsArgs) -> Outcome {
    let Some(file) = file else {
        // Only the queue: send what earlier runs left waiting.
        let lrs = args
            .lrs()
            .ok_or_else(|| crate::t!("cli-out-xapi-nothing"))?;
        println!("{}", lrs.flush(&args.queue()).summary());
        return Ok(());
    };
    let run = RunFile::load(file).map_err(|e| e.to_string())?;
    let st = statements(&run, &args.recording(None));
    let text = serde_json::to_string_pretty(&st).map_err(|e| e.to_string())?;
    match out {
        Some(path) => {
            crate::format::write_atomic(path, format!("{text}\n").as_bytes())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            println!(
                "{}",
                crate::t!(
                    "cli-out-statements-written",
                    n = st.len(),
                    path = path.display().to_string()
                )
            );
        }
        None if args.lrs.is_none() => println!("{text}"),
        None => {}
    }
    send_made(args, &st)
}
