//! Developer probe: what each part of `balanced` is worth (one feature off at a time).
mod shared;

use pitcrew::policy::{Bot, BotParams, Policy, builtin};
use pitcrew::sim::Run;
use rayon::prelude::*;
use std::sync::Arc;

fn rev(sc: &Arc<pitcrew::scenario::Scenario>, p: &dyn Policy, seeds: u64) -> (f64, f64) {
    let v: Vec<(f64, f64)> = (1..=seeds)
        .into_par_iter()
        .map(|s| {
            let mut r = Run::new(sc.clone(), s);
            pitcrew::policy::play(&mut r, p);
            let x = r.scores();
            (x.revenue_vs_quota, x.projection)
        })
        .collect();
    (
        v.iter().map(|x| x.0).sum::<f64>() / seeds as f64,
        v.iter().map(|x| x.1).sum::<f64>() / seeds as f64,
    )
}

fn main() {
    let n = std::env::args().nth(1).unwrap_or("baseline".into());
    let sc = shared::scenario(&n);
    let base = builtin()["balanced"].clone();
    let mut vs: Vec<(&str, BotParams)> = vec![("balanced", base.clone())];
    let mut add = |name: &'static str, f: &dyn Fn(&mut BotParams)| {
        let mut p = base.clone();
        f(&mut p);
        vs.push((name, p));
    };
    add("-metrics", &|p| p.metrics_every = None);
    add("-workshop", &|p| p.workshop_every = None);
    add("-news", &|p| p.news_every = None);
    add("-plans", &|p| p.prospecting_plans = false);
    add("-outlook", &|p| p.ask_outlook = false);
    add("-recognize", &|p| p.recognize = false);
    add("absorb .5", &|p| p.absorb = 0.5);
    add("-reviews", &|p| p.reviews = 0);
    add("-ridealong", &|p| p.ride_alongs = 0);
    add("-coaching", &|p| p.coach_hours = 0.0);
    add("cap .15", &|p| {
        p.discount_cap = None;
        p.approve_up_to = 0.15
    });
    add("passive", &|p| *p = builtin()["passive"].clone());
    for (name, p) in vs {
        let (a, b) = rev(&sc, &Bot::new(name, p), 200);
        println!("{name:<12} revenue {a:.3} projection {b:.3}");
    }
}
