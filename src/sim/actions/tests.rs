//! Each family's cost, check and effect on a small run.

use super::*;
use crate::sim::{Happening, Stage};

fn run() -> Run {
    crate::sim::test_support::baseline_run(3)
}

#[test]
fn every_kind_is_listed_once_and_builds_or_comes_from_a_deal() {
    let mut seen = ActionKind::ALL.to_vec();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), ActionKind::ALL.len());
    for k in ActionKind::ALL {
        let built = k.build(RepId(0), Skill::Discovery, 2.0);
        assert_eq!(built.is_none(), k.target() == Target::Deal, "{k:?}");
        if let Some(a) = built {
            assert_eq!(a.kind(), k);
            assert_eq!(a.time_use(), k.time_use());
        }
    }
}

#[test]
fn coaching_costs_its_hours_and_moves_only_the_skill_coached() {
    let mut r = run();
    let a = Action::Coach {
        rep: RepId(3),
        skill: Skill::Discovery,
        hours: 3.0,
    };
    assert_eq!(r.action_cost(&a), (3.0, 0.0));
    let before = r.team().reps[3].skills;
    let hours = r.team().reps[3].selling_hours;
    let mut log = WeekLog {
        tally: vec![Default::default(); r.team().reps.len()],
        happenings: Vec::new(),
    };
    r.apply_action(&a, &mut log);
    let after = r.team().reps[3].skills;
    assert!(after.discovery > before.discovery);
    assert_eq!(after.closing, before.closing);
    let cost = r.scenario.effects.coach_rep_time * 3.0;
    assert!((r.team().reps[3].selling_hours - (hours - cost)).abs() < 1e-12);
    assert!(log.tally[3].coached);
    assert!(matches!(log.happenings[0], Happening::Coached { .. }));
}

#[test]
fn checks_refuse_wrong_targets() {
    let r = run();
    let book = RepId((r.team().reps.len() - 1) as u16);
    let mut hiring = Vec::new();
    assert_eq!(
        r.check_action(&Action::Recognize { rep: book }, &mut hiring),
        Err(PlanError::BookSeat(book.0))
    );
    assert_eq!(
        r.check_action(&Action::Hire { seat: RepId(0) }, &mut hiring),
        Err(PlanError::SeatFilled(0))
    );
    assert!(matches!(
        r.check_action(
            &Action::Coach {
                rep: RepId(0),
                skill: Skill::Closing,
                hours: 99.0
            },
            &mut hiring
        ),
        Err(PlanError::OutOfRange { .. })
    ));
    let no_deal = crate::sim::DealId::new(RepId(0), 9999);
    assert_eq!(
        r.check_action(&Action::SuperClose { deal: no_deal }, &mut hiring),
        Err(PlanError::NoSuchDeal(no_deal))
    );
}

#[test]
fn super_closing_takes_independence_and_morale_ride_along_teaches() {
    let mut r = run();
    let late: Vec<_> = r
        .pipeline()
        .open
        .iter()
        .filter(|d| d.stage >= Stage::Propose)
        .map(|d| (d.id, d.rep))
        .collect();
    let (deal, rep) = late[0];
    let (ind, mor) = (
        r.team().reps[rep.0 as usize].independence,
        r.team().reps[rep.0 as usize].morale,
    );
    let skills = r.team().reps[rep.0 as usize].skills;
    super::people::super_close(&mut r, deal);
    let rp = &r.team().reps[rep.0 as usize];
    assert!(rp.independence < ind && rp.morale < mor);
    assert_eq!(
        rp.skills, skills,
        "a deal the manager closes teaches nothing"
    );
    let (deal2, rep2) = late[1];
    let before = r.team().reps[rep2.0 as usize].skills.mean();
    super::people::ride_along(&mut r, deal2);
    assert!(r.team().reps[rep2.0 as usize].skills.mean() > before);
}

#[test]
fn firing_empties_the_seat_and_loses_its_deals() {
    let mut r = run();
    let open = r
        .pipeline()
        .open
        .iter()
        .filter(|d| d.rep == RepId(2))
        .count() as u32;
    let mut log = WeekLog {
        tally: vec![Default::default(); r.team().reps.len()],
        happenings: Vec::new(),
    };
    r.apply_action(&Action::Fire { rep: RepId(2) }, &mut log);
    assert!(!r.team().reps[2].is_person());
    assert!(r.pipeline().open.iter().all(|d| d.rep != RepId(2)));
    assert!(
        matches!(&log.happenings[0], Happening::Fired { deals_lost, .. } if *deals_lost == open)
    );
    // A departure is not a loss in the rep's funnel.
    assert_eq!(r.team().reps[2].funnel.lost_at, [0; 5]);
}
