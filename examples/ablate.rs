use pitcrew::{policy::{self, Bot, Policy}, scenario, sim::Run};
fn main() {
    let sc = scenario::load_file("scenarios/baseline.ron".as_ref()).unwrap().scenario;
    let base = policy::builtin()["value_seller"].clone();
    let mut variants: Vec<(&str, policy::BotParams)> = vec![("full", base.clone())];
    let mut v = base.clone(); v.metrics_every = None; variants.push(("no metrics", v));
    let mut v = base.clone(); v.workshop_every = None; variants.push(("no workshop", v));
    let mut v = base.clone(); v.news_every = None; variants.push(("no news", v));
    let mut v = base.clone(); v.coach_hours = 0.0; variants.push(("no coach", v));
    let mut v = base.clone(); v.discount_cap = None; v.approve_up_to = 0.2; variants.push(("typical discount", v));
    let mut v = policy::builtin()["passive"].clone(); v.news_every = Some(8); variants.push(("passive+news", v));
    for (n, p) in variants {
        let bot = Bot::new(n, p); let mut tot = 0.0;
        for seed in 0..100 { let mut r = Run::new(sc.clone(), seed); while !r.is_finished() { let pl = bot.plan(&r); r.step(&pl).unwrap(); } tot += r.scores().revenue_vs_quota; }
        println!("{n:18} {:.2}", tot / 100.0);
    }
}
