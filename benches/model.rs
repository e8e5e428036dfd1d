//! Model benchmarks: one week, starting a run, one 13-week run, 10,000 runs on all
//! cores, and deal-weeks per second (13 and 52 weeks, and the quarter with 2-4× the
//! leads, which separates the fixed weekly work from the per-deal cost).
//!
//! Also the debrief of a finished year: the player's projection and eight bots, each
//! with its own next two quarters.
//!
//! `cargo bench --no-default-features --bench model` (add `-- --test` to run each once).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use pitcrew::policy::{self, Bot, Policy};
use pitcrew::report::batch::{Progress, over_seeds};
use pitcrew::scenario::{Scenario, load_file};
use pitcrew::sim::{Plan, Run};

/// Seed of the single-run benchmarks.
const SEED: u64 = 1;
/// Runs in the batch benchmark.
const RUNS: u64 = 10_000;

/// The baseline scenario (eight reps, 52 weeks).
fn baseline() -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/baseline.ron");
    let loaded = load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        loaded.scenario.team.len(),
        8,
        "baseline should have eight reps"
    );
    loaded.scenario
}

/// The baseline cut to one 13-week quarter.
fn baseline_13() -> Arc<Scenario> {
    let mut s = (*baseline()).clone();
    s.weeks = 13;
    Arc::new(s)
}

fn typical() -> Bot {
    policy::by_name("typical").expect("built-in bot `typical`")
}

/// One whole run with a bot, exactly as `simulate` plays it.
fn play(scenario: &Arc<Scenario>, bot: &Bot, seed: u64) -> Run {
    let mut run = Run::new(Arc::clone(scenario), seed);
    policy::play(&mut run, bot);
    run
}

/// Open deals summed over the weeks of one run (counted before each week resolves),
/// mirroring [`policy::play`] step for step.
fn deal_weeks(scenario: &Arc<Scenario>, bot: &Bot, seed: u64) -> u64 {
    let mut run = Run::new(Arc::clone(scenario), seed);
    let mut n = 0u64;
    while !run.is_finished() {
        n += run.pipeline().open.len() as u64;
        let plan = bot.plan(&run);
        if run.step(&plan).is_err() {
            let _ = run.step(&Plan::default());
        }
    }
    n
}

/// One `Run::step` of the eight-rep baseline: week 1 with the typical bot's plan,
/// on a fresh clone of a just-started run.
fn week_8_reps(c: &mut Criterion) {
    let start = Run::new(baseline(), SEED);
    let plan = typical().plan(&start);
    start
        .validate_plan(&plan)
        .expect("the typical bot's week-1 plan is valid");
    c.bench_function("week_8_reps", |b| {
        b.iter_batched(
            || start.clone(),
            |mut run| {
                black_box(run.step(black_box(&plan)).is_ok());
                run
            },
            BatchSize::SmallInput,
        )
    });
}

/// A whole 13-week baseline run with the typical bot, single-threaded.
fn run_13_weeks_8_reps(c: &mut Criterion) {
    let scenario = baseline_13();
    let bot = typical();
    c.bench_function("run_13_weeks_8_reps", |b| {
        b.iter(|| black_box(play(&scenario, &bot, black_box(SEED)).tick()))
    });
}

/// Starting a run alone: the team, its seeded pipeline and the first week's opening.
fn run_start(c: &mut Criterion) {
    let scenario = baseline_13();
    c.bench_function("run_start_8_reps", |b| {
        b.iter(|| {
            black_box(
                Run::new(Arc::clone(&scenario), black_box(SEED))
                    .pipeline()
                    .open
                    .len(),
            )
        })
    });
}

/// The same run, reported as open deals processed per second.
fn deal_weeks_per_second(c: &mut Criterion) {
    let scenario = baseline_13();
    let bot = typical();
    let n = deal_weeks(&scenario, &bot, SEED);
    eprintln!("deal_weeks: one 13-week run of seed {SEED} carries {n} deal-weeks");
    let mut g = c.benchmark_group("deal_weeks");
    g.throughput(Throughput::Elements(n));
    g.bench_function("run_13_weeks_8_reps", |b| {
        b.iter(|| black_box(play(&scenario, &bot, black_box(SEED)).tick()))
    });
    let year = baseline();
    let n = deal_weeks(&year, &bot, SEED);
    eprintln!("deal_weeks: one 52-week run of seed {SEED} carries {n} deal-weeks");
    g.throughput(Throughput::Elements(n));
    g.bench_function("run_52_weeks_8_reps", |b| {
        b.iter(|| black_box(play(&year, &bot, black_box(SEED)).tick()))
    });
    // The same quarter with busier pipelines (two to four times the leads): what a
    // run costs per deal-week once the fixed weekly work (the bot's plan, seat odds,
    // the week's record) is spread over more deals.
    for k in [2u32, 3, 4] {
        let mut sc = (*baseline_13()).clone();
        sc.market.lead_rate *= k as f64;
        let sc = Arc::new(sc);
        let n = deal_weeks(&sc, &bot, SEED);
        eprintln!("deal_weeks: the quarter with {k}x the leads carries {n} deal-weeks");
        g.throughput(Throughput::Elements(n));
        g.bench_function(format!("run_13_weeks_{k}x_leads"), |b| {
            b.iter(|| black_box(play(&sc, &bot, black_box(SEED)).tick()))
        });
    }
    g.finish();
}

/// 10,000 13-week runs (seeds 0..10000) on all cores, as `simulate --seeds 10000` does.
fn runs_10000(c: &mut Criterion) {
    let scenario = baseline_13();
    let bot = typical();
    let seeds: Vec<u64> = (0..RUNS).collect();
    c.bench_function("runs_10000", |b| {
        b.iter(|| {
            let progress = Progress::new(RUNS, "bench");
            let ticks = over_seeds(&seeds, &progress, |s| play(&scenario, &bot, s).tick());
            black_box(ticks.len())
        })
    });
}

/// The debrief of a finished 52-week baseline run: eight bots replayed on its seed,
/// and the next two quarters projected for the player and every bot.
fn debrief_with_projections(c: &mut Criterion) {
    let scenario = baseline();
    let run = play(&scenario, &typical(), SEED);
    c.bench_function("debrief_52_weeks_8_bots_with_projections", |b| {
        b.iter(|| black_box(pitcrew::report::Debrief::build(&run, "bench").bots.len()))
    });
}

criterion_group!(
    single,
    week_8_reps,
    run_13_weeks_8_reps,
    run_start,
    deal_weeks_per_second
);
criterion_group! {
    name = batch;
    config = Criterion::default().sample_size(10);
    targets = runs_10000, debrief_with_projections
}
criterion_main!(single, batch);
