//! Hostile and careless files (issue 14): every one is refused, or runs, within 5 s and
//! 500 MB, with a message that names the file and the limit; no signal, no panic.
//!
//! Each command runs in a child process capped at 512 MiB of address space (an
//! allocation past it aborts the child, which the test sees as a signal) and killed
//! after a generous time limit; the bounds themselves hold by construction (sizes,
//! escape work and event counts are checked before the work is done).

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Address-space cap of every child: the 500 MB of the issue, rounded up.
const MEMORY: u64 = 512 * 1024 * 1024;

/// `pitcrew ARGS` with the memory cap and a time limit; returns (exit code, stderr,
/// stdout). A signal (abort on allocation failure, a kill on timeout) fails the test.
fn bounded(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let mut std_cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pitcrew"));
    std_cmd.current_dir(root()).args(args);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit is async-signal-safe; nothing else runs in the child.
        unsafe {
            std_cmd.pre_exec(|| {
                let lim = libc::rlimit {
                    rlim_cur: MEMORY,
                    rlim_max: MEMORY,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let mut cmd = Command::from_std(std_cmd);
    // Far above the 5 s the issue asks for: a loaded CI machine must not flake, and a
    // hang (a pipe read forever, quadratic parsing) still fails.
    cmd.timeout(Duration::from_secs(60));
    let out = cmd.output().expect("pitcrew runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let Some(code) = out.status.code() else {
        panic!(
            "pitcrew {args:?} ended by a signal ({:?}; killed on timeout or out of memory)\n{stderr}",
            out.status
        );
    };
    assert!(!stderr.contains("panicked"), "{stderr}");
    (code, stderr, stdout)
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

/// Runs `pitcrew ARGS…` and expects exit 1 with every `needles` in stderr.
fn refused(args: &[&std::ffi::OsStr], needles: &[&str]) -> String {
    let (code, stderr, _) = bounded(args);
    assert_eq!(code, 1, "pitcrew {args:?}: {stderr}");
    for n in needles {
        assert!(
            stderr.contains(n),
            "pitcrew {args:?}: missing {n:?} in\n{stderr}"
        );
    }
    stderr
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(root().join("scenarios").join(name)).unwrap()
}

fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// A decisions script that only hands over to a bot.
fn script(dir: &Path) -> PathBuf {
    let p = dir.join("d.ron");
    std::fs::write(&p, "(weeks: [], then: Some(\"typical\"))").unwrap();
    p
}

/// A finished run file of first-90-days, written by `play`.
fn run_file(dir: &Path) -> PathBuf {
    let out = dir.join("run.ron");
    let d = script(dir);
    let (code, stderr, _) = bounded(&[
        os("play"),
        root().join("scenarios/first-90-days.ron").as_os_str(),
        os("--decisions"),
        d.as_os_str(),
        os("--out"),
        out.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    out
}

/// Every command that reads a user's file, with `bad` in that file's place.
fn every_reader(dir: &Path, bad: &Path) -> Vec<Vec<std::ffi::OsString>> {
    let scenario = root().join("scenarios/first-90-days.ron");
    let d = script(dir);
    let out = dir.join("out.ron");
    let v = |xs: &[&std::ffi::OsStr]| xs.iter().map(|x| x.to_os_string()).collect();
    vec![
        v(&[os("validate"), bad.as_os_str()]),
        v(&[os("lint"), bad.as_os_str(), os("--seeds"), os("2")]),
        v(&[os("simulate"), bad.as_os_str(), os("--seeds"), os("2")]),
        v(&[os("compare"), bad.as_os_str(), os("--seeds"), os("2")]),
        v(&[os("replay"), bad.as_os_str()]),
        v(&[
            os("play"),
            bad.as_os_str(),
            os("--decisions"),
            d.as_os_str(),
            os("--out"),
            out.as_os_str(),
        ]),
        v(&[
            os("play"),
            scenario.as_os_str(),
            os("--decisions"),
            bad.as_os_str(),
            os("--out"),
            out.as_os_str(),
        ]),
    ]
}

fn refused_everywhere(dir: &Path, bad: &Path, needles: &[&str]) {
    for args in every_reader(dir, bad) {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let mut all = needles.to_vec();
        let name = bad.display().to_string();
        all.push(&name);
        refused(&args, &all);
    }
}

#[test]
fn devices_are_refused_by_name_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for dev in ["/dev/zero", "/dev/urandom"] {
        if Path::new(dev).exists() {
            refused_everywhere(dir.path(), Path::new(dev), &["it is a device"]);
        }
    }
    // Behind a link with a .ron name, too.
    let link = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    refused_everywhere(dir.path(), &link, &["it is a device", "not a regular file"]);
}

#[test]
fn named_pipes_are_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    refused_everywhere(dir.path(), &fifo, &["it is a named pipe"]);
}

#[test]
fn folders_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("x.ron");
    std::fs::create_dir(&folder).unwrap();
    refused_everywhere(dir.path(), &folder, &["it is a folder"]);
}

#[test]
fn a_deck_that_is_a_pipe_or_a_device_is_refused() {
    for make in ["pipe", "device"] {
        let dir = tempfile::tempdir().unwrap();
        let deck = dir.path().join("deck.ron");
        match make {
            "pipe" => mkfifo(&deck),
            _ => std::os::unix::fs::symlink("/dev/zero", &deck).unwrap(),
        }
        let d = dir.path().as_os_str();
        let kind = if make == "pipe" {
            "it is a named pipe"
        } else {
            "it is a device"
        };
        refused(&[os("deck"), d], &["deck.ron", kind]);
        refused(&[os("deck"), d, os("--deal"), os("1")], &["deck.ron", kind]);
    }
}

#[test]
fn a_scenario_of_escapes_is_refused_quickly_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("escapes.ron");
    // Just under 1 MiB: a briefing of `\n` escapes (took 43 s to validate before).
    let text = shipped("first-90-days.ron").replacen(
        "\"en\": \"Congratulations",
        &format!("\"en\": \"{}Congratulations", "\\n".repeat(500_000)),
        1,
    );
    assert!(text.len() < 1024 * 1024);
    std::fs::write(&path, &text).unwrap();
    let name = path.display().to_string();
    for cmd in ["validate", "lint", "simulate"] {
        refused(
            &[os(cmd), path.as_os_str()],
            &[&name, "too many escapes", "200000000"],
        );
    }
}

#[test]
fn a_run_file_of_escapes_is_refused_by_replay_and_the_workshop() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_file(dir.path());
    let text = std::fs::read_to_string(&run).unwrap();
    // An 820 KB run file (took over 20 s to replay before): the player's name is escapes.
    let bad = text.replacen(
        "player: \"\"",
        &format!("player: \"{}\"", "\\t".repeat(410_000)),
        1,
    );
    assert_ne!(bad, text);
    std::fs::write(&run, bad).unwrap();
    let name = run.display().to_string();
    refused(
        &[os("replay"), run.as_os_str()],
        &[&name, "too many escapes"],
    );
    let (code, stderr, _) = bounded(&[os("workshop"), dir.path().as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&name) && stderr.contains("too many escapes"),
        "{stderr}"
    );
}

#[test]
fn a_utf16_scenario_says_to_save_as_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("utf16.ron");
    let bytes: Vec<u8> = std::iter::once('\u{feff}')
        .chain(shipped("first-90-days.ron").chars())
        .collect::<String>()
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&path, bytes).unwrap();
    refused(
        &[os("validate"), path.as_os_str()],
        &["utf16.ron", "UTF-16", "save it as plain UTF-8 text"],
    );
}

