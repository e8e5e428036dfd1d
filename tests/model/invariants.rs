//! Property tests: whatever the seed and decisions, the model's books balance.

use crate::common::*;
use pitcrew::sim::{Action, DealId, Plan, RepId, Run, Skill, Stage};
use proptest::prelude::*;

/// A random (possibly invalid) action; invalid plans must be refused, not applied.
fn action(reps: u16) -> impl Strategy<Value = Action> {
    let rep = (0..reps + 1).prop_map(RepId);
    let skill = prop::sample::select(Skill::ALL.to_vec());
    prop_oneof![
        (rep.clone(), skill, 0.25f64..8.0).prop_map(|(rep, skill, hours)| Action::Coach {
            rep,
            skill,
            hours
        }),
        rep.clone().prop_map(|rep| Action::PipelineReview { rep }),
        rep.clone().prop_map(|rep| Action::Recognize { rep }),
        rep.clone().prop_map(|rep| Action::ProspectingPlan { rep }),
        rep.clone().prop_map(|rep| Action::Fire { rep }),
        rep.clone().prop_map(|seat| Action::Hire { seat }),
        (0u64..4, 0u32..40).prop_map(|(r, s)| Action::SuperClose {
            deal: DealId((r << 32) | s as u64)
        }),
        (0u64..4, 0u32..40).prop_map(|(r, s)| Action::RideAlong {
            deal: DealId((r << 32) | s as u64)
        }),
        Just(Action::BuildMetricsPack),
        Just(Action::DifferentiationWorkshop),
        Just(Action::AskOutlook),
        Just(Action::AskWhatsNew),
        (0.0f64..20.0).prop_map(|hours| Action::CarryBook { hours }),
    ]
}

fn plan(reps: u16) -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(action(reps), 0..6),
        0.0f64..=1.0,
        prop::option::of(0.0f64..0.5),
    )
        .prop_map(|(actions, absorb, discount_cap)| Plan {
            actions,
            absorb,
            discount_cap,
        })
}

fn check(run: &Run) {
    // Every deal is in exactly one place, once.
    let mut ids = std::collections::HashSet::new();
    for d in &run.pipeline().open {
        assert!(d.stage.is_open(), "open list holds only open deals");
        assert!(ids.insert(d.id), "deal {} appears twice", d.id);
        assert!(
            run.team().rep(d.rep).is_some_and(|r| r.is_active()),
            "deal owned by an empty seat"
        );
    }
    for d in &run.pipeline().closed {
        assert!(matches!(d.stage, Stage::Won | Stage::Lost));
        assert!(ids.insert(d.id), "deal {} appears twice", d.id);
    }
    // Money sums match: funnel revenue = sum of won deals; weekly revenue sums to total.
    let won: f64 = run
        .pipeline()
        .closed
        .iter()
        .filter(|d| d.stage == Stage::Won)
        .map(|d| d.revenue())
        .sum();
    let funnel: f64 = run.team().reps.iter().map(|r| r.funnel.revenue).sum();
    let weekly: f64 = run.ledger().history.iter().map(|w| w.revenue).sum();
    assert!(
        (won - funnel).abs() <= 1e-6 * won.max(1.0),
        "{won} vs {funnel}"
    );
    assert!((weekly - funnel).abs() <= 1e-6 * won.max(1.0));
    let margin: f64 = run.team().reps.iter().map(|r| r.funnel.margin).sum();
    let cost = run.scenario().market.cost_ratio;
    let expect: f64 = run
        .pipeline()
        .closed
        .iter()
        .filter(|d| d.stage == Stage::Won)
        .map(|d| d.revenue() - d.value * cost)
        .sum();
    assert!((margin - expect).abs() <= 1e-6 * won.max(1.0));
    // Everything in range, nothing NaN.
    for r in &run.team().reps {
        for k in Skill::ALL {
            let s = r.skills.get(k);
            assert!((0.0..=1.0).contains(&s), "skill {s}");
        }
        assert!((0.0..=1.0).contains(&r.morale));
        assert!((0.0..=1.0).contains(&r.independence));
        assert!((0.0..=run.scenario().effects.discount_ceiling).contains(&r.discount_habit));
        assert!(r.selling_hours.is_finite() && r.selling_hours >= 0.0);
    }
    for d in run.pipeline().open.iter().chain(&run.pipeline().closed) {
        assert!(d.value.is_finite() && d.value > 0.0);
        // Reps use the room under the cap, so an offer may pass the ask, never the cap.
        assert!((0.0..=0.5).contains(&d.discount), "discount {}", d.discount);
        assert!(d.discount <= d.discount_asked.max(0.5) + 1e-12);
    }
    let s = run.scores();
    for x in s.parts {
        assert!((0.0..=1.0).contains(&x), "sub-score {x}");
    }
    assert!(s.overall.is_finite() && (0.0..=100.0).contains(&s.overall));
    assert!(run.manager().goodwill >= -1e-9);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn invariants_hold_under_any_decisions(seed in any::<u64>(), plans in prop::collection::vec(plan(6), 13)) {
        let s = scenario("first-90-days");
        let mut run = Run::new(s, seed);
        for p in &plans {
            let before = run.tick();
            match run.step(p) {
                Ok(_) => prop_assert_eq!(run.tick(), before + 1),
                Err(_) => {
                    // A refused plan changes nothing; the week is played empty instead.
                    prop_assert_eq!(run.tick(), before);
                    run.step(&Plan::default()).unwrap();
                }
            }
            check(&run);
        }
        prop_assert!(run.is_finished());
    }

    #[test]
    fn bots_keep_invariants_on_every_scenario(seed in 0u64..1000, which in 0usize..7) {
        for name in ["first-90-days", "l2-metrics-not-price-cuts", "l4-executives-pit-crew", "l5-four-imperatives"] {
            let s = with_weeks(&scenario(name), 20);
            let run = play(&s, &bot(pitcrew::policy::STANDARD[which]), seed);
            check(&run);
        }
    }
}

#[test]
fn over_budget_plan_is_refused_and_explained() {
    let s = scenario("first-90-days");
    let mut run = Run::new(s, 1);
    let mut p = Plan::default();
    for r in 0..6 {
        p.actions.push(Action::Coach {
            rep: RepId(r),
            skill: Skill::Closing,
            hours: 8.0,
        });
    }
    let err = run.step(&p).unwrap_err().to_string();
    assert!(
        err.contains("48.0 h") && err.contains("free this week"),
        "{err}"
    );
    assert_eq!(run.tick(), 0);
}
