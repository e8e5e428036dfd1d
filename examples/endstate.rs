//! Developer probe: the state each bot leaves behind, and its projected quarters.
//! `--example endstate -- SCENARIO [SEEDS]`
mod shared;

use pitcrew::policy::{STANDARD, by_name, play};
use pitcrew::sim::Run;
use rayon::prelude::*;

fn main() {
    let (_, sc, seeds) = shared::scenario_and_seeds("baseline", 100);
    println!(
        "{:<14} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5}  quarters",
        "bot", "ppl", "morale", "skill", "indep", "habit", "buyer", "diff", "deals", "gone"
    );
    for b in STANDARD {
        let p = by_name(b).unwrap();
        let v: Vec<Vec<f64>> = (1..=seeds)
            .into_par_iter()
            .map(|s| {
                let mut r = Run::new(sc.clone(), s);
                play(&mut r, &p);
                let people: Vec<_> = r.team().reps.iter().filter(|x| x.is_person()).collect();
                let k = people.len().max(1) as f64;
                let pr = r.projection();
                let mut o = vec![
                    people.len() as f64,
                    people.iter().map(|x| x.morale).sum::<f64>() / k,
                    people.iter().map(|x| x.skills.mean()).sum::<f64>() / k,
                    people.iter().map(|x| x.independence).sum::<f64>() / k,
                    people.iter().map(|x| x.discount_habit).sum::<f64>() / k,
                    r.market().buyer_expectation,
                    r.market().differentiation,
                    r.pipeline().open.len() as f64,
                    pr.departures as f64,
                ];
                o.extend(pr.quarters.iter().copied());
                o
            })
            .collect();
        let m: Vec<f64> = (0..v[0].len())
            .map(|i| v.iter().map(|x| x[i]).sum::<f64>() / v.len() as f64)
            .collect();
        println!(
            "{b:<14} {:>5.2} {:>6.2} {:>6.3} {:>6.2} {:>6.3} {:>6.3} {:>6.2} {:>6.1} {:>5.2}  {:.2} {:.2}",
            m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]
        );
    }
}
