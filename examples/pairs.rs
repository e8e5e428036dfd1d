// Paired per-seed comparison of two bots: share of seeds where A beats B on revenue / capability / margin.
use pitcrew::{policy, scenario, sim::Run};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let sc = scenario::load_file(a[1].as_ref()).unwrap().scenario;
    let (pa, pb) = (policy::by_name(&a[2]).unwrap(), policy::by_name(&a[3]).unwrap());
    let weeks: u32 = a.get(4).map(|s| s.parse().unwrap()).unwrap_or(sc.weeks);
    let early: u32 = a.get(5).map(|s| s.parse().unwrap()).unwrap_or(4);
    let n = 200;
    let (mut rev, mut cap, mut mar, mut e) = (0, 0, 0, 0);
    let (mut ra, mut rb) = (0.0, 0.0);
    for seed in 0..n {
        let mut s = (*sc).clone(); s.weeks = weeks; let s = std::sync::Arc::new(s);
        let run = |p: &policy::Bot| { let mut r = Run::new(s.clone(), seed); let mut er = 0.0; while !r.is_finished() { let pl = policy::Policy::plan(p, &r); r.step(&pl).unwrap(); if r.tick == early { er = r.scores().revenue; } } (r.scores(), er) };
        let (x, ex) = run(&pa); let (y, ey) = run(&pb);
        if x.revenue > y.revenue { rev += 1 } if x.capability_end > y.capability_end { cap += 1 } if x.margin > y.margin { mar += 1 } if ex > ey { e += 1 }
        ra += x.revenue; rb += y.revenue;
    }
    println!("{} vs {} over {weeks}w: revenue {:.0}% capability {:.0}% margin {:.0}% early({early}w) revenue {:.0}%  mean rev ratio {:.3}", a[2], a[3], rev as f64/n as f64*100.0, cap as f64/n as f64*100.0, mar as f64/n as f64*100.0, e as f64/n as f64*100.0, ra/rb);
}