#[test]
fn workshop_reports_what_it_cannot_read_and_counts_a_copy_once() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_file(dir.path());
    std::fs::copy(&run, dir.path().join("copy.ron")).unwrap();
    std::fs::create_dir(dir.path().join("x.ron")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.ron")).unwrap();
    std::os::unix::fs::symlink("loop.ron", dir.path().join("loop.ron")).unwrap();
    mkfifo(&dir.path().join("pipe.ron"));
    // A file name with a newline and a terminal escape code.
    let evil = dir.path().join("evil\n\u{1b}[2J.ron");
    std::fs::write(&evil, "(").unwrap();
    std::fs::remove_file(dir.path().join("d.ron")).unwrap();
    let (code, stderr, stdout) = bounded(&[os("workshop"), dir.path().as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    for needle in [
        "run.ron: a copy of",
        "x.ron: cannot read the file: it is a folder",
        "zero.ron: cannot read the file: it is a device",
        "pipe.ron: cannot read the file: it is a named pipe",
        "loop.ron: cannot read the file",
        "evil\\n\\u{1b}[2J.ron",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in\n{stderr}");
    }
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    assert!(stdout.contains("1 team,"), "{stdout}");
    assert!(stdout.contains("6 refused"), "{stdout}");
}

#[test]
fn deck_into_a_missing_folder_is_refused_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo");
    let stderr = refused(
        &[os("deck"), typo.as_os_str(), os("--deal"), os("1")],
        &["typo: no such folder"],
    );
    assert!(!stderr.contains("dealt"), "{stderr}");
    assert!(!typo.exists());
}

// ---- Bounded simulation (item 1) ----

/// first-90-days with `events` in place of its own, and another lead rate.
fn with_events(lead_rate: f64, events: &str) -> String {
    let text = shipped("first-90-days.ron");
    let start = text
        .find("    events: [")
        .expect("first-90-days has events");
    let end = start + text[start..].find("\n    ],").expect("events end") + "\n    ],".len();
    format!(
        "{}    events: [{events}],\n    market: (lead_rate: {lead_rate}),{}",
        &text[..start],
        &text[end..]
    )
}

#[test]
fn overlapping_booms_and_thousands_of_rfps_validate_and_run_bounded() {
    let dir = tempfile::tempdir().unwrap();
    // Before: overlapping booms multiplied lead flow without bound (SIGABRT at 1.8 GB),
    // and a thousand random RFPs a week got past the volume check.
    let booms = "(chance: 1.0, kind: EconomicSlowdown(lead_factor: 2.0, weeks: 104)),".repeat(200);
    let rfps = "(chance: 1.0, kind: BigRfp(value: 50000.0)),".repeat(600);
    let path = dir.path().join("storm.ron");
    let text = with_events(3.0, &format!("{booms}{rfps}"));
    std::fs::write(&path, &text).unwrap();
    let (code, stderr, _) = bounded(&[os("validate"), path.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    for cmd in ["simulate", "lint"] {
        let (code, stderr, stdout) = bounded(&[os(cmd), path.as_os_str(), os("--seeds"), os("4")]);
        assert!(code == 0 || code == 1, "{cmd}: {stderr}");
        assert!(!stdout.is_empty(), "{cmd}: {stderr}");
    }
}

#[test]
fn the_volume_check_counts_booms_and_rfps() {
    let dir = tempfile::tempdir().unwrap();
    // 40 leads a week for 6 reps over 13 weeks is about 6 000 deals: fine alone.
    let path = dir.path().join("boom.ron");
    let boom = "(week: 2, kind: EconomicSlowdown(lead_factor: 2.0, weeks: 10)),";
    std::fs::write(&path, with_events(40.0, boom)).unwrap();
    let (code, stderr, _) = bounded(&[os("validate"), path.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    // A thousand random RFPs a week would create 13 000 more: still fine. But the
    // 1 001st event is refused, and so are 17 events in one week.
    let many = "(chance: 0.5, kind: BigRfp(value: 1000.0)),".repeat(1001);
    std::fs::write(&path, with_events(1.0, &many)).unwrap();
    refused(
        &[os("validate"), path.as_os_str()],
        &["boom.ron: events: has 1001 events; at most 1000 are allowed"],
    );
    let same_week = "(week: 3, kind: BigRfp(value: 1000.0)),".repeat(17);
    std::fs::write(&path, with_events(1.0, &same_week)).unwrap();
    refused(
        &[os("validate"), path.as_os_str()],
        &["events: 17 events are scheduled for week 3; at most 16 take effect in one week"],
    );
}

#[test]
fn the_model_holds_its_limits_whatever_the_scenario() {
    use pitcrew::sim::limits::{MAX_DEALS, MAX_OPEN_DEALS, MAX_OPEN_DEALS_PER_REP};
    use pitcrew::sim::{Plan, Run};
    // A scenario no validation would pass: absurd lead rates and a storm of events,
    // straight into the model.
    let loaded = pitcrew::scenario::load_file(&root().join("scenarios/first-90-days.ron")).unwrap();
    let mut s = (*loaded.scenario).clone();
    s.market.lead_rate = 1e12;
    s.effects.plan_lead_boost = 5.0;
    s.weeks = 30;
    let storm: Vec<pitcrew::scenario::EventSpec> = (0..100)
        .map(|i| pitcrew::scenario::EventSpec {
            week: None,
            chance: Some(1.0),
            kind: if i % 2 == 0 {
                pitcrew::scenario::EventKind::EconomicSlowdown {
                    lead_factor: 2.0,
                    weeks: 104,
                }
            } else {
                pitcrew::scenario::EventKind::BigRfp {
                    value: 1e6,
                    rep: None,
                }
            },
            text: None,
        })
        .collect();
    s.events = storm;
    let mut run = Run::new(std::sync::Arc::new(s), 3);
    let seats = run.team().reps.len();
    while !run.is_finished() {
        run.step(&Plan::default())
            .expect("an empty plan is always possible");
        assert!(run.pipeline().open.len() <= MAX_OPEN_DEALS);
        assert!(run.pipeline().open.len() + run.pipeline().closed.len() <= MAX_DEALS);
        for seat in 0..seats {
            let open = run
                .pipeline()
                .open
                .iter()
                .filter(|d| d.rep.0 as usize == seat)
                .count();
            assert!(open <= MAX_OPEN_DEALS_PER_REP, "seat {seat}: {open}");
        }
        assert!(run.market().lead_factor <= 2.0);
        assert!(run.org().events.len() <= 16 * 104);
    }
    let notes: Vec<String> = run
        .ledger()
        .history
        .iter()
        .flat_map(|w| w.happenings.iter().map(move |h| (w, h)))
        .filter_map(|(w, h)| match h {
            pitcrew::sim::Happening::Event { .. }
            | pitcrew::sim::Happening::EventsSkipped { .. }
            | pitcrew::sim::Happening::LeadsTurnedAway { .. } => {
                Some(pitcrew::narrate::describe(h, w, &[]))
            }
            _ => None,
        })
        .collect();
    assert!(
        notes
            .iter()
            .any(|t| t.contains("at most 16 events take effect in one week"))
    );
    assert!(notes.iter().any(|t| t.contains("turned away")));
}

#[test]
fn a_boom_or_rfps_can_take_a_scenario_past_the_volume_limit() {
    use pitcrew::scenario::{EventKind, EventSpec, validate};
    let loaded = pitcrew::scenario::load_file(&root().join("scenarios/baseline.ron")).unwrap();
    let mut s = (*loaded.scenario).clone();
    let rep = s.team[0].clone();
    s.team = (0..100)
        .map(|i| {
            let mut r = rep.clone();
            r.name = format!("Rep {i}");
            r
        })
        .collect();
    s.weeks = 104;
    // 6 × 1.5 × 1.3 × 100 × 104 = 121 680 expected leads: allowed.
    s.market.lead_rate = 6.0;
    assert!(validate(&s).0.is_empty(), "{:?}", validate(&s).0);
    let event = |week, chance, kind| EventSpec {
        week,
        chance,
        kind,
        text: None,
    };
    let mut boom = s.clone();
    boom.events = vec![event(
        Some(10),
        None,
        EventKind::EconomicSlowdown {
            lead_factor: 1.8,
            weeks: 20,
        },
    )];
    let errors = validate(&boom).0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "market.lead_rate");
    assert!(
        errors[0].message.contains("×1.8")
            && errors[0].message.contains("events[0]")
            && errors[0].message.contains("the limit is 200000"),
        "{}",
        errors[0]
    );
    // A slump (factor below 1) never counts against the limit.
    let mut slump = boom.clone();
    slump.events[0].kind = EventKind::EconomicSlowdown {
        lead_factor: 0.5,
        weeks: 20,
    };
    assert!(validate(&slump).0.is_empty());
    // Random RFPs count by their expected number.
    let mut rfps = s.clone();
    rfps.events = (0..900)
        .map(|_| {
            event(
                None,
                Some(0.9),
                EventKind::BigRfp {
                    value: 1e5,
                    rep: None,
                },
            )
        })
        .collect();
    let errors = validate(&rfps).0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "events");
    assert!(
        errors[0].message.contains("from BigRfp events"),
        "{}",
        errors[0]
    );
}

// ---- Run files checked whole (item 4) ----

#[test]
fn a_run_file_whose_parts_disagree_is_refused_with_every_mismatch_named() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_file(dir.path());
    let text = std::fs::read_to_string(&run).unwrap();
    assert!(text.contains("finished: true"), "{text}");
    let edited = text
        .replacen(
            "scenario_id: \"first-90-days\"",
            "scenario_id: \"no-such-scenario\"",
            1,
        )
        .replacen("finished: true", "finished: false", 1)
        .replacen("player: \"\"", "player: \"Team\\tNorth\"", 1);
    std::fs::write(&run, edited).unwrap();
    let name = run.display().to_string();
    let stderr = refused(
        &[os("replay"), run.as_os_str()],
        &[
            &name,
            "does not hold together (4 found)",
            "scenario_id is \"no-such-scenario\" but the embedded scenario's id is \"first-90-days\"",
            "finished is false but 13 of the scenario's 13 weeks are played",
            "scores: an unfinished run has no final scores",
            "player: \"Team\\\\tNorth\" holds control characters",
        ],
    );
    assert!(!stderr.contains("identical"), "{stderr}");
    // An unfinished run that claims to be finished.
    let rf: pitcrew::format::RunFile = pitcrew::format::RunFile::parse("x", text.as_bytes())
        .expect("the file play wrote is whole");
    let mut short = rf.clone();
    short.plans.truncate(5);
    short.weeks.truncate(5);
    let problems = short.inconsistencies();
    assert_eq!(
        problems,
        vec!["finished is true but 5 of the scenario's 13 weeks are played".to_string()]
    );
    // The workshop refuses it by name too.
    let (code, stderr, _) = bounded(&[os("workshop"), dir.path().as_os_str()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("run.ron: the run file does not hold together"),
        "{stderr}"
    );
}

#[test]
fn play_refuses_a_player_name_a_run_file_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let d = script(dir.path());
    let out = dir.path().join("o.ron");
    let long = "x".repeat(61);
    for bad in ["a\nb", long.as_str()] {
        refused(
            &[
                os("play"),
                root().join("scenarios/first-90-days.ron").as_os_str(),
                os("--decisions"),
                d.as_os_str(),
                os("--out"),
                out.as_os_str(),
                os("--player"),
                os(bad),
            ],
            &["--player", "at most 60 characters"],
        );
    }
    assert!(!out.exists());
}

// ---- One hours rule (item 3) ----

#[test]
fn a_long_reporting_crunch_leaves_zero_hours_never_negative_and_every_command_plays_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crunch.ron");
    // Before: `play … then: Some("typical")` failed in week 2-3 with "the plan needs
    // 0.0 h but only -7.1 h are free", while simulate and lint accepted the same plans.
    let text = with_events(
        1.0,
        "(week: 1, kind: ReportingCrunch(hours: 40.0, weeks: 20)),\
         (chance: 0.3, kind: ReportingCrunch(hours: 40.0, weeks: 10)),",
    )
    .replacen(
        "standing_hours: 16.0",
        "hours_per_week: 12.0, standing_hours: 0.0",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let out = dir.path().join("run.ron");
    for bot in pitcrew::policy::STANDARD {
        let d = dir.path().join("d.ron");
        std::fs::write(&d, format!("(weeks: [], then: Some({bot:?}))")).unwrap();
        let (code, stderr, _) = bounded(&[
            os("play"),
            path.as_os_str(),
            os("--decisions"),
            d.as_os_str(),
            os("--out"),
            out.as_os_str(),
            os("--seed"),
            os("3"),
        ]);
        assert_eq!(code, 0, "{bot}: {stderr}");
        let (code, stderr, stdout) = bounded(&[os("replay"), out.as_os_str()]);
        assert_eq!(code, 0, "{bot}: {stderr}");
        assert!(stdout.contains("identical"), "{stdout}");
    }
    for cmd in ["simulate", "lint"] {
        let (code, stderr, _) = bounded(&[os(cmd), path.as_os_str(), os("--seeds"), os("3")]);
        assert!(code == 0 || code == 1, "{cmd}: {stderr}");
    }
    // The model: absorbing everything leaves 0 hours, not fewer, and an empty plan
    // (or a plan that only absorbs) is always possible.
    use pitcrew::sim::{Plan, Run};
    let s = pitcrew::scenario::load_file(&path).unwrap().scenario;
    let mut run = Run::new(s.clone(), 1);
    while !run.is_finished() {
        for absorb in [0.0, 0.5, 1.0] {
            let free = run.available_hours(absorb);
            assert!((0.0..=s.manager.hours_per_week).contains(&free), "{free}");
            assert!(run.absorbed_hours(absorb) <= s.manager.hours_per_week);
        }
        let plan = Plan {
            absorb: 1.0,
            ..Plan::default()
        };
        run.step(&plan)
            .expect("absorbing every demand is always a valid plan");
    }
}

// ---- Smaller items (item 6) ----

#[test]
fn new_scenario_with_a_long_accented_name_in_a_missing_folder_validates() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new").join("folder");
    // 74 characters, accents: the file it writes must validate.
    let name = "Équipe Nord-Est de Bretagne et Pays de la Loire: relance du trimestre 2026";
    assert_eq!(name.chars().count(), 74);
    let (code, stderr, stdout) = bounded(&[
        os("new-scenario"),
        os(name),
        os("--dir"),
        folder.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = &files[0];
    assert!(file.starts_with("equipe-nord-est-de-bretagne"), "{file}");
    assert!(file.len() <= 64 + 4, "{file}");
    assert!(file.is_ascii(), "{file}");
    assert!(stdout.contains(file.as_str()), "{stdout}");
    let (code, stderr, stdout) = bounded(&[os("validate"), folder.join(file).as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains(name), "{stdout}");
    // A name too long for a title is refused before anything is written.
    let long = "A".repeat(121);
    refused(
        &[
            os("new-scenario"),
            os(&long),
            os("--dir"),
            folder.as_os_str(),
        ],
        &["is 121 characters; a scenario's title may have at most 120"],
    );
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
}

#[test]
fn killed_writes_leave_no_temporary_files_behind() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("team.ron");
    // What a write killed before its rename leaves: a process id no system has.
    let stale = dir.path().join(".team.ron.4000000000.tmp");
    std::fs::write(&stale, "half a run").unwrap();
    let other = dir.path().join(".other.ron.4000000000.tmp");
    std::fs::write(&other, "another file's").unwrap();
    pitcrew::format::write_atomic(&target, b"(x)").unwrap();
    assert!(!stale.exists());
    assert!(other.exists(), "only the same file's leftovers are swept");
    assert_eq!(std::fs::read(&target).unwrap(), b"(x)");
}

// ---- Errors a trainer can act on (item 7) ----

/// `validate` of first-90-days with one substitution: its one error line.
fn validate_with(dir: &Path, from: &str, to: &str) -> String {
    let text = shipped("first-90-days.ron");
    assert!(text.contains(from), "{from}");
    let path = dir.join("my.ron");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let stderr = refused(&[os("validate"), path.as_os_str()], &["my.ron:"]);
    for internal in [
        "RepSpec",
        "PerStage",
        "ManagerSpec",
        "EventKind",
        "struct",
        "enum `",
        "r#",
    ] {
        assert!(!stderr.contains(internal), "{internal} in {stderr}");
    }
    stderr
}

#[test]
fn numbers_as_people_type_them_are_explained_with_the_field_and_the_right_form() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let quota = "quota_per_rep_per_quarter: 96000.0";
    for (from, to, needles) in [
        (
            "coaching_quality: 0.9",
            "coaching_quality: 0.9, discount_cap: 10%",
            vec!["manager.discount_cap: ", "10% is 0.1"],
        ),
        (
            quota,
            "quota_per_rep_per_quarter: 140 000",
            vec!["quota_per_rep_per_quarter: write 140000: no spaces or thousands separators"],
        ),
        (
            quota,
            "quota_per_rep_per_quarter: 140,000.0",
            vec!["quota_per_rep_per_quarter: write 140000.0: no spaces or thousands separators"],
        ),
        (
            quota,
            "quota_per_rep_per_quarter: 140k",
            vec!["140k is 140000"],
        ),
        (
            quota,
            "quota_per_rep_per_quarter: $140000",
            vec!["without a currency sign: 140000"],
        ),
        (
            "tenure_weeks: 260",
            "tenure_weeks: 120.0",
            vec!["team[0].tenure_weeks: a whole number is wanted here (0..=2080): write 120"],
        ),
        (
            "weeks: 13,",
            "weeks: -1,",
            vec!["weeks: -1 is out of range: write a whole number in 1..=104"],
        ),
        (
            "title: {\"en\": \"Your first 90 days\", \"de\": \"Ihre ersten 90 Tage\"}",
            "title: “Your first 90 days”",
            vec!["title: curly quotes", "straight double quotes"],
        ),
        (
            "lesson: L1,",
            "lesson: \"L1\",",
            vec!["lesson: a choice is written without quotes: write L1"],
        ),
    ] {
        let err = validate_with(d, from, to);
        for n in needles {
            assert!(err.contains(n), "{to}: missing {n:?} in\n{err}");
        }
    }
}

#[test]
fn a_repeated_field_names_its_record_not_the_field_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let err = validate_with(
        dir.path(),
        "goodwill: 0.0,",
        "goodwill: 0.0, coaching_quality: 0.5,",
    );
    assert!(
        err.contains(": manager: the field `coaching_quality` is given twice in manager"),
        "{err}"
    );
}

#[test]
fn records_name_their_path_and_show_an_example_never_a_type_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let err = validate_with(
        d,
        "    manager: (",
        "    pipeline: (mean_weeks: (qualify: 2.0)),\n    manager: (",
    );
    assert!(
        err.contains("pipeline.mean_weeks: missing required field `prospect` in a per-stage record, e.g. (prospect:"),
        "{err}"
    );
    let sam = "(name: \"Sam\",    skills: (prospecting: 0.60, qualifying: 0.55, discovery: 0.55, presenting: 0.60, negotiating: 0.55, closing: 0.60), morale: 0.70, independence: 0.7, tenure_weeks: 180),";
    let err = validate_with(d, sam, "\"Sam\",");
    assert!(
        err.contains("team[1]: Expected opening `(` for a team member, e.g. (name: \"Sam\""),
        "{err}"
    );
    let err = validate_with(
        d,
        "(week: 9, kind: ReportingCrunch(hours: 3.0, weeks: 2)",
        "(week: 9, kind: ReportingCrunch(hours: 3.0)",
    );
    assert!(
        err.contains("events[1].kind: missing required field `weeks` in ReportingCrunch, e.g. ReportingCrunch(hours: 3.0, weeks: 2)"),
        "{err}"
    );
    // A run file's own messages speak of the run file.
    let path = d.join("run.ron");
    std::fs::write(
        &path,
        format!("(format: 1, model: {})", pitcrew::sim::MODEL_VERSION),
    )
    .unwrap();
    let err = refused(&[os("replay"), path.as_os_str()], &["in the run file"]);
    assert!(!err.contains("RunFile"), "{err}");
}

