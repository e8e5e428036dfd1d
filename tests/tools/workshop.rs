//! Workshops end to end: four scripted teams on one seed, a run from another seed
//! refused, a half-finished run shown as such, an injected event recorded and replayed,
//! and the HTML comparison; lint's balance checks; new-scenario.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use assert_cmd::Command;
use pitcrew::format::{RunFile, diverges};
use pitcrew::report::workshop::{Expect, load_dir};
use pitcrew::scenario::{EventKind, load_file};
use pitcrew::sim::{Action, Plan, Run, Skill};
use predicates::str::contains;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pitcrew() -> Command {
    let mut c = Command::cargo_bin("pitcrew").expect("binary");
    c.current_dir(root());
    c
}

fn onboarding() -> Arc<pitcrew::scenario::Scenario> {
    load_file(&root().join("scenarios/first-90-days.ron"))
        .unwrap()
        .scenario
}

/// A team's run: `weeks` weeks of a fixed plan, with the facilitator's event injected.
fn team(dir: &Path, name: &str, seed: u64, weeks: u32, plan: &Plan) -> PathBuf {
    let mut run = Run::new(onboarding(), seed);
    run.inject(
        4,
        EventKind::CompetitorPriceCut {
            depth: 0.15,
            weeks: 4,
        },
        None,
    );
    for _ in 0..weeks {
        // A rep who left cannot be coached: that week the team plans nothing.
        if run.step(plan).is_err() {
            run.step(&Plan::new()).unwrap();
        }
    }
    let path = dir.join(format!("{name}.ron"));
    RunFile::from_run(&run, name).save(&path).unwrap();
    path
}

fn plans() -> Vec<(&'static str, Plan)> {
    let coach = Plan::new().with(Action::Coach {
        rep: pitcrew::sim::RepId(5),
        skill: Skill::Discovery,
        hours: 6.0,
    });
    let review = Plan::new().with(Action::PipelineReview {
        rep: pitcrew::sim::RepId(2),
    });
    let metrics = Plan::new().with(Action::BuildMetricsPack);
    let book = Plan::new().with(Action::CarryBook { hours: 20.0 });
    vec![
        ("red", coach),
        ("blue", review),
        ("green", metrics),
        ("gold", book),
    ]
}

#[test]
fn four_teams_on_one_seed_are_compared_and_an_intruder_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, plan) in plans() {
        team(dir.path(), name, 7, 13, &plan);
    }
    team(dir.path(), "late", 7, 5, &plans()[0].1);
    team(dir.path(), "wrong-seed", 8, 13, &plans()[0].1);
    std::fs::write(
        dir.path().join("broken.ron"),
        "(format: 1, scenario_id: \"first",
    )
    .unwrap();
    // The facilitator's deck sits in the same folder and is not a team.
    pitcrew::format::deck::Deck::deal(
        dir.path(),
        EventKind::ReportingCrunch {
            hours: 2.0,
            weeks: 2,
        },
        None,
    )
    .unwrap();

    let w = load_dir(dir.path(), &Expect::default()).unwrap();
    assert_eq!(w.seed, 7);
    assert_eq!(w.teams.len(), 5);
    assert_eq!(w.refused.len(), 2);
    assert!(
        w.refused
            .iter()
            .any(|r| r.reason.contains("seed 8") && r.reason.contains("refused"))
    );
    assert!(w.refused.iter().any(|r| r.file.ends_with("broken.ron")));
    let late = w.teams.iter().find(|t| t.name == "late").unwrap();
    assert!(!late.finished);
    assert_eq!(late.weeks_played, 5);
    assert!(
        w.teams
            .windows(2)
            .all(|p| p[0].scores.overall >= p[1].scores.overall),
        "leaderboard order"
    );
    assert_eq!(w.bots.len(), pitcrew::policy::STANDARD.len());
    assert!(
        w.teams
            .iter()
            .all(|t| t.decisions.len() == t.weeks_played as usize)
    );
    assert!(
        w.teams
            .iter()
            .find(|t| t.name == "green")
            .unwrap()
            .decisions[0]
            .contains("metrics pack")
    );

    let html = w.html();
    assert_eq!(html.matches("<svg").count(), 3);
    for n in [
        "red",
        "blue",
        "green",
        "gold",
        "late",
        "unfinished: 5 of 13 weeks",
        "played with seed 8",
    ] {
        assert!(html.contains(n), "{n}");
    }

    // The CLI: same comparison, refusal on stderr, exit 1, and the HTML written.
    let out = dir.path().join("workshop.html");
    pitcrew()
        .args(["workshop"])
        .arg(dir.path())
        .arg("--html")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(contains(
            "played with seed 8, but this workshop uses seed 7; refused",
        ))
        .stdout(contains("5 teams, 2 refused"))
        .stdout(contains("5 of 13 (unfinished)"));
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Leaderboard")
    );
}

