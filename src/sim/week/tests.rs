//! Each phase of the week on its own, on the baseline team.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Tally, WeekLog};
use crate::sim::scenario::Scenario;
use crate::sim::test_support::baseline;
use crate::sim::{Action, DealId, Happening, Plan, RepId, Run, Skill, Stage, TimeUse};

fn run_of(s: Scenario, seed: u64) -> Run {
    Run::new(Arc::new(s), seed)
}

fn log_for(run: &Run) -> WeekLog {
    WeekLog {
        tally: vec![Tally::default(); run.team.reps.len()],
        happenings: Vec::new(),
    }
}

#[test]
fn settings_pass_demands_on_as_selling_hours_and_raise_offers_to_a_new_cap() {
    let mut r = run_of(baseline(), 1);
    let base = r.scenario.org.rep_selling_hours;
    let passed = r.passed_on_hours(0.0);
    assert!(passed > 0.0, "the baseline has demands to pass on");
    let mut log = log_for(&r);
    let before: HashMap<DealId, f64> = r
        .pipeline
        .open
        .iter()
        .filter(|d| d.stage == Stage::Negotiate && !d.approval_pending)
        .map(|d| (d.id, d.discount))
        .collect();
    let plan = Plan {
        absorb: 0.0,
        discount_cap: Some(0.3),
        ..Plan::default()
    };
    r.apply_settings(&plan, &mut log);
    assert_eq!(r.manager.discount_cap, 0.3);
    for (rep, t) in r.team.reps.iter().zip(&log.tally) {
        if rep.is_person() {
            assert!((rep.selling_hours - (base - passed)).abs() < 1e-12);
            assert_eq!(t.passed_on, passed);
        } else {
            assert_eq!(
                rep.selling_hours, 0.0,
                "the manager's book sells on its own hours"
            );
        }
    }
    for d in r
        .pipeline
        .open
        .iter()
        .filter(|d| before.contains_key(&d.id))
    {
        assert!(
            d.discount >= before[&d.id],
            "a wider cap never lowers an offer"
        );
    }
    // Absorbing everything the manager can leaves reps more selling time.
    let mut full = run_of(baseline(), 1);
    let mut log = log_for(&full);
    full.apply_settings(
        &Plan {
            absorb: 1.0,
            ..Plan::default()
        },
        &mut log,
    );
    assert!(full.team.reps[0].selling_hours > r.team.reps[0].selling_hours);
}

#[test]
fn actions_book_their_hours_by_time_use_and_pay_their_goodwill() {
    let mut r = run_of(baseline(), 2);
    let plan = Plan {
        absorb: 0.5,
        actions: vec![
            Action::Coach {
                rep: RepId(1),
                skill: Skill::Discovery,
                hours: 2.0,
            },
            Action::AskWhatsNew,
        ],
        ..Plan::default()
    };
    let cost = r.validate_plan(&plan).expect("a valid plan");
    let goodwill = r.manager.goodwill;
    let (news_hours, news_goodwill) = r.action_cost(&Action::AskWhatsNew);
    let mut log = log_for(&r);
    let hours = r.apply_actions(&plan, &cost, &mut log);
    assert_eq!(hours[TimeUse::Organisation as usize], cost.absorbed_hours);
    assert!(hours[Action::AskWhatsNew.time_use() as usize] >= news_hours);
    assert!(
        (hours.iter().sum::<f64>() - cost.absorbed_hours - cost.hours).abs() < 1e-9,
        "every planned hour is booked once"
    );
    assert_eq!(r.manager.hours, hours, "the manager's running totals");
    assert!((r.manager.goodwill - (goodwill - news_goodwill)).abs() < 1e-12);
    assert!(log.tally[1].coached);
}

#[test]
fn quits_follow_morale_and_a_leaver_takes_their_deals() {
    let mut s = baseline();
    s.effects.quit_base = 0.5;
    s.effects.quit_steepness = 8.0;
    let mut r = run_of(s.clone(), 3);
    for rep in &mut r.team.reps {
        rep.morale = 0.0;
    }
    let persons = r.team.persons();
    let mut log = log_for(&r);
    r.draw_quits(&mut log);
    // At morale 0 the chance is 0.5·e^4.8, far above 1: everyone goes.
    assert_eq!(r.team.departures.len(), persons);
    assert_eq!(r.team.persons(), 0);
    let quits = log
        .happenings
        .iter()
        .filter(|h| matches!(h, Happening::Quit { .. }))
        .count();
    assert_eq!(quits, persons);
    assert!(
        r.pipeline
            .open
            .iter()
            .all(|d| r.team.reps[d.rep.0 as usize].is_book()),
        "only the manager's own book keeps deals"
    );

    s.effects.quit_base = 0.0;
    let mut calm = run_of(s, 3);
    let mut log = log_for(&calm);
    calm.draw_quits(&mut log);
    assert!(calm.team.departures.is_empty());
    assert!(log.happenings.is_empty());
}

#[test]
fn the_exit_hazard_rises_with_a_super_close_and_a_deep_discount_and_halves_while_waiting() {
    let r = run_of(baseline(), 4);
    let odds = r.week_odds();
    let mut d = crate::sim::test_support::negotiating_deal(&r);
    let o = &odds[d.rep.0 as usize];
    d.super_close = false;
    d.approval_pending = false;
    d.discount = r.market.buyer_expectation;
    let plain = r.exit_hazard(&d, o);
    assert_eq!(plain, o.hazard[Stage::Negotiate.index().unwrap()]);
    d.discount = r.market.buyer_expectation + 0.1;
    assert!(r.exit_hazard(&d, o) > plain);
    d.discount = r.market.buyer_expectation;
    d.approval_pending = true;
    assert_eq!(r.exit_hazard(&d, o), plain * 0.5);
    d.approval_pending = false;
    d.super_close = true;
    assert_eq!(r.exit_hazard(&d, o), (plain * 1.5).min(0.95));
}

