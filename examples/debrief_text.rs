//! Developer probe: the debrief's headline and causes for a bot's run, as text.
//! `--example debrief_text -- SCENARIO BOT [SEED]`
mod shared;

use pitcrew::policy::by_name;
use pitcrew::sim::Run;

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let n = a.first().cloned().unwrap_or("first-90-days".into());
    let b = a.get(1).cloned().unwrap_or("passive".into());
    let seed: u64 = a.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let sc = shared::scenario(&n);
    let mut r = Run::new(sc, seed);
    pitcrew::policy::play(&mut r, &by_name(&b).unwrap());
    let d = pitcrew::report::debrief::Debrief::build(&r, &b);
    println!("{} — {} weeks", d.scenario_title, d.weeks_played);
    for c in &d.causes {
        println!(
            "{} {}\n    {}",
            if c.helped { "+" } else { "-" },
            c.title,
            c.detail
        );
    }
}
