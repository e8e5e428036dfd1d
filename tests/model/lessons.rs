//! The five lessons as emergent properties of the model: each test plays the lesson's
//! shipped scenario on 200 seeds with built-in bots (or variants of their parameters)
//! and asserts the lesson with an explicit threshold. Comparisons are paired: both
//! sides see the same seeds and, through common random numbers, the same luck.

use std::sync::Arc;

use crate::common::*;
use pitcrew::policy::{Bot, BotParams, Policy};
use pitcrew::sim::diagnosis::diagnose;
use pitcrew::sim::{Happening, LossCause, Run, Skill, Stage};

const SEEDS: u64 = 200;

fn variant(name: &str, base: &str, f: impl FnOnce(&mut BotParams)) -> Bot {
    let mut p = params(base);
    f(&mut p);
    Bot::new(name, p)
}

fn avg_discount(r: &Run) -> f64 {
    let (sum, n) = r
        .pipeline()
        .closed
        .iter()
        .filter(|d| d.stage == Stage::Won)
        .fold((0.0, 0), |(s, n), d| (s + d.discount, n + 1));
    sum / (n.max(1) as f64)
}

fn revenue_after(
    s: &Arc<pitcrew::scenario::Scenario>,
    p: &dyn Policy,
    seed: u64,
    weeks: u32,
) -> f64 {
    let mut r = Run::new(s.clone(), seed);
    while r.tick() < weeks {
        let plan = p.plan(&r);
        r.step(&plan).unwrap();
    }
    r.scores().revenue
}

/// Paired shares for a tempting style against the sound one: ahead on revenue after
/// four weeks, behind at the horizon, behind in the projected next two quarters.
struct Temptation {
    ahead_early: f64,
    behind_end: f64,
    behind_projection: f64,
    behind_end_or_projection: f64,
}

fn temptation(s: &Arc<pitcrew::scenario::Scenario>, tempting: &Bot, sound: &Bot) -> Temptation {
    use rayon::prelude::*;
    let rows: Vec<(bool, bool, bool)> = (0..SEEDS)
        .into_par_iter()
        .map(|seed| {
            let early = revenue_after(s, tempting, seed, 4) > revenue_after(s, sound, seed, 4);
            let (a, b) = (
                play(s, tempting, seed).scores(),
                play(s, sound, seed).scores(),
            );
            (early, a.revenue < b.revenue, a.projection < b.projection)
        })
        .collect();
    let col =
        |f: &dyn Fn(&(bool, bool, bool)) -> bool| share(&rows.iter().map(f).collect::<Vec<_>>());
    Temptation {
        ahead_early: col(&|r| r.0),
        behind_end: col(&|r| r.1),
        behind_projection: col(&|r| r.2),
        behind_end_or_projection: col(&|r| r.1 || r.2),
    }
}

#[test]
fn l1_super_closing_wins_the_first_weeks_and_loses_the_future() {
    let s = scenario("l1-coach-dont-close");
    let (coach, closer) = (bot("coach"), bot("super_closer"));
    let t = temptation(&s, &closer, &coach);
    eprintln!(
        "L1: super_closer ahead of coach after 4 weeks {:.2}; behind at 26 weeks {:.2}, in the projection {:.2}, either {:.2}",
        t.ahead_early, t.behind_end, t.behind_projection, t.behind_end_or_projection
    );
    assert!(t.ahead_early >= 0.70, "temptation {:.2}", t.ahead_early);
    assert!(
        t.behind_end_or_projection >= 0.80,
        "cost {:.2}",
        t.behind_end_or_projection
    );
    // People: the closer's team loses more of its people.
    let kept = share(&paired(&s, &coach, &closer, SEEDS, |a, b| {
        a.scores().retention >= b.scores().retention
    }));
    eprintln!("L1: coach keeps at least as many people in {kept:.2}");
    assert!(kept >= 0.80, "retention {kept:.2}");
}

#[test]
fn l1_the_middle_road_still_costs_the_future() {
    // Coaching but closing the biggest deal each week: the projection shows the cost.
    let s = scenario("l1-coach-dont-close");
    let t = temptation(&s, &bot("mixed"), &bot("coach"));
    eprintln!(
        "L1: mixed behind coach in the projection {:.2}",
        t.behind_projection
    );
    assert!(t.behind_projection >= 0.80, "{:.2}", t.behind_projection);
}

