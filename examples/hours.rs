//! Developer probe: what more coaching hours buy the `coach` bot.
//! `--example hours -- SCENARIO [SEEDS]`
mod shared;

use pitcrew::policy::{Bot, builtin};
use pitcrew::sim::Run;
use rayon::prelude::*;

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let n = a
        .first()
        .cloned()
        .unwrap_or("l3-diagnose-the-pipeline".into());
    let seeds: u64 = a.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let sc = shared::scenario(&n);
    for h in [0.0, 4.0, 8.0, 14.0, 20.0, 26.0] {
        for focus in [
            pitcrew::policy::Focus::Diagnosed,
            pitcrew::policy::Focus::Weakest,
        ] {
            let mut p = builtin()["coach"].clone();
            p.coach_hours = h;
            p.focus = focus;
            let b = Bot::new("c", p);
            let v: Vec<(f64, f64, f64, f64)> = (1..=seeds)
                .into_par_iter()
                .map(|s| {
                    let mut r = Run::new(sc.clone(), s);
                    pitcrew::policy::play(&mut r, &b);
                    let x = r.scores();
                    let coached: f64 = r.team().reps.iter().map(|r| r.coached_hours).sum::<f64>()
                        / r.tick() as f64;
                    (
                        x.overall,
                        x.revenue_vs_quota,
                        x.projection,
                        coached + 100.0 * x.parts[2],
                    )
                })
                .collect();
            let m =
                |f: fn(&(f64, f64, f64, f64)) -> f64| v.iter().map(f).sum::<f64>() / seeds as f64;
            println!(
                "{h:>4} h {focus:?}: overall {:.1} rev {:.3} proj {:.3} cap part {:.3}",
                m(|x| x.0),
                m(|x| x.1),
                m(|x| x.2),
                m(|x| (x.3 / 100.0).floor() / 100.0)
            );
        }
    }
}
