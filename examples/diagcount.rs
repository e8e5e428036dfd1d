use pitcrew::policy::by_name;
mod shared;

use pitcrew::sim::{Happening, Run};
fn main() {
    let n = std::env::args().nth(1).unwrap_or("baseline".into());
    let sc = shared::scenario(&n);
    let mut by = std::collections::BTreeMap::<String, u32>::new();
    let mut hit = (0, 0);
    for seed in 1..=50 {
        let mut r = Run::new(sc.clone(), seed);
        let p = by_name("coach").unwrap();
        while !r.is_finished() {
            let plan = pitcrew::policy::Policy::plan(&p, &r);
            let before: Vec<_> = r.team().reps.iter().map(|x| x.skills).collect();
            r.step(&plan).unwrap();
            for h in &r.ledger().history.last().unwrap().happenings {
                if let Happening::Coached { rep, skill, .. } = h {
                    *by.entry(format!("{skill:?}")).or_default() += 1;
                    let s = before[rep.0 as usize];
                    hit.1 += 1;
                    if s.weakest() == *skill {
                        hit.0 += 1;
                    }
                }
            }
        }
    }
    println!(
        "{n}: coached skills {by:?}; on the true weakest {}/{}",
        hit.0, hit.1
    );
}
