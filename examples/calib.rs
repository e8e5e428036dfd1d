use std::sync::Arc;
use pitcrew::{policy, scenario, sim::Run};
fn main() {
    let path = std::env::args().nth(1).unwrap_or("scenarios/baseline.ron".into());
    let seeds: u64 = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(200);
    let sc = scenario::load_file(path.as_ref()).unwrap().scenario;
    for name in policy::STANDARD.iter().chain(["coach_wrong_skill"].iter()) {
        let bot = policy::by_name(name).unwrap();
        let (mut rq, mut q, mut pw, mut cy, mut at, mut gm, mut cap, mut ov, mut r4) = (0.,0.,0.,0.,0.,0.,0.,0.,0.);
        for seed in 0..seeds {
            let mut run = Run::new(sc.clone(), seed);
            while !run.is_finished() { let p = policy::Policy::plan(&bot, &run); run.step(&p).unwrap(); if run.tick == 4 { r4 += run.scores().revenue; } }
            let c = run.calibration(); let s = run.scores();
            rq += s.revenue_vs_quota; q += c.reps_at_quota; pw += c.proposal_win_rate; cy += c.cycle_days; at += c.annual_attrition; gm += s.gross_margin; cap += s.capability_end - s.capability_start; ov += s.overall;
        }
        let n = seeds as f64;
        println!("{name:18} rev/q {:.2} at-quota {:.2} pwin {:.2} cycle {:.0}d attr {:.2} gm {:.3} dcap {:+.3} overall {:.1} rev4 {:.0}", rq/n, q/n, pw/n, cy/n, at/n, gm/n, cap/n, ov/n, r4/n);
    }
    let _ = Arc::new(0);
}
