//! Developer probe: the lessons' outcomes over many seeds, per shipped scenario.
//! `cargo run --release --no-default-features --example probe -- [SEEDS] [scenario...]`

mod shared;

use std::sync::Arc;

use pitcrew::policy::{Policy, by_name};
use pitcrew::sim::Run;
use rayon::prelude::*;

struct Out {
    w4: f64,
    end: f64,
    proj: f64,
    margin: f64,
    overall: f64,
    hours: f64,
}

fn play(sc: &Arc<pitcrew::scenario::Scenario>, p: &dyn Policy, seed: u64) -> Out {
    let mut r = Run::new(sc.clone(), seed);
    let mut w4 = 0.0;
    let mut used = 0.0;
    while !r.is_finished() {
        let plan = p.plan(&r);
        if let Ok(c) = r.validate_plan(&plan) {
            used += c.hours + c.absorbed_hours;
        }
        if r.step(&plan).is_err() {
            r.step(&Default::default()).unwrap();
        }
        if r.tick() == 4 {
            w4 = r.ledger().history.last().unwrap().cum_revenue / r.quota_to(4);
        }
    }
    let s = r.scores();
    Out {
        w4,
        end: s.revenue_vs_quota,
        proj: s.projection,
        margin: s.margin,
        overall: s.overall,
        hours: used / r.tick() as f64,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seeds: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(200);
    let names: Vec<String> = if args.len() > 1 {
        args[1..].to_vec()
    } else {
        shared::SHIPPED.iter().map(|s| s.to_string()).collect()
    };
    let bots = [
        "passive",
        "typical",
        "coach",
        "super_closer",
        "mixed",
        "discounter",
        "value_seller",
        "balanced",
        "coach_wrong_skill",
    ];
    for n in &names {
        let sc = shared::scenario(n);
        let mut res: Vec<(String, Vec<Out>)> = Vec::new();
        for b in bots {
            let Some(p) = by_name(b) else { continue };
            let v: Vec<Out> = (1..=seeds)
                .into_par_iter()
                .map(|s| play(&sc, &p, s))
                .collect();
            res.push((b.to_string(), v));
        }
        println!("== {n} ({} weeks, {seeds} seeds)", sc.weeks);
        println!(
            "{:<18} {:>6} {:>6} {:>6} {:>6} {:>8} {:>7} {:>6}",
            "bot", "wk4", "end", "p50end", "proj", "margin", "overall", "hours"
        );
        let mut best = vec![0u32; res.len()];
        for s in 0..seeds as usize {
            let i = (0..res.len())
                .max_by(|&a, &b| res[a].1[s].overall.total_cmp(&res[b].1[s].overall))
                .unwrap();
            best[i] += 1;
        }
        for (k, (b, v)) in res.iter().enumerate() {
            let m = |f: &dyn Fn(&Out) -> f64| v.iter().map(f).sum::<f64>() / v.len() as f64;
            let mut ends: Vec<f64> = v.iter().map(|o| o.end).collect();
            ends.sort_by(f64::total_cmp);
            println!(
                "{:<18} {:>6.2} {:>6.2} {:>6.2} {:>6.2} {:>8.0} {:>7.1} {:>6.1}  best {}",
                b,
                m(&|o| o.w4),
                m(&|o| o.end),
                ends[ends.len() / 2],
                m(&|o| o.proj),
                m(&|o| o.margin) / 1000.0,
                m(&|o| o.overall),
                m(&|o| o.hours),
                best[k]
            );
        }
        let get = |b: &str| res.iter().find(|r| r.0 == b).map(|r| &r.1);
        let pair = |a: &str, b: &str| {
            if let (Some(x), Some(y)) = (get(a), get(b)) {
                let n = x.len() as f64;
                let w4 = x.iter().zip(y).filter(|(p, q)| p.w4 > q.w4).count() as f64 / n;
                let end = x.iter().zip(y).filter(|(p, q)| p.end < q.end).count() as f64 / n;
                let proj = x.iter().zip(y).filter(|(p, q)| p.proj < q.proj).count() as f64 / n;
                let either = x
                    .iter()
                    .zip(y)
                    .filter(|(p, q)| p.end < q.end || p.proj < q.proj)
                    .count() as f64
                    / n;
                let marg = x.iter().zip(y).filter(|(p, q)| p.margin < q.margin).count() as f64 / n;
                println!(
                    "  {a} vs {b}: ahead wk4 {:.0}%, behind end {:.0}%, behind proj {:.0}%, behind end|proj {:.0}%, less margin {:.0}%",
                    100.0 * w4,
                    100.0 * end,
                    100.0 * proj,
                    100.0 * either,
                    100.0 * marg
                );
            }
        };
        pair("super_closer", "coach");
        pair("mixed", "coach");
        pair("discounter", "value_seller");
        pair("discounter", "passive");
        pair("discounter", "typical");
        pair("super_closer", "typical");
        if let (Some(c), Some(w), Some(p)) =
            (get("coach"), get("coach_wrong_skill"), get("passive"))
        {
            let g = |v: &Vec<Out>| v.iter().map(|o| o.end + o.proj).sum::<f64>() / v.len() as f64;
            let e = |v: &Vec<Out>| v.iter().map(|o| o.end).sum::<f64>() / v.len() as f64;
            println!(
                "  right-skill gain {:.3}, wrong-skill gain {:.3} (end+proj over passive); revenue only {:.3} vs {:.3}",
                g(c) - g(p),
                g(w) - g(p),
                e(c) - e(p),
                e(w) - e(p)
            );
        }
    }
}