#[test]
fn an_explicit_seed_overrides_the_majority() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path(), "a", 7, 3, &Plan::new());
    team(dir.path(), "b", 7, 3, &Plan::new());
    team(dir.path(), "c", 9, 3, &Plan::new());
    let w = load_dir(
        dir.path(),
        &Expect {
            seed: Some(9),
            scenario: None,
        },
    )
    .unwrap();
    assert_eq!(w.teams.len(), 1);
    assert_eq!(w.refused.len(), 2);
}

#[test]
fn a_saves_folder_counts_each_team_once() {
    // The game keeps `NAME.prev.ron` beside each save; a facilitator who points the
    // workshop at a saves folder must not see every team twice.
    let dir = tempfile::tempdir().unwrap();
    let a = team(dir.path(), "autosave", 7, 5, &Plan::new());
    std::fs::copy(&a, pitcrew::format::runfile::previous(&a)).unwrap();
    team(dir.path(), "save", 7, 3, &Plan::new());
    assert!(dir.path().join("autosave.prev.ron").is_file());
    let w = load_dir(dir.path(), &Expect::default()).unwrap();
    let names: Vec<&str> = w.teams.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["autosave", "save"]);
    assert!(w.refused.is_empty());
}

#[test]
fn an_injected_event_is_recorded_and_replayed_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = team(dir.path(), "red", 7, 13, &plans()[0].1);
    let file = RunFile::load(&path).unwrap();
    assert_eq!(file.injections.len(), 1);
    assert_eq!(file.injections[0].week, 4);
    let replayed = file.resimulate("red").unwrap();
    assert!(diverges(&file, &replayed).is_none());
    // Without the event the same decisions give another run: the event mattered.
    let mut plain = Run::new(onboarding(), 7);
    for p in &file.plans {
        plain.step(p).unwrap();
    }
    assert_ne!(plain.scores(), replayed.scores());
    pitcrew().arg("replay").arg(&path).assert().success();
}

#[test]
fn a_run_file_truncated_at_any_byte_is_refused_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = team(dir.path(), "red", 7, 4, &plans()[0].1);
    let bytes = std::fs::read(&path).unwrap();
    let cut = dir.path().join("cut.ron");
    // Every prefix, stepping through the file (every byte near the start and end).
    let step = (bytes.len() / 400).max(1);
    let cuts = (0..bytes.len()).filter(|i| *i < 64 || i % step == 0 || *i > bytes.len() - 64);
    for n in cuts {
        std::fs::write(&cut, &bytes[..n]).unwrap();
        let err = RunFile::load(&cut).expect_err("a truncated run file must be refused");
        let msg = err.to_string();
        assert!(msg.contains("cut.ron"), "{n}: {msg}");
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn lint(file: &Path) -> (i32, String) {
    let out = pitcrew()
        .args(["lint", "--seeds", "200"])
        .arg(file)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn lint_passes_the_shipped_lesson_scenarios() {
    for f in [
        "l1-coach-dont-close.ron",
        "l2-metrics-not-price-cuts.ron",
        "first-90-days.ron",
    ] {
        let (code, out) = lint(&root().join("scenarios").join(f));
        assert_eq!(code, 0, "{f}: {out}");
        assert!(out.contains("no problems found"), "{out}");
    }
}

#[test]
fn lint_catches_each_balance_problem_on_purpose_built_bad_scenarios() {
    let dir = tempfile::tempdir().unwrap();
    let l1 = std::fs::read_to_string(root().join("scenarios/l1-coach-dont-close.ron")).unwrap();
    let quota = l1
        .lines()
        .find(|l| l.trim_start().starts_with("quota_per_rep_per_quarter"))
        .unwrap();
    let unwinnable = write(
        dir.path(),
        "unwinnable.ron",
        &l1.replace(quota, "    quota_per_rep_per_quarter: 2000000.0,"),
    );
    let (code, out) = lint(&unwinnable);
    assert_eq!(code, 1);
    assert!(
        out.contains("unwinnable: the best bot's p90 attainment is"),
        "{out}"
    );

    let easy = write(
        dir.path(),
        "easy.ron",
        &l1.replace(quota, "    quota_per_rep_per_quarter: 5000.0,"),
    );
    let (code, out) = lint(&easy);
    assert_eq!(code, 1);
    assert!(out.contains("too easy"), "{out}");

    // An "L2" scenario where buyers demand deep cuts, reward them, and metrics do nothing.
    let l2 =
        std::fs::read_to_string(root().join("scenarios/l2-metrics-not-price-cuts.ron")).unwrap();
    let broken = l2
        .replace(
            "effects: (discount: 8.0)",
            "effects: (discount: 20.0, metrics: 0.0, differentiation: 0.0)",
        )
        .replace(
            "market: (price_pressure: 0.06, buyer_expectation: 0.07,",
            "market: (cost_ratio: 0.0, price_pressure: 0.25, buyer_expectation: 0.25,",
        );
    assert_ne!(broken, l2, "the L2 scenario has the fields to edit");
    let p = write(dir.path(), "l2-broken.ron", &broken);
    let (code, out) = lint(&p);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "L2 does not hold: value_seller is ahead of discounter on margin-adjusted revenue in only"
        ),
        "{out}"
    );

    let onboarding = std::fs::read_to_string(root().join("scenarios/first-90-days.ron")).unwrap();
    let late = onboarding.replacen(
        "events: [",
        "events: [ (week: 40, kind: ReportingCrunch(hours: 2.0, weeks: 2)), ",
        1,
    );
    assert_ne!(late, onboarding);
    let p = write(dir.path(), "late-event.ron", &late);
    let (code, out) = lint(&p);
    assert_eq!(code, 1);
    assert!(
        out.contains("fires in week 40, after the last week (13)"),
        "{out}"
    );
}

