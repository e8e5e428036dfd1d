//! Workshop and authoring benchmarks: comparing 8 team runs with the bot references
//! (target ≤ 1 s) and `lint` of one scenario with 7 bots × 500 seeds (target ≤ 5 s).
//!
//! `cargo bench --no-default-features --bench workshop` (add `-- --test` to run each once).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

use pitcrew::format::RunFile;
use pitcrew::policy;
use pitcrew::report::batch::Progress;
use pitcrew::report::lint::lint;
use pitcrew::report::workshop::{Expect, load_dir};
use pitcrew::scenario::load_file;
use pitcrew::sim::Run;

fn scenario(name: &str) -> pitcrew::scenario::Loaded {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name);
    load_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Eight teams' finished runs of the onboarding quarter on one seed, in a folder.
fn workshop_8_runs(c: &mut Criterion) {
    let s = scenario("first-90-days.ron").scenario;
    let dir = tempfile::tempdir().expect("temp dir");
    // The eight standard bots as eight teams.
    let bots: Vec<&str> = policy::STANDARD.to_vec();
    for (i, b) in bots.iter().enumerate() {
        let mut run = Run::new(s.clone(), 7);
        policy::play(&mut run, &policy::by_name(b).expect("bot"));
        RunFile::from_run(&run, &format!("team {i}"))
            .save(&dir.path().join(format!("team-{i}.ron")))
            .expect("save");
    }
    c.bench_function("workshop_8_runs_with_bots", |b| {
        b.iter(|| {
            let w = load_dir(black_box(dir.path()), &Expect::default()).expect("workshop");
            assert_eq!(w.teams.len(), bots.len());
            black_box(w.html().len())
        })
    });
}

/// `pitcrew lint` of the 26-week L2 scenario: 7 bots × 500 seeds.
fn lint_7_bots_500_seeds(c: &mut Criterion) {
    let l = scenario("l2-metrics-not-price-cuts.ron");
    let seeds: Vec<u64> = (0..500).collect();
    let mut g = c.benchmark_group("lint");
    g.sample_size(10);
    g.bench_function("lint_7_bots_500_seeds_26_weeks", |b| {
        b.iter(|| {
            let progress = Progress::new(3500, "lint");
            let r = lint(&l.scenario, &l.warnings, black_box(&seeds), None, &progress);
            progress.finish(true);
            black_box(r.problems())
        })
    });
    g.finish();
}

criterion_group!(benches, workshop_8_runs, lint_7_bots_500_seeds);
criterion_main!(benches);