#[test]
fn the_briefing_limit_counts_characters_as_the_readme_says() {
    let dir = tempfile::tempdir().unwrap();
    // 20 000 accented letters are 40 000 bytes: allowed; one more letter is not.
    for (n, ok) in [(20_000, true), (20_001, false)] {
        let text = shipped("first-90-days.ron");
        let text = {
            let start = text.find("\"en\": \"Congratulations").unwrap() + "\"en\": \"".len();
            let end = start + text[start..].find('"').unwrap();
            format!("{}{}{}", &text[..start], "é".repeat(n), &text[end..])
        };
        let path = dir.path().join("b.ron");
        std::fs::write(&path, text).unwrap();
        let (code, stderr, _) = bounded(&[os("validate"), path.as_os_str()]);
        if ok {
            assert_eq!(code, 0, "{stderr}");
        } else {
            assert!(
                stderr.contains("briefing: the en text is 20001 characters; at most 20000"),
                "{stderr}"
            );
        }
    }
    let readme = std::fs::read_to_string(root().join("scenarios/README.md")).unwrap();
    assert!(readme.contains("at most 20 000 characters"));
    assert!(!readme.contains("20 000 bytes"));
}

// ---- A workshop folder never loses a run (item 5, the model's side) ----

#[test]
fn two_games_under_one_team_name_never_overwrite_each_other() {
    use pitcrew::format::RunFile;
    use pitcrew::report::workshop::{Expect, TeamSave, load_dir, save_team_run};
    use pitcrew::sim::{Action, Plan, Run};
    let dir = tempfile::tempdir().unwrap();
    let s = pitcrew::scenario::load_file(&root().join("scenarios/first-90-days.ron"))
        .unwrap()
        .scenario;
    // Team A absorbs everything, team B nothing: different games, same name ("").
    let mut a = Run::new(s.clone(), 7);
    let mut b = Run::new(s.clone(), 7);
    let plan_a = Plan {
        absorb: 1.0,
        ..Plan::default()
    };
    let plan_b = Plan::default().with(Action::BuildMetricsPack);
    let save = |run: &Run| save_team_run(dir.path(), "team.ron", &RunFile::from_run(run, ""));
    for _ in 0..2 {
        a.step(&plan_a).unwrap();
        let saved = save(&a).unwrap();
        assert_eq!(saved.path, dir.path().join("team.ron"));
        assert_eq!(saved.clash, None);
    }
    b.step(&plan_b).unwrap();
    let saved = save(&b).unwrap();
    assert_eq!(
        saved,
        TeamSave {
            path: dir.path().join("team-2.ron"),
            clash: Some(dir.path().join("team.ron")),
            new_file: true,
        }
    );
    // Each keeps its own file from then on; the clash is news only the first time.
    a.step(&plan_a).unwrap();
    assert_eq!(save(&a).unwrap().path, dir.path().join("team.ron"));
    b.step(&Plan::default()).unwrap();
    let saved = save(&b).unwrap();
    assert_eq!(saved.path, dir.path().join("team-2.ron"));
    assert!(!saved.new_file);
    assert_eq!(
        RunFile::load(&dir.path().join("team.ron"))
            .unwrap()
            .plans
            .len(),
        3
    );
    assert_eq!(
        RunFile::load(&dir.path().join("team-2.ron"))
            .unwrap()
            .plans
            .len(),
        2
    );
    // The facilitator sees both: unnamed teams by their files' names, and teams that
    // typed the same name with their files.
    let names = |d: &Path| {
        let w = load_dir(d, &Expect::default()).unwrap();
        let mut v: Vec<_> = w.teams.iter().map(|t| t.name.clone()).collect();
        v.sort();
        v
    };
    assert_eq!(names(dir.path()), vec!["team", "team-2"]);
    let red = tempfile::tempdir().unwrap();
    for run in [&a, &b] {
        save_team_run(red.path(), "red.ron", &RunFile::from_run(run, "Red")).unwrap();
    }
    assert_eq!(
        names(red.path()),
        vec![
            "Red (red-2.ron: same name as another team)",
            "Red (red.ron: same name as another team)"
        ]
    );
    // A file that is not a run at all is not replaced either.
    std::fs::write(dir.path().join("x.ron"), "not a run").unwrap();
    let saved = save_team_run(dir.path(), "x.ron", &RunFile::from_run(&a, "X")).unwrap();
    assert_eq!(saved.path, dir.path().join("x-2.ron"));
    assert_eq!(
        std::fs::read(dir.path().join("x.ron")).unwrap(),
        b"not a run"
    );
}