#[test]
fn l1_a_manager_carrying_the_book_has_no_time_to_manage() {
    let s = scenario("l1-coach-dont-close");
    let run = Run::new(s, 1);
    let mut p = pitcrew::sim::Plan::default().with(pitcrew::sim::Action::CarryBook { hours: 30.0 });
    assert!(run.validate_plan(&p).is_ok());
    p.actions.push(pitcrew::sim::Action::Coach {
        rep: pitcrew::sim::RepId(0),
        skill: Skill::Discovery,
        hours: 6.0,
    });
    let err = run.validate_plan(&p).unwrap_err().to_string();
    assert!(err.contains("free this week"), "{err}");
}

#[test]
fn l2_metrics_beat_price_cuts_on_margin() {
    let s = scenario("l2-metrics-not-price-cuts");
    let (value, disc) = (bot("value_seller"), bot("discounter"));
    let pairs = paired(&s, &value, &disc, SEEDS, |a, b| {
        let (x, y) = (a.scores(), b.scores());
        (
            x.margin > y.margin,
            avg_discount(b) > avg_discount(a),
            b.market().buyer_expectation > a.market().buyer_expectation,
            // Relative fall of margin rate per relative fall of price.
            ((x.gross_margin - y.gross_margin) / x.gross_margin)
                / ((avg_discount(b) - avg_discount(a)) / (1.0 - avg_discount(a))).max(1e-9),
        )
    });
    let margin = share(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let deeper = share(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let buyers = share(&pairs.iter().map(|p| p.2).collect::<Vec<_>>());
    let leverage = mean(&pairs.iter().map(|p| p.3).collect::<Vec<_>>());
    eprintln!(
        "L2: value_seller margin wins {margin:.2}; discounter deeper {deeper:.2}; buyers expect more {buyers:.2}; margin falls {leverage:.1}x faster than price"
    );
    assert!(margin >= 0.90, "margin {margin:.2}");
    assert!(deeper >= 0.95, "deeper discounts {deeper:.2}");
    assert!(
        buyers >= 0.95,
        "buyers learn to expect discounts {buyers:.2}"
    );
    assert!(
        leverage >= 2.0,
        "profit falls only {leverage:.2}x faster than price"
    );
}

#[test]
fn l2_price_cuts_win_the_first_weeks_and_lose_the_horizon() {
    let s = scenario("l2-metrics-not-price-cuts");
    let t = temptation(&s, &bot("discounter"), &bot("value_seller"));
    eprintln!(
        "L2: discounter ahead of value_seller after 4 weeks {:.2}; behind at 26 weeks {:.2}, in the projection {:.2}, either {:.2}",
        t.ahead_early, t.behind_end, t.behind_projection, t.behind_end_or_projection
    );
    assert!(t.ahead_early >= 0.70, "temptation {:.2}", t.ahead_early);
    assert!(
        t.behind_end_or_projection >= 0.80,
        "cost {:.2}",
        t.behind_end_or_projection
    );
}

#[test]
fn l2_discounts_buy_wins_now() {
    let s = scenario("l2-metrics-not-price-cuts");
    let (disc, passive) = (bot("discounter"), bot("passive"));
    // Share of deals leaving Negotiate that close, over the first 8 weeks.
    let close_rate = |p: &Bot, seed: u64| {
        let mut r = Run::new(s.clone(), seed);
        while r.tick() < 8 {
            let plan = p.plan(&r);
            r.step(&plan).unwrap();
        }
        let (won, lost) = r.team().seats().fold((0, 0), |(w, l), x| {
            (w + x.funnel.won, l + x.funnel.lost_at[4])
        });
        won as f64 / (won + lost).max(1) as f64
    };
    let more: Vec<bool> = (0..SEEDS)
        .map(|seed| close_rate(&disc, seed) > close_rate(&passive, seed))
        .collect();
    let more = share(&more);
    eprintln!(
        "L2: discounter closes more of its Negotiate deals than passive in the first 8 weeks in {more:.2}"
    );
    assert!(more >= 0.55, "{more:.2}");
}

#[test]
fn l2_metrics_help_only_when_the_numbers_are_good_and_current() {
    let good = scenario("l2-metrics-not-price-cuts");
    let mut bad = (*good).clone();
    bad.company.order_accuracy = 0.90;
    bad.company.response_hours = 48.0;
    bad.company.return_rate = 0.10;
    let bad = Arc::new(bad);
    let with = bot("value_seller");
    let without = variant("no metrics", "value_seller", |p| p.metrics_every = None);
    let gain = |s: &Arc<_>| {
        share(&paired(s, &with, &without, SEEDS, |a, b| {
            a.scores().revenue > b.scores().revenue
        }))
    };
    let (g, b) = (gain(&good), gain(&bad));
    eprintln!("L2: metrics raise revenue in {g:.2} of seeds with good numbers, {b:.2} with bad");
    // Model 3 measures 0.74 here: a pack's 12 hours compete with coaching in its week.
    assert!(g >= 0.70, "good numbers: {g:.2}");
    assert!(b <= 0.50, "bad numbers: {b:.2}");

    // A pack built once goes stale and stops helping.
    let once = variant("once", "value_seller", |p| p.metrics_every = Some(1000));
    let mut r = Run::new(good.clone(), 3);
    while !r.is_finished() {
        let plan = once.plan(&r);
        r.step(&plan).unwrap();
    }
    let life = good.company.metrics_shelf_life_weeks;
    let fresh = r.ledger().history[(life / 2) as usize].metrics_strength;
    let stale = r.ledger().history.last().unwrap().metrics_strength;
    assert!(fresh > 0.5 && stale == 0.0, "fresh {fresh}, stale {stale}");
}

#[test]
fn l3_the_pipeline_shape_shows_the_coaching_need() {
    // Read after the scenario's two quarters: enough deals for each stage to speak.
    let s = scenario("l3-diagnose-the-pipeline");
    let bench_run = Run::new(s.clone(), 0);
    let bench = pitcrew::policy::bot_benchmark(&bench_run);
    let mut right = [0u32; 3];
    for seed in 0..SEEDS {
        let r = play(&s, &bot("passive"), seed);
        let need = |i: usize| diagnose(&r.team().reps[i], r.tick(), &bench).skill;
        right[0] += (need(0) == Skill::Discovery || need(0) == Skill::Qualifying) as u32;
        right[1] += (need(1) == Skill::Prospecting) as u32;
        right[2] += (need(2) == Skill::Negotiating) as u32;
    }
    let rate = right.map(|n| n as f64 / SEEDS as f64);
    eprintln!(
        "L3: diagnosis right for Dana {:.2}, Eli {:.2}, Fran {:.2}",
        rate[0], rate[1], rate[2]
    );
    // The reading uses only what a manager sees, so small samples make it noisy.
    assert!(rate.iter().all(|&r| r >= 0.55), "{rate:?}");
}

#[test]
fn l3_coaching_the_right_skill_pays_several_times_more() {
    let s = scenario("l3-diagnose-the-pipeline");
    let right = bot("coach");
    let wrong = bot("coach_wrong_skill");
    let none = variant("no coaching", "coach", |p| p.coach_hours = 0.0);
    let rev = |b: &Bot| -> Vec<f64> {
        use rayon::prelude::*;
        (0..SEEDS)
            .into_par_iter()
            .map(|seed| play(&s, b, seed).scores().revenue)
            .collect()
    };
    let (r, w, n) = (rev(&right), rev(&wrong), rev(&none));
    let gain_right = mean(&r) - mean(&n);
    let gain_wrong = mean(&w) - mean(&n);
    let beats = share(&r.iter().zip(&w).map(|(a, b)| a > b).collect::<Vec<_>>());
    eprintln!(
        "L3: coaching gain right {gain_right:.0}, wrong {gain_wrong:.0}; right beats wrong in {beats:.2}"
    );
    assert!(
        gain_right > 0.0 && gain_right >= 3.0 * gain_wrong.max(0.0),
        "right {gain_right}, wrong {gain_wrong}"
    );
    // Seed by seed a four-rep team's revenue is noisy; the mean gains above are the lesson.
    assert!(beats >= 0.55, "{beats:.2}");
}

#[test]
fn l4_an_outlook_wins_bigger_deals() {
    let s = scenario("l4-executives-pit-crew");
    let with = variant("outlook", "typical", |p| p.ask_outlook = true);
    let list_per_win = |r: &Run| {
        let won: Vec<f64> = r
            .pipeline()
            .closed
            .iter()
            .filter(|d| d.stage == Stage::Won && !d.seeded)
            .map(|d| d.value)
            .collect();
        mean(&won)
    };
    let bigger = share(&paired(&s, &with, &bot("typical"), SEEDS, |a, b| {
        list_per_win(a) > list_per_win(b)
    }));
    eprintln!("L4: outlook gives bigger average deals in {bigger:.2} of seeds");
    assert!(bigger >= 0.80, "{bigger:.2}");
}

#[test]
fn l4_accountability_without_responsibility_loses_people() {
    let s = scenario("l4-executives-pit-crew");
    let mut calm = (*s).clone();
    calm.company.blame = 0.0;
    let calm = Arc::new(calm);
    let b = bot("typical");
    use rayon::prelude::*;
    let quits = |sc: &Arc<_>| -> Vec<usize> {
        (0..SEEDS)
            .into_par_iter()
            .map(|seed| {
                play(sc, &b, seed)
                    .team()
                    .departures
                    .iter()
                    .filter(|d| !d.fired)
                    .count()
            })
            .collect()
    };
    let (blame, none) = (quits(&s), quits(&calm));
    let (mb, mn) = (
        mean(&blame.iter().map(|&x| x as f64).collect::<Vec<_>>()),
        mean(&none.iter().map(|&x| x as f64).collect::<Vec<_>>()),
    );
    eprintln!("L4: resignations per run with blame {mb:.2}, without {mn:.2}");
    assert!(mb >= 2.0 * mn, "blame {mb:.2} vs {mn:.2}");
}

#[test]
fn l4_a_supplier_with_nothing_new_to_say_loses_accounts() {
    let s = scenario("l4-executives-pit-crew");
    let news = variant("news", "typical", |p| p.news_every = Some(6));
    let competitor_losses = |r: &Run| {
        r.ledger()
            .history
            .iter()
            .flat_map(|w| &w.happenings)
            .filter(|h| {
                matches!(
                    h,
                    Happening::Lost {
                        cause: LossCause::Competitor,
                        ..
                    }
                )
            })
            .count()
    };
    let pairs = paired(&s, &news, &bot("typical"), SEEDS, |a, b| {
        (
            competitor_losses(a) < competitor_losses(b),
            a.scores().revenue > b.scores().revenue,
        )
    });
    let fewer = share(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let more = share(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    eprintln!("L4: news means fewer competitor losses in {fewer:.2}, more revenue in {more:.2}");
    assert!(fewer >= 0.90, "{fewer:.2}");
    assert!(more >= 0.70, "{more:.2}");
}

#[test]
fn l5_the_four_imperatives() {
    let s = scenario("l5-four-imperatives");
    let typical = bot("typical");
    // 1. A targeted prospecting plan beats the phone book.
    let plans = variant("plans", "typical", |p| p.prospecting_plans = true);
    let p1 = share(&paired(&s, &plans, &typical, SEEDS, |a, b| {
        a.scores().revenue > b.scores().revenue
    }));
    // 2. Differentiation wins against a competitor's price cut without cutting price.
    let diff = variant("differentiate", "typical", |p| {
        p.workshop_every = Some(6);
        p.approve_up_to = 0.10;
    });
    let p2 = share(&paired(&s, &diff, &bot("discounter"), SEEDS, |a, b| {
        a.scores().margin > b.scores().margin
    }));
    // 3. Effective interactions move deals stage to stage.
    let moving = variant("interactions", "typical", |p| {
        p.reviews = 3;
        p.ride_alongs = 2;
    });
    let advances = |r: &Run| {
        r.team()
            .seats()
            .map(|x| x.funnel.entered[1..].iter().sum::<u32>() + x.funnel.won)
            .sum::<u32>()
    };
    let p3 = share(&paired(&s, &moving, &typical, SEEDS, |a, b| {
        advances(a) > advances(b)
    }));
    // 4. Protecting the team's time gets more selling done.
    let protect = variant("protect", "typical", |p| p.absorb = 1.0);
    let expose = variant("expose", "typical", |p| p.absorb = 0.0);
    let p4 = share(&paired(&s, &protect, &expose, SEEDS, |a, b| {
        a.scores().revenue > b.scores().revenue
    }));
    eprintln!(
        "L5: plan beats phone book {p1:.2}; differentiation beats discounting on margin {p2:.2}; interactions move more deals {p3:.2}; protecting time {p4:.2}"
    );
    assert!(p1 >= 0.75, "prospecting plan {p1:.2}");
    assert!(p2 >= 0.90, "differentiation {p2:.2}");
    assert!(p3 >= 0.80, "interactions {p3:.2}");
    // Model 3 measures 0.84: absorbing every demand leaves the manager few hours.
    assert!(p4 >= 0.80, "protect time {p4:.2}");
}
