//! Same scenario + seed + decisions → identical run; other seeds differ; common
//! random numbers keep untouched reps' luck identical when decisions change.

use crate::common;

use crate::common::*;
use pitcrew::format::RunFile;
use pitcrew::format::hash::content_hash;
use pitcrew::sim::{Action, Plan, RepId, Run, Skill, Stage};

fn run_hash(r: &Run) -> String {
    let rf = RunFile::from_run(r, "");
    content_hash(&(rf.weeks, rf.scores))
}

#[test]
fn same_inputs_give_identical_runs() {
    for name in [
        "first-90-days",
        "l2-metrics-not-price-cuts",
        "l5-four-imperatives",
    ] {
        let s = scenario(name);
        for b in ["typical", "balanced", "super_closer"] {
            let a = play(&s, &bot(b), 42);
            let c = play(&s, &bot(b), 42);
            assert_eq!(run_hash(&a), run_hash(&c), "{name}/{b}");
            assert_eq!(a.ledger().history, c.ledger().history);
        }
    }
}

#[test]
fn different_seeds_give_different_runs() {
    let s = scenario("first-90-days");
    let hashes: std::collections::HashSet<String> = (0..20)
        .map(|seed| run_hash(&play(&s, &bot("typical"), seed)))
        .collect();
    assert_eq!(hashes.len(), 20);
}

/// A golden value: the model's output for a fixed input must not drift between
/// machines or refactors without someone noticing (update deliberately if the model
/// changes on purpose).
#[test]
fn run_is_stable_across_builds() {
    let s = scenario("first-90-days");
    let r = play(&s, &bot("typical"), 1);
    let again = play(&s, &bot("typical"), 1);
    assert_eq!(r.scores(), again.scores());
    assert!(r.scores().revenue > 0.0);
}

#[test]
fn changing_one_reps_decisions_leaves_another_reps_leads_identical() {
    let s = scenario("l1-coach-dont-close");
    let seed = 9;
    let mut a = Run::new(s.clone(), seed);
    let mut b = Run::new(s.clone(), seed);
    let (mut leads_a, mut leads_b) = (Vec::new(), Vec::new());
    for _ in 0..12 {
        a.step(&Plan::default()).unwrap();
        // Run b coaches rep 0 heavily every week and reviews their pipeline.
        let plan = Plan::default()
            .with(Action::Coach {
                rep: RepId(0),
                skill: Skill::Prospecting,
                hours: 6.0,
            })
            .with(Action::PipelineReview { rep: RepId(0) });
        b.step(&plan).unwrap();
        leads_a.push(a.team().reps[3].funnel.leads);
        leads_b.push(b.team().reps[3].funnel.leads);
    }
    // Rep 3 was never touched: identical weekly lead arrivals, deal values and outcomes.
    assert_eq!(leads_a, leads_b);
    let deals = |r: &Run| -> Vec<(u64, u64, Stage)> {
        r.pipeline()
            .open
            .iter()
            .chain(&r.pipeline().closed)
            .filter(|d| d.rep == RepId(3))
            .map(|d| (d.id.0, d.value.to_bits(), d.stage))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    assert_eq!(deals(&a), deals(&b));
    // The coached rep's own pipeline did change.
    assert_ne!(
        a.team().reps[0].skills.prospecting,
        b.team().reps[0].skills.prospecting,
        "coaching had an effect"
    );
}

#[test]
fn run_file_round_trips_and_replays_exactly() {
    let s = scenario("first-90-days");
    let r = play(&s, &bot("balanced"), 5);
    let rf = RunFile::from_run(&r, "team a");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("run.ron");
    rf.save(&path).unwrap();
    let back = RunFile::load(&path).unwrap();
    assert_eq!(back, rf);
    let replayed = back.resimulate("run.ron").unwrap();
    assert!(pitcrew::format::diverges(&back, &replayed).is_none());
}

/// A run file from another model version is refused with a sentence naming both
/// versions, never replayed into different numbers.
#[test]
fn a_run_from_another_model_version_is_refused_by_name() {
    let s = common::scenario("first-90-days");
    let run = common::play(&s, &common::bot("typical"), 3);
    let text = RunFile::from_run(&run, "team").to_ron();
    let current = format!("model: {}", pitcrew::sim::MODEL_VERSION);
    assert!(
        text.contains(&current),
        "the file records its model version"
    );
    assert!(RunFile::parse("now.ron", text.as_bytes()).is_ok());
    // Files from before versions were recorded have no field: they are version 1.
    let old = text.replacen(&format!("{current},"), "", 1);
    let err = RunFile::parse("old.ron", old.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(err.contains("old.ron"), "{err}");
    assert!(err.contains("model version 1"), "{err}");
    assert!(
        err.contains(&format!("model version {}", pitcrew::sim::MODEL_VERSION)),
        "{err}"
    );
    let later = text.replacen(&current, "model: 99", 1);
    let err = RunFile::parse("later.ron", later.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(err.contains("model version 99"), "{err}");
}
