//! Developer probe: which bot has the best mean overall score per shipped scenario,
//! under optional effect overrides. `--example dominance -- SEEDS [field=value ...]`
//! (`field` is an `effects` field, or `standing_hours`).
mod shared;

use pitcrew::policy::{STANDARD, by_name};
use pitcrew::sim::Run;
use rayon::prelude::*;
use std::sync::Arc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seeds: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(200);
    let overrides: Vec<(String, f64)> = args[1.min(args.len())..]
        .iter()
        .filter_map(|a| {
            let (k, v) = a.split_once('=')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect();
    let mut wins = std::collections::BTreeMap::<String, u32>::new();
    for n in shared::SHIPPED {
        let mut sc = shared::scenario(n).as_ref().clone();
        let mut fx = serde_json::to_value(&sc.effects).unwrap();
        for (k, v) in &overrides {
            if k == "standing_hours" {
                sc.manager.standing_hours = *v;
            } else if fx.get(k).is_some() {
                fx[k] = serde_json::json!(v);
            } else {
                panic!("no field {k}");
            }
        }
        sc.effects = serde_json::from_value(fx).unwrap();
        let sc = Arc::new(sc);
        let verbose = std::env::var("PARTS").is_ok();
        let mut rows: Vec<(String, f64, f64, f64)> = STANDARD
            .iter()
            .map(|b| {
                let p = by_name(b).unwrap();
                let all: Vec<pitcrew::sim::Scores> = (1..=seeds)
                    .into_par_iter()
                    .map(|s| {
                        let mut r = Run::new(sc.clone(), s);
                        pitcrew::policy::play(&mut r, &p);
                        r.scores()
                    })
                    .collect();
                if verbose {
                    let parts: Vec<String> = (0..7)
                        .map(|i| {
                            format!(
                                "{:.3}",
                                all.iter().map(|x| x.parts[i]).sum::<f64>() / seeds as f64
                            )
                        })
                        .collect();
                    println!("  {n} {b:<14} parts {}", parts.join(" "));
                }
                let v: Vec<(f64, f64, f64)> = all
                    .iter()
                    .map(|x| (x.overall, x.revenue_vs_quota, x.projection))
                    .collect();
                let m =
                    |f: fn(&(f64, f64, f64)) -> f64| v.iter().map(f).sum::<f64>() / seeds as f64;
                (b.to_string(), m(|x| x.0), m(|x| x.1), m(|x| x.2))
            })
            .collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1));
        let top: Vec<String> = rows
            .iter()
            .take(3)
            .map(|r| format!("{} {:.1} (rev {:.2} proj {:.2})", r.0, r.1, r.2, r.3))
            .collect();
        println!("{n:<28} {}", top.join(" | "));
        *wins.entry(rows[0].0.clone()).or_default() += 1;
    }
    println!("best in: {wins:?}");
}
