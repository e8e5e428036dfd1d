use pitcrew::{policy, scenario, sim::Run};
fn main() {
    let path = std::env::args().nth(1).unwrap_or("scenarios/baseline.ron".into());
    let sc = scenario::load_file(path.as_ref()).unwrap().scenario;
    for name in ["passive", "value_seller", "balanced"] {
        let bot = policy::by_name(name).unwrap();
        let mut ent = [0u32;5]; let mut won=0; let mut rev=0.0; let mut list=0.0; let mut leads=0; let mut hrs=0.0; let mut morale=0.0;
        for seed in 0..50 {
            let mut run = Run::new(sc.clone(), seed);
            policy::play(&mut run, &bot);
            for r in run.team_seats() { for i in 0..5 { ent[i]+=r.funnel.entered[i]; } won+=r.funnel.won; rev+=r.funnel.revenue; list+=r.funnel.list_value_won; leads+=r.funnel.leads; }
            for w in &run.history { for r in &w.reps { if !r.book && r.active { hrs += r.selling_hours; morale += r.morale; } } }
        }
        println!("{name:14} leads {leads} entered {:?} won {won} rev/won {:.0} list/won {:.0} sellh {:.1} morale {:.2}", ent, rev/won as f64, list/won as f64, hrs/50.0/52.0/8.0, morale/50.0/52.0/8.0);
    }
}
