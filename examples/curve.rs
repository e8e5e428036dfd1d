//! Developer probe: a bot's revenue per week over quota per week, averaged over seeds.
mod shared;

use pitcrew::policy::by_name;
use pitcrew::sim::Run;
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let n = a.first().cloned().unwrap_or("baseline".into());
    let b = a.get(1).cloned().unwrap_or("passive".into());
    let sc = shared::scenario(&n);
    let p = by_name(&b).unwrap();
    let seeds = 200;
    let mut acc = vec![0.0; sc.weeks as usize];
    let mut open = vec![0.0; sc.weeks as usize];
    for s in 0..seeds {
        let mut r = Run::new(sc.clone(), s);
        pitcrew::policy::play(&mut r, &p);
        let q = r.quota_to(1);
        for (i, w) in r.ledger().history.iter().enumerate() {
            acc[i] += w.revenue / q / seeds as f64;
            open[i] += w.open_deals as f64 / seeds as f64;
        }
    }
    for (i, (x, o)) in acc.iter().zip(&open).enumerate() {
        if i % 2 == 0 {
            print!("w{}:{:.2}/{:.0} ", i + 1, x, o);
        }
    }
    println!();
}
