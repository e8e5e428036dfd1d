//! Teaching validity: every shipped lesson survives each effect parameter moved ±25 %,
//! and the single-factor lesson checks of L4 and L5 fail when their mechanism is off.

use std::path::Path;
use std::sync::Arc;

use crate::common::scenario;
use pitcrew::report::batch::Progress;
use pitcrew::report::lint::{Checks, ClaimResult, play_checks};
use pitcrew::report::sensitivity::{ROBUST_SHARE, sensitivity};
use pitcrew::scenario::{Scenario, load_file};

/// Seeds per variant. The lesson checks need a claim in 60 % of seeds; 200 keeps the
/// noise of that share (about ±3.5 points) well inside the margins the claims hold by.
const SEEDS: u64 = 200;

/// Every shipped scenario that claims a lesson.
fn shipped_lessons() -> Vec<Arc<Scenario>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .chain([dir.join("examples/worked-example.ron")])
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| load_file(p).unwrap().scenario)
        .filter(|s| s.lesson.is_some())
        .collect()
}

#[test]
fn every_shipped_lesson_holds_in_most_of_its_variants() {
    let seeds: Vec<u64> = (0..SEEDS).collect();
    let mut fragile = Vec::new();
    let scenarios = shipped_lessons();
    assert!(scenarios.len() >= 7, "{} scenarios", scenarios.len());
    for s in &scenarios {
        let r = sensitivity(s, &seeds, false, &Progress::new(0, "sensitivity"));
        let share = r.lesson_share.expect("a lesson");
        assert!(r.base.holds == Some(true), "{}: {:?}", s.id, r.base.claims);
        assert!(
            r.variants.len() >= 100,
            "{}: {} variants",
            s.id,
            r.variants.len()
        );
        eprintln!(
            "{} ({:?}): holds in {:.3} of {} variants",
            s.id,
            s.lesson.unwrap(),
            share,
            r.variants.len()
        );
        for c in &r.claims {
            eprintln!("  {}: {:.3}", c.claim, c.share);
        }
        for v in r.failing() {
            eprintln!("  fails with {}", v.variant.as_ref().unwrap().label());
        }
        if share < ROBUST_SHARE {
            fragile.push(format!("{} {share:.3}", s.id));
        }
    }
    assert!(fragile.is_empty(), "fragile lessons: {fragile:?}");
}

/// The lesson's claims on a scenario changed by `f`, judged as lint judges them.
fn claims(s: &Arc<Scenario>, f: impl FnOnce(&mut Scenario)) -> Vec<ClaimResult> {
    let mut v = (**s).clone();
    f(&mut v);
    let v = Arc::new(v);
    let seeds: Vec<u64> = (0..SEEDS).collect();
    let checks = Checks::new(&v, &[]);
    let (_, figures) = play_checks(&v, &checks, &seeds, &Progress::new(0, "lint"));
    checks.judge(&figures)
}

/// A mechanism switched off: what it is, part of the key naming the arm whose claim it
/// carries, and the change to the scenario.
type Off = (&'static str, &'static str, fn(&mut Scenario));

/// Asserts that every claim holds on the scenario as written, and that switching each
/// mechanism off breaks exactly the claim about it (and only that one).
fn assert_levers(name: &str, offs: &[Off]) {
    let s = scenario(name);
    let base = claims(&s, |_| {});
    for c in &base {
        assert!(c.holds, "{name} as written: {} {:.2}", c.claim(), c.share);
    }
    for (what, lever, off) in offs {
        let judged = claims(&s, off);
        for (c, b) in judged.iter().zip(&base) {
            eprintln!(
                "{name} with {what} off: {} {:.2} (was {:.2})",
                c.claim(),
                c.share,
                b.share
            );
            if c.better.contains(lever) {
                assert!(!c.holds, "{name}: {} holds without {what}", c.claim());
            } else {
                assert!(c.holds, "{name}: {} fails without {what}", c.claim());
            }
        }
    }
}

#[test]
fn the_l4_checks_fail_when_their_lever_is_switched_off() {
    assert_levers(
        "l4-executives-pit-crew",
        &[
            ("the outlook's value", "outlook", |s| {
                s.effects.outlook_value = 0.0
            }),
            ("stale news", "news", |s| s.effects.stale_news = 0.0),
            ("blame's cost in morale", "without-blame", |s| {
                s.effects.blame_morale = 0.0
            }),
        ],
    );
}

#[test]
fn the_l5_checks_fail_when_their_lever_is_switched_off() {
    assert_levers(
        "l5-four-imperatives",
        &[
            ("targeted leads", "prospecting-plans", |s| {
                s.effects.plan_fit = s.effects.phone_book_fit;
                s.effects.plan_lead_boost = 0.0;
            }),
            ("workshops", "workshops", |s| s.effects.workshop_gain = 0.0),
            ("ride-alongs", "with-reviews", |s| {
                s.effects.ride_along = 0.0;
                s.effects.ride_along_learning = 0.0;
            }),
            ("organisational demands", "absorbing", |s| {
                s.org.demand_hours_per_rep = 0.0;
                s.org.demand_sd = 0.0;
            }),
        ],
    );
}

#[test]
fn the_l1_check_fails_when_super_closing_costs_nothing_later() {
    // Without the cost of taking deals over (no lost learning, independence or morale,
    // and a super-close that wins deals outright), super-closing should no longer lose.
    let s = scenario("l1-coach-dont-close");
    let judged = claims(&s, |s| {
        s.effects.super_close_independence = 0.0;
        s.effects.super_close_morale = 0.0;
        s.effects.super_close = 4.0;
    });
    for c in &judged {
        eprintln!("L1 without its cost: {} {:.2}", c.claim(), c.share);
    }
    assert!(
        judged.iter().any(|c| !c.holds),
        "L1 holds even when super-closing costs nothing"
    );
}