#[test]
fn every_open_deal_stays_advances_or_closes_and_the_funnel_counts_each_move() {
    let mut r = run_of(baseline(), 5);
    let before: HashMap<DealId, (Stage, u32)> = r
        .pipeline
        .open
        .iter()
        .map(|d| (d.id, (d.stage, d.weeks_in_stage)))
        .collect();
    let count = |r: &Run| {
        r.team.reps.iter().fold((0, 0, 0), |(e, l, w), rep| {
            let f = &rep.funnel;
            (
                e + f.entered[1..].iter().sum::<u32>(),
                l + f.lost_at.iter().sum::<u32>(),
                w + f.won,
            )
        })
    };
    let (entered, lost, won) = count(&r);
    let closed_before = r.pipeline.closed.len();
    let mut log = log_for(&r);
    r.progress_deals(&mut log);
    let (mut stayed, mut advanced) = (0, 0);
    for d in &r.pipeline.open {
        let (stage, weeks) = before[&d.id];
        if d.stage == stage {
            assert_eq!(d.weeks_in_stage, weeks + 1, "a deal that stays ages a week");
            stayed += 1;
        } else {
            assert_eq!(d.stage, stage.next(), "a deal moves one stage at most");
            assert_eq!(d.weeks_in_stage, 0);
            advanced += 1;
        }
    }
    let closed = &r.pipeline.closed[closed_before..];
    assert!(closed.iter().all(|d| d.closed == Some(r.tick)));
    assert_eq!(
        stayed + advanced + closed.len(),
        before.len(),
        "no deal is lost track of"
    );
    let (entered2, lost2, won2) = count(&r);
    let wins = closed.iter().filter(|d| d.stage == Stage::Won).count() as u32;
    let losses = closed.iter().filter(|d| d.stage == Stage::Lost).count() as u32;
    assert_eq!(entered2 - entered, advanced as u32);
    assert_eq!(won2 - won, wins);
    assert_eq!(lost2 - lost, losses);
    assert!(
        stayed > 0 && advanced + closed.len() > 0,
        "a week moves some deals"
    );
    let revenue: f64 = closed
        .iter()
        .filter(|d| d.stage == Stage::Won)
        .map(|d| d.revenue())
        .sum();
    let tallied: f64 = log.tally.iter().map(|t| t.revenue).sum();
    assert!((revenue - tallied).abs() < 1e-6, "each win is booked once");
}

#[test]
fn leads_open_deals_at_prospect_in_filled_seats_only() {
    let mut r = run_of(baseline(), 6);
    r.depart(0, true);
    let open = r.pipeline.open.len();
    let leads: u32 = r.team.reps.iter().map(|x| x.funnel.leads).sum();
    let mut log = log_for(&r);
    let k = r.arrive_leads(&mut log);
    assert!(k > 0, "eight reps' week brings leads");
    assert_eq!(r.pipeline.open.len(), open + k as usize);
    let new = &r.pipeline.open[open..];
    assert!(
        new.iter()
            .all(|d| d.stage == Stage::Prospect && d.opened == r.tick)
    );
    assert!(
        new.iter().all(|d| d.rep != RepId(0)),
        "a vacant seat gets no leads"
    );
    let after: u32 = r.team.reps.iter().map(|x| x.funnel.leads).sum();
    assert_eq!(after - leads, k);
}

#[test]
fn drift_reverts_morale_builds_independence_from_wins_alone_and_fades_skills() {
    let mut s = baseline();
    s.effects.skill_decay = 0.01;
    let mut r = run_of(s, 7);
    r.team.reps[0].morale = 0.0;
    let independence = (r.team.reps[1].independence, r.team.reps[2].independence);
    let skills = r.team.reps[2].skills;
    let mut tally = vec![Tally::default(); r.team.reps.len()];
    tally[1].wins_alone = 2;
    r.drift(&tally);
    assert!(
        r.team.reps[0].morale > 0.0,
        "morale drifts back toward its baseline"
    );
    assert!(r.team.reps[1].independence > independence.0);
    assert_eq!(r.team.reps[2].independence, independence.1);
    assert!(
        r.team.reps[2].skills.closing < skills.closing,
        "unused skills fade"
    );
}

#[test]
fn the_record_adds_one_week_and_a_quiet_run_keeps_only_its_totals() {
    let mut r = run_of(baseline(), 8);
    r.step(&Plan::default()).expect("an empty plan");
    let w1 = r.ledger.history[0].clone();
    assert_eq!(w1.week, 1);
    assert_eq!(w1.cum_revenue, w1.revenue);
    assert_eq!(w1.reps.len(), r.team.reps.len());
    assert_eq!(r.ledger.plans.len(), 1);
    r.step(&Plan::default()).expect("an empty plan");
    let w2 = &r.ledger.history[1];
    assert_eq!(w2.week, 2);
    assert!((w2.cum_revenue - (w1.cum_revenue + w2.revenue)).abs() < 1e-9);

    let mut quiet = run_of(baseline(), 8);
    quiet.ledger.quiet = true;
    quiet.step(&Plan::default()).expect("an empty plan");
    let q = &quiet.ledger.history[0];
    assert_eq!(
        q.revenue, w1.revenue,
        "quiet changes the records, not the week"
    );
    assert!(q.reps.is_empty() && q.happenings.is_empty());
    assert!(quiet.ledger.plans.is_empty());
}
