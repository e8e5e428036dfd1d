//! Running many seeds in parallel, with progress on stderr.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::policy::{self, Policy};
use crate::scenario::Scenario;
use crate::sim::Run;

/// Progress of a long batch: a bar on a terminal, a closing line otherwise.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    done: AtomicU64,
    total: u64,
    started: std::time::Instant,
    label: String,
}

impl Progress {
    pub fn new(total: u64, label: &str) -> Progress {
        let bar = (std::io::stderr().is_terminal() && total >= 200).then(|| {
            let b = indicatif::ProgressBar::new(total);
            b.set_style(
                indicatif::ProgressStyle::with_template(&crate::t!("batch-progress"))
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            b.set_message(label.to_string());
            b
        });
        Progress {
            bar,
            done: AtomicU64::new(0),
            total,
            started: std::time::Instant::now(),
            label: label.to_string(),
        }
    }

    pub fn tick(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    pub fn finish(&self, quiet: bool) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        if !quiet && self.total >= 1000 {
            eprintln!(
                "{}",
                crate::t!(
                    "batch-done",
                    label = self.label.clone(),
                    runs = self.done.load(Ordering::Relaxed),
                    seconds = crate::i18n::decimal(self.started.elapsed().as_secs_f64(), 2)
                )
            );
        }
    }
}

/// Plays one seed with one policy to the end.
pub fn play_seed(scenario: &Arc<Scenario>, policy: &dyn Policy, seed: u64) -> Run {
    let mut run = Run::new(scenario.clone(), seed);
    policy::play(&mut run, policy);
    run
}

/// Runs `f` on every seed in parallel (all cores), keeping seed order in the result.
pub fn over_seeds<T: Send>(
    seeds: &[u64],
    progress: &Progress,
    f: impl Fn(u64) -> T + Sync + Send,
) -> Vec<T> {
    seeds
        .par_iter()
        .map(|&s| {
            let r = f(s);
            progress.tick();
            r
        })
        .collect()
}
