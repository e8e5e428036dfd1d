use pitcrew::policy::{bot_benchmark, by_name, play};
use pitcrew::sim::{
    Run,
    diagnosis::{diagnose, stage_conversions},
};
fn main() {
    let mut sc = (*pitcrew::scenario::load_file(std::path::Path::new(
        "scenarios/l3-diagnose-the-pipeline.ron",
    ))
    .unwrap()
    .scenario)
        .clone();
    sc.weeks = 13;
    let sc = std::sync::Arc::new(sc);
    let bench = bot_benchmark(&Run::new(sc.clone(), 0));
    println!(
        "bench conv {:?} skills {:?} ppw {:.2}",
        bench.conversion, bench.stage_skill, bench.proposals_per_week
    );
    let mut counts = std::collections::BTreeMap::new();
    for seed in 0..200 {
        let mut r = Run::new(sc.clone(), seed);
        play(&mut r, &by_name("passive").unwrap());
        for i in 0..2 {
            let d = diagnose(&r.team().reps[i], r.tick(), &bench);
            *counts.entry((i, d.skill)).or_insert(0) += 1;
            if seed < 3 {
                println!(
                    "{} {:?} {:?} {:?} {}",
                    r.team().reps[i].name,
                    r.team().reps[i].funnel.entered,
                    r.team().reps[i].funnel.lost_at,
                    stage_conversions(&r.team().reps[i], &bench),
                    pitcrew::narrate::reading(&d.reading)
                );
            }
        }
    }
    println!("{counts:?}");
}
