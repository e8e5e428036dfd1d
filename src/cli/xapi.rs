//! `pitcrew xapi`: a run file's learning records (xAPI statements), written out and,
//! with `--lrs`, sent to a learning record store through the on-disk queue.

use super::exit::Outcome;
use std::path::{Path, PathBuf};

use crate::format::RunFile;
use crate::xapi::{Lrs, Recording, queue_dir, statements};

/// Where statements go: an LRS (with its queue) and the players' home page.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct LrsArgs {
    /// Learning record store to send statements to: its xAPI endpoint
    /// (e.g. http://lrs.example.com/xAPI). Statements wait in a queue on disk until it
    /// has them.
    #[arg(long, value_name = "URL")]
    pub lrs: Option<String>,
    /// The LRS's credentials, KEY:SECRET (HTTP basic auth).
    #[arg(long, value_name = "USER:PASS", requires = "lrs")]
    pub lrs_auth: Option<String>,
    /// The account home page players are recorded under (your LMS's address).
    #[arg(long, value_name = "IRI")]
    pub home_page: Option<String>,
    /// Queue folder (default: xapi-queue in the Pit Crew folder, see --home of the game).
    #[arg(long, value_name = "DIR")]
    pub queue: Option<PathBuf>,
}

impl LrsArgs {
    pub fn lrs(&self) -> Option<Lrs> {
        self.lrs.as_ref().map(|endpoint| Lrs {
            endpoint: endpoint.clone(),
            auth: self.lrs_auth.clone(),
        })
    }

    fn queue(&self) -> PathBuf {
        self.queue
            .clone()
            .unwrap_or_else(|| queue_dir(&crate::paths::data_home(None)))
    }

    pub fn recording(&self, seconds: Option<u64>) -> Recording {
        let mut r = Recording::now(seconds);
        if let Some(h) = &self.home_page {
            r.home_page = h.clone();
        }
        r
    }

    /// Sends `run`'s statements (and anything queued before), saying what happened.
    pub fn send(&self, run: &RunFile) -> Outcome {
        let Some(lrs) = self.lrs() else { return Ok(()) };
        let queue = self.queue();
        let sent = lrs
            .send(&queue, &statements(run, &self.recording(None)))
            .map_err(|e| format!("{}: {e}", queue.display()))?;
        println!("{}", sent.summary());
        Ok(())
    }
}

pub fn run(file: Option<&Path>, out: Option<&Path>, args: &LrsArgs) -> Outcome {
    let Some(file) = file else {
        // Only the queue: send what earlier runs left waiting.
        let lrs = args
            .lrs()
            .ok_or("give a run file, or --lrs URL to send the queued statements")?;
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
            println!("{} statement(s) written to {}", st.len(), path.display());
        }
        None if args.lrs.is_none() => println!("{text}"),
        None => {}
    }
    args.send(&run)
}
