//! The floor: a minimal kernel with the model's own streams and samplers (each rep's
//! quit draw and Poisson leads, each deal's lognormal value and normal fit, each open
//! deal's weekly exit and conversion draws) and nothing else: no bot, no plan, no
//! skills or morale, no records. What the model costs beyond it is its rules.
//!
//! The kernel and the model (the `passive` and `typical` bots on the baseline quarter)
//! are timed alternately in one process, one core, so a busy machine slows both alike;
//! the report is the median of each round's ratio. It also prices the sensitivity
//! check's workload (every run of `l1` with its projection) at the kernel's speed on
//! all cores: what no implementation of these draws can beat.
//!
//! `cargo bench --no-default-features --bench floor` (add `-- --test` to run it once).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use pitcrew::policy::{self, Policy};
use pitcrew::report::sensitivity::jobs;
use pitcrew::scenario::{Scenario, load_file};
use pitcrew::sim::rng::{EntityKey, Purpose, Stream, logit};
use pitcrew::sim::{PROJECTION_WEEKS, Plan, Run, Stage, conversion, conversion_estimate, draw};

fn scenario(file: &str) -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(file);
    load_file(&path).unwrap_or_else(|e| panic!("{e}")).scenario
}

/// One open deal as the kernel keeps it.
struct KernelDeal {
    key: EntityKey,
    stage: usize,
    fit: f64,
    value: f64,
}

/// What one kernel run did, so the bench can check it carries the model's load.
#[derive(Default)]
struct KernelRun {
    revenue: f64,
    deal_weeks: u64,
}

/// `weeks` weeks of the scenario's team with the model's draws and nothing else.
fn kernel(s: &Scenario, seed: u64, weeks: u32) -> KernelRun {
    let fx = &s.effects;
    let m = &s.market;
    let mut base = [0.0; 5];
    let mut exit = [0.0; 5];
    for st in Stage::OPEN {
        let i = st.index().expect("an open stage");
        base[i] = logit(s.pipeline.conversion.get(st));
        exit[i] = 1.0 / s.pipeline.mean_weeks.get(st);
    }
    let rates: Vec<f64> = s
        .team
        .iter()
        .map(|r| m.lead_rate * (0.5 + r.skills.prospecting))
        .collect();
    let mut next_id = 0u64;
    let mut new_deal = |stage: usize| {
        next_id += 1;
        let key = EntityKey::new(seed, next_id);
        let mut t = Stream::keyed(key, 0, Purpose::DealTraits);
        let value = m.deal_median * libm::exp(m.deal_sigma * t.normal());
        let _account = t.uniform();
        let fit = fx.phone_book_fit + 0.6 * t.normal();
        KernelDeal {
            key,
            stage,
            fit,
            value,
        }
    };
    // The steady-state pipeline: arrivals reaching each stage × weeks spent there.
    let mut deals = Vec::new();
    for (r, &lambda) in rates.iter().enumerate() {
        let mut p = Stream::new(seed, r as u64, 0, Purpose::InitialPipeline);
        let mut reach = 1.0;
        for i in 0..5 {
            for _ in 0..p.poisson(lambda * reach / exit[i]) {
                deals.push(new_deal(i));
            }
            reach *= conversion(base[i], fx.phone_book_fit * fx.health);
        }
    }
    let mut out = KernelRun::default();
    for tick in 0..weeks {
        for r in 0..rates.len() {
            let u = Stream::new(seed, r as u64, tick, Purpose::Quit).uniform();
            let x = fx.quit_steepness * 0.5 * (0.6 - 0.7);
            black_box(draw::below(u, fx.quit_base * draw::exp_estimate(x), || {
                fx.quit_base * libm::exp(x)
            }));
        }
        out.deal_weeks += deals.len() as u64;
        let mut i = 0;
        while i < deals.len() {
            let d = &mut deals[i];
            let mut st = Stream::keyed(d.key, tick, Purpose::DealStep);
            if st.uniform() >= exit[d.stage] {
                i += 1;
                continue;
            }
            let shift = d.fit * fx.health;
            let (b, u) = (base[d.stage], st.uniform());
            if draw::below(u, conversion_estimate(b, shift), || conversion(b, shift)) {
                d.stage += 1;
                if d.stage < 5 {
                    i += 1;
                    continue;
                }
                out.revenue += d.value;
            }
            deals.swap_remove(i);
        }
        for (r, &lambda) in rates.iter().enumerate() {
            let k = Stream::new(seed, r as u64, tick, Purpose::Leads).poisson(lambda);
            for _ in 0..k {
                deals.push(new_deal(0));
            }
        }
    }
    out
}