#[test]
fn new_scenario_writes_a_file_that_validates_and_lints_clean() {
    let dir = tempfile::tempdir().unwrap();
    pitcrew()
        .args(["new-scenario", "Northern Region: Q3!", "--dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(contains("northern-region-q3.ron"));
    let p = dir.path().join("northern-region-q3.ron");
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains("//"), "the file is commented");
    let s = load_file(&p).unwrap().scenario;
    assert_eq!(s.id, "northern-region-q3");
    assert_eq!(s.title, "Northern Region: Q3!");
    let (code, out) = lint(&p);
    assert_eq!(code, 0, "{out}");
    // It does not overwrite without --force.
    pitcrew()
        .args(["new-scenario", "Northern Region: Q3!", "--dir"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(contains("already exists"));
}

#[test]
fn a_replayed_run_keeps_the_deck_cards_it_played() {
    // Loading a save re-simulates it; the game checks card numbers so it never plays
    // a card twice, so the replay must keep them.
    let dir = tempfile::tempdir().unwrap();
    let mut run = Run::new(onboarding(), 7);
    run.inject_recorded(&[pitcrew::sim::Injection {
        week: 3,
        kind: EventKind::EconomicSlowdown {
            lead_factor: 0.6,
            weeks: 2,
        },
        text: Some("The economy slows".into()),
        card: Some(4),
    }]);
    for _ in 0..4 {
        run.step(&Plan::new()).unwrap();
    }
    let path = dir.path().join("team.ron");
    RunFile::from_run(&run, "team").save(&path).unwrap();
    let replayed = RunFile::load(&path).unwrap().resimulate("team").unwrap();
    assert_eq!(replayed.org().injections, run.org().injections);
    assert_eq!(replayed.ledger().history, run.ledger().history);
}

#[test]
fn out_of_range_events_in_a_deck_or_run_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // A deck card that would multiply every team's leads sixty-fold.
    write(
        dir.path(),
        "deck.ron",
        "(cards: [(id: 1, kind: EconomicSlowdown(lead_factor: 60.0, weeks: 2))])",
    );
    let err = pitcrew::format::deck::Deck::load(dir.path())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("deck.ron: cards[0].kind.lead_factor") && err.contains("60"),
        "{err}"
    );

    // The last card number: no room for another, said rather than overflowing.
    write(
        dir.path(),
        "deck.ron",
        "(cards: [(id: 4294967295, kind: EconomicSlowdown(lead_factor: 0.5, weeks: 2))])",
    );
    let err = pitcrew::format::deck::Deck::deal(
        dir.path(),
        EventKind::EconomicSlowdown {
            lead_factor: 0.5,
            weeks: 2,
        },
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("no card number is left"), "{err}");

    // The same event recorded in a run file.
    let mut run = Run::new(onboarding(), 7);
    run.inject(
        2,
        EventKind::EconomicSlowdown {
            lead_factor: 60.0,
            weeks: 2,
        },
        None,
    );
    let path = dir.path().join("team.ron");
    RunFile::from_run(&run, "team").save(&path).unwrap();
    let err = RunFile::load(&path).unwrap_err().to_string();
    assert!(
        err.contains("a recorded event is out of range: injections[0].kind.lead_factor"),
        "{err}"
    );
}
