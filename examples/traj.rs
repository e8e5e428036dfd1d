use pitcrew::{policy, scenario, sim::Run};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let sc = scenario::load_file(a[1].as_ref()).unwrap().scenario;
    for name in &a[2..] {
        let bot = policy::by_name(name).unwrap();
        let w = sc.weeks as usize; let mut rev = vec![0.0; w]; let mut mor = vec![0.0; w]; let mut ind = vec![0.0; w]; let mut cap = vec![0.0; w]; let mut act = vec![0.0; w];
        for seed in 0..100 { let mut r = Run::new(sc.clone(), seed); policy::play(&mut r, &bot);
            for (i, h) in r.history.iter().enumerate() { rev[i] += h.revenue / 100.0; let ppl: Vec<_> = h.reps.iter().filter(|x| x.active && !x.book).collect(); let n = ppl.len().max(1) as f64;
                mor[i] += ppl.iter().map(|x| x.morale).sum::<f64>() / n / 100.0; ind[i] += ppl.iter().map(|x| x.independence).sum::<f64>() / n / 100.0; cap[i] += ppl.iter().map(|x| x.skills.mean()).sum::<f64>()/n/100.0; act[i] += n / 100.0; } }
        println!("{name}");
        for i in (0..w).step_by(3) { println!("  w{:2} rev {:7.0} morale {:.2} indep {:.2} skill {:.3} active {:.1}", i+1, rev[i], mor[i], ind[i], cap[i], act[i]); }
    }
}
