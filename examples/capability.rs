//! Developer probe: the team's selling capability (lead-to-win chance on skills)
//! at the start and end, per bot. `--example capability -- SCENARIO [SEEDS]`
mod shared;

use pitcrew::policy::by_name;
use pitcrew::sim::Run;
use rayon::prelude::*;

fn main() {
    let (_, sc, seeds) = shared::scenario_and_seeds("baseline", 100);
    let mut bots: Vec<(String, pitcrew::policy::Bot)> = [
        "passive",
        "typical",
        "coach",
        "coach_wrong_skill",
        "super_closer",
        "balanced",
    ]
    .iter()
    .map(|b| (b.to_string(), by_name(b).unwrap()))
    .collect();
    for (label, focus) in [
        ("coach weakest", pitcrew::policy::Focus::Weakest),
        ("coach rotate", pitcrew::policy::Focus::Rotate),
    ] {
        let mut p = pitcrew::policy::builtin()["coach"].clone();
        p.focus = focus;
        bots.push((label.to_string(), pitcrew::policy::Bot::new(label, p)));
    }
    for (b, p) in &bots {
        let v: Vec<(f64, f64, f64, f64)> = (1..=seeds)
            .into_par_iter()
            .map(|s| {
                let mut r = Run::new(sc.clone(), s);
                pitcrew::policy::play(&mut r, p);
                let x = r.scores();
                (
                    x.selling_start,
                    x.selling_end,
                    x.parts[2],
                    x.capability_end - x.capability_start,
                )
            })
            .collect();
        let m = |f: fn(&(f64, f64, f64, f64)) -> f64| v.iter().map(f).sum::<f64>() / seeds as f64;
        println!(
            "{b:<18} lead->win {:.4} -> {:.4} ({:+.1} %)  part {:.3}  mean skill {:+.3}",
            m(|x| x.0),
            m(|x| x.1),
            100.0 * (m(|x| x.1) / m(|x| x.0) - 1.0),
            m(|x| x.2),
            m(|x| x.3)
        );
    }
}
