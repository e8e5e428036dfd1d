//! The sensitivity check of a 26-week scenario: every effect parameter moved ±25 %
//! (104 variants and the scenario as written), the lesson's checks and all 8 standard
//! bots with their projection, 200 paired seeds each (target ≤ 10 s).
//!
//! `cargo bench --no-default-features --bench sensitivity` (add `-- --test` to run it once).

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use pitcrew::report::batch::Progress;
use pitcrew::report::sensitivity::{jobs, sensitivity};
use pitcrew::scenario::load_file;

fn sensitivity_26_weeks_200_seeds(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/l1-coach-dont-close.ron");
    let s = load_file(&path).unwrap_or_else(|e| panic!("{e}")).scenario;
    assert_eq!(s.weeks, 26);
    let seeds: Vec<u64> = (0..200).collect();
    let mut g = c.benchmark_group("sensitivity");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(1));
    g.bench_function(
        "sensitivity_all_parameters_all_bots_200_seeds_26_weeks",
        |b| {
            b.iter(|| {
                let progress = Progress::new(jobs(&s, seeds.len(), true), "sensitivity");
                let r = sensitivity(&s, black_box(&seeds), true, &progress);
                progress.finish(true);
                assert!(r.variants.len() >= 100);
                black_box(r.lesson_share)
            })
        },
    );
    g.finish();
}

criterion_group!(benches, sensitivity_26_weeks_200_seeds);
criterion_main!(benches);