#[test]
fn two_games_with_the_same_name_and_the_same_plans_stay_apart_by_their_ids() {
    use pitcrew::format::RunFile;
    use pitcrew::format::runfile::new_run_id;
    use pitcrew::report::workshop::{Expect, load_dir, save_team_run};
    use pitcrew::sim::{Plan, Run};
    let dir = tempfile::tempdir().unwrap();
    let s = pitcrew::scenario::load_file(&root().join("scenarios/first-90-days.ron"))
        .unwrap()
        .scenario;
    // Two teams typed the same name and both pressed "Resolve" on an empty week:
    // the same plans, so only the games' ids tell them apart.
    let (mut a, mut b) = (Run::new(s.clone(), 7), Run::new(s.clone(), 7));
    let (id_a, id_b) = (new_run_id(), new_run_id());
    assert_ne!(id_a, id_b);
    let file = |run: &Run, id: &str| {
        let mut f = RunFile::from_run(run, "Blue");
        f.run_id = id.to_string();
        f
    };
    for _ in 0..3 {
        a.step(&Plan::default()).unwrap();
        b.step(&Plan::default()).unwrap();
        let sa = save_team_run(dir.path(), "blue.ron", &file(&a, &id_a)).unwrap();
        let sb = save_team_run(dir.path(), "blue.ron", &file(&b, &id_b)).unwrap();
        assert_eq!(sa.path, dir.path().join("blue.ron"));
        assert_eq!(
            sb.path,
            dir.path().join("blue-2.ron"),
            "B never lands on A's file"
        );
        assert!(sb.clash.is_some());
    }
    let w = load_dir(dir.path(), &Expect::default()).unwrap();
    assert_eq!(w.teams.len(), 2, "the facilitator sees both teams");
    // An id with control characters is refused by name.
    let mut bad = file(&a, "x\u{1b}[31m");
    bad.scores = None;
    let problems = bad.inconsistencies().join("; ");
    assert!(problems.contains("run_id"), "{problems}");
}