/// One run of the model with a bot, as `simulate` plays it, with its deal-weeks.
fn model(s: &Arc<Scenario>, bot: &dyn Policy, seed: u64) -> (f64, u64) {
    let mut run = Run::new(Arc::clone(s), seed);
    let mut deal_weeks = 0;
    while !run.is_finished() {
        deal_weeks += run.pipeline().open.len() as u64;
        let plan = bot.plan(&run);
        if run.step(&plan).is_err() {
            let _ = run.step(&Plan::default());
        }
    }
    (
        run.ledger().history.last().map_or(0.0, |w| w.cum_revenue),
        deal_weeks,
    )
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Seconds per run of `f` over `seeds`.
fn per_run(seeds: &[u64], mut f: impl FnMut(u64)) -> f64 {
    let t = Instant::now();
    for &s in seeds {
        f(s);
    }
    t.elapsed().as_secs_f64() / seeds.len() as f64
}

fn main() {
    let once = std::env::args().any(|a| a == "--test");
    let (rounds, seeds) = if once { (1, 20) } else { (15, 300) };
    let seeds: Vec<u64> = (0..seeds).collect();
    let mut quarter = (*scenario("baseline.ron")).clone();
    quarter.weeks = 13;
    let quarter = Arc::new(quarter);
    let bots = ["passive", "typical"].map(|n| policy::by_name(n).expect("a standard bot"));

    // The kernel must carry the model's load, or the ratio means nothing.
    let (mut kernel_dw, mut model_dw) = (0u64, 0u64);
    for &s in &seeds {
        let k = kernel(&quarter, s, 13);
        assert!(k.revenue > 0.0, "the kernel sells nothing on seed {s}");
        kernel_dw += k.deal_weeks;
        model_dw += model(&quarter, &bots[0], s).1;
    }
    let load = model_dw as f64 / kernel_dw as f64;
    assert!(
        (0.5..2.0).contains(&load),
        "the kernel's deal-weeks are {load:.2}× off the model's"
    );

    let mut kernel_t = Vec::new();
    let mut model_t = [Vec::new(), Vec::new()];
    let mut ratio = [Vec::new(), Vec::new()];
    for _ in 0..rounds {
        let k = per_run(&seeds, |s| {
            black_box(kernel(&quarter, s, 13).revenue);
        });
        kernel_t.push(k);
        for (b, bot) in bots.iter().enumerate() {
            let m = per_run(&seeds, |s| {
                black_box(model(&quarter, bot, s).0);
            });
            model_t[b].push(m);
            ratio[b].push(m / k);
        }
    }
    let k = median(&mut kernel_t);
    println!(
        "floor: baseline quarter (8 reps, 13 weeks), {} seeds × {rounds} alternating rounds, one core",
        seeds.len()
    );
    println!(
        "  kernel                {:>8.1} µs/run, {:.0} deal-weeks/run (model/kernel {load:.2})",
        k * 1e6,
        kernel_dw as f64 / seeds.len() as f64
    );
    for (b, bot) in bots.iter().enumerate() {
        println!(
            "  model, {:<14} {:>8.1} µs/run, {:.2}× the kernel (median ratio)",
            bot.name,
            median(&mut model_t[b]) * 1e6,
            median(&mut ratio[b])
        );
    }

    // The sensitivity check's workload at the kernel's speed.
    let l1 = scenario("l1-coach-dont-close.ron");
    let runs = jobs(&l1, 200, true);
    let weeks = l1.weeks + PROJECTION_WEEKS;
    let few: Vec<u64> = seeds
        .iter()
        .copied()
        .take(if once { 5 } else { 100 })
        .collect();
    let mut per = Vec::new();
    for _ in 0..rounds.min(5) {
        per.push(per_run(&few, |s| {
            black_box(kernel(&l1, s, weeks).revenue);
        }));
    }
    // Scaled by the model's deal-weeks over the kernel's on this scenario, so a kernel
    // that carries more deals than the model does not overstate the floor.
    let (mut kdw, mut mdw) = (0u64, 0u64);
    for &s in &few {
        kdw += kernel(&l1, s, l1.weeks).deal_weeks;
        mdw += model(&l1, &bots[1], s).1;
    }
    let l1_load = mdw as f64 / kdw as f64;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let p = median(&mut per);
    println!(
        "  sensitivity of l1 (200 seeds): {runs} runs of {weeks} weeks; at the kernel's {:.1} µs/run × {l1_load:.2} (deal-weeks: model/kernel) on {cores} cores: {:.1} s",
        p * 1e6,
        runs as f64 * p * l1_load / cores
    );
}
