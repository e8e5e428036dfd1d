//! The baseline scenario under a typical manager lands in the published ranges
//! (DESIGN.md §2), and coaching lifts the middle of the team by a realistic amount.

mod common;

use common::*;
use rayon::prelude::*;

#[test]
fn baseline_with_typical_manager_matches_published_figures() {
    let s = scenario("baseline");
    let b = bot("typical");
    let cal: Vec<_> = (0..200u64)
        .into_par_iter()
        .map(|seed| play(&s, &b, seed).calibration())
        .collect();
    let at_quota = mean(&cal.iter().map(|c| c.reps_at_quota).collect::<Vec<_>>());
    let win = mean(&cal.iter().map(|c| c.proposal_win_rate).collect::<Vec<_>>());
    let cycle = mean(&cal.iter().map(|c| c.cycle_days).collect::<Vec<_>>());
    let attrition = mean(&cal.iter().map(|c| c.annual_attrition).collect::<Vec<_>>());
    eprintln!(
        "baseline/typical: at quota {at_quota:.2}, proposal win {win:.2}, cycle {cycle:.0} d, attrition {attrition:.2}/yr"
    );
    assert!(
        (0.45..=0.65).contains(&at_quota),
        "reps at quota {at_quota:.2}"
    );
    assert!(
        (0.40..=0.55).contains(&win),
        "win rate from proposal {win:.2}"
    );
    assert!((50.0..=80.0).contains(&cycle), "cycle {cycle:.0} days");
    assert!(
        (0.10..=0.35).contains(&attrition),
        "attrition {attrition:.2}"
    );
}

#[test]
fn coaching_lifts_middle_reps_attainment_by_ten_to_twenty_five_percent() {
    let s = scenario("baseline");
    // The baseline team is listed strongest first: the middle 60 % excludes the ends.
    let middle = 1..s.team.len() - 1;
    let att = |name: &str| -> f64 {
        let b = bot(name);
        let per: Vec<f64> = (0..200u64)
            .into_par_iter()
            .map(|seed| {
                let c = play(&s, &b, seed).calibration();
                mean(&c.attainment[middle.clone()])
            })
            .collect();
        mean(&per)
    };
    let (coach, passive) = (att("coach"), att("passive"));
    let lift = coach / passive - 1.0;
    eprintln!(
        "middle reps' attainment: coach {coach:.3}, passive {passive:.3}, lift {:.1} %",
        lift * 100.0
    );
    assert!((0.10..=0.25).contains(&lift), "lift {:.1} %", lift * 100.0);
}
