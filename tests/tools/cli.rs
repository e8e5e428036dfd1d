//! End-to-end tests of the headless `pitcrew` commands: exit codes and the messages
//! a user actually sees.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

/// The package root, where `scenarios/` lives.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scenario(name: &str) -> PathBuf {
    root().join("scenarios").join(name)
}

/// `pitcrew` run from the package root.
fn pitcrew() -> Command {
    let mut c = Command::cargo_bin("pitcrew").expect("the pitcrew binary is built");
    c.current_dir(root());
    c
}

fn no_panic() -> impl Predicate<str> {
    contains("panicked")
        .not()
        .and(contains("RUST_BACKTRACE").not())
}

/// Stdout of a command that must succeed without a panic.
fn succeeds(cmd: &mut Command) -> String {
    let out = cmd.assert().code(0).stderr(no_panic());
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

/// Stderr of a command that must fail with exit 1 and no panic.
fn fails(cmd: &mut Command) -> String {
    let out = cmd.assert().code(1).stderr(no_panic());
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

/// Stderr of a `validate` that must fail.
fn validate_fails(file: &Path) -> String {
    fails(pitcrew().arg("validate").arg(file))
}

/// `simulate` of first-90-days with the coach over 20 seeds, in a format.
fn simulate_coach(format: &str) -> String {
    succeeds(pitcrew().args([
        "simulate",
        "scenarios/first-90-days.ron",
        "--policy",
        "coach",
        "--seeds",
        "20",
        "--format",
        format,
    ]))
}

/// The `LINE:COL` that follows `path:` in a message, if any.
fn line_col_after(message: &str, path: &str) -> Option<(usize, usize)> {
    let at = message.find(path)? + path.len();
    let rest = message[at..].strip_prefix(':')?;
    let mut parts = rest.splitn(3, ':');
    let line = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    parts.next()?;
    Some((line, col))
}

/// First-90-days text with the line of the second team member (`Sam`, `team[1]`)
/// changed by `edit`; also returns that line's 1-based number.
fn edit_sam(edit: impl Fn(&str) -> String) -> (String, usize) {
    let text = std::fs::read_to_string(scenario("first-90-days.ron")).unwrap();
    let mut lineno = 0;
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if l.contains("(name: \"Sam\"") {
                lineno = i + 1;
                edit(l)
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(lineno > 0, "Sam's line not found in first-90-days.ron");
    (lines.join("\n") + "\n", lineno)
}

// ---------------------------------------------------------------- validate

#[test]
fn validate_accepts_every_shipped_scenario() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 7,
        "expected the shipped scenarios, found {files:?}"
    );
    for f in &files {
        let rel = f.strip_prefix(root()).unwrap();
        pitcrew()
            .arg("validate")
            .arg(rel)
            .assert()
            .code(0)
            .stdout(contains(format!("{}: ok", rel.display())))
            .stderr(no_panic());
    }
    // All at once, too.
    let rels: Vec<&Path> = files
        .iter()
        .map(|f| f.strip_prefix(root()).unwrap())
        .collect();
    let stdout = succeeds(pitcrew().arg("validate").args(&rels));
    assert_eq!(stdout.matches(": ok").count(), files.len(), "{stdout}");
}

#[test]
fn validate_reports_syntax_error_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    // Line 3 has a stray `}` right after the title string.
    let text = "(\n    id: \"broken\",\n    title: \"Broken\"},\n    weeks: 13,\n)\n";
    std::fs::write(&path, text).unwrap();
    let line3 = text.lines().nth(2).unwrap();
    let col = line3.find('}').unwrap() + 1;
    assert_eq!(col, 20);
    let shown = path.display().to_string();
    let err = validate_fails(&path);
    // The field path follows the position: the mistake is in or right after `title`.
    assert!(
        err.contains(&format!("{shown}:3:{col}: title: Expected comma")),
        "expected `{shown}:3:{col}: title: Expected comma` in:\n{err}"
    );
}

#[test]
fn validate_reports_stray_token_after_whitespace_at_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stray.ron");
    // Line 3: a second number after `weeks: 13`, separated by a space.
    let text = "(\n    id: \"stray\",\n    weeks: 13 14,\n    title: \"t\",\n)\n";
    std::fs::write(&path, text).unwrap();
    let shown = path.display().to_string();
    let err = validate_fails(&path);
    let line3 = text.lines().nth(2).unwrap();
    let col = line3.find("14").unwrap() + 1;
    assert_eq!(col, 15);
    assert!(
        err.contains(&format!("{shown}:3:{col}: weeks: Expected comma")),
        "{err}"
    );
}

#[test]
fn validate_reports_skill_out_of_range_by_field_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skill.ron");
    let (text, _) = edit_sam(|l| l.replace("closing: 0.60", "closing: 1.4"));
    assert!(text.contains("closing: 1.4"));
    std::fs::write(&path, text).unwrap();
    let err = validate_fails(&path);
    assert!(err.contains("team[1].skills.closing"), "{err}");
    assert!(err.contains("1.4"), "{err}");
    assert!(err.contains("0..=1"), "{err}");
    // Only that one problem.
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn validate_rejects_unknown_field_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("colour.ron");
    let (text, lineno) = edit_sam(|l| l.replace("(name: \"Sam\",", "(name: \"Sam\", colour: 3,"));
    assert!(text.contains("colour: 3"));
    std::fs::write(&path, text).unwrap();
    let shown = path.display().to_string();
    let err = validate_fails(&path);
    assert!(err.contains("unknown field `colour`"), "{err}");
    assert!(err.contains("team member"), "{err}");
    assert!(err.contains("expected one of: name, skills"), "{err}");
    let (line, _) = line_col_after(&err, &shown).unwrap_or_else(|| panic!("no line:col in {err}"));
    assert_eq!(line, lineno, "{err}");
}

#[test]
fn validate_rejects_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.ron");
    std::fs::write(&path, "").unwrap();
    let err = validate_fails(&path);
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains("the file is empty"), "{err}");
    // Whitespace only counts as empty too.
    std::fs::write(&path, "  \n\t\n").unwrap();
    let err = validate_fails(&path);
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn validate_rejects_binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("binary.ron");
    let mut bytes = vec![0xff, 0xfe, 0x00];
    bytes.extend((0..=255u8).cycle().take(4096));
    std::fs::write(&path, bytes).unwrap();
    let err = validate_fails(&path);
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains("not a text file"), "{err}");
    assert!(err.contains("at byte 0"), "{err}");
}

#[test]
fn validate_rejects_huge_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let size = 1024 * 1024 + 1;
    let mut text = String::from("// padding\n");
    text.push_str(&" ".repeat(size - text.len()));
    assert_eq!(text.len(), size);
    std::fs::write(&path, text).unwrap();
    let err = validate_fails(&path);
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains(&format!("the file is {size} bytes")), "{err}");
    assert!(err.contains("limited to 1048576 bytes"), "{err}");
}

#[test]
fn validate_rejects_deep_nesting_without_crashing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.ron");
    std::fs::write(&path, "(".repeat(10_000)).unwrap();
    let err = validate_fails(&path);
    let shown = path.display().to_string();
    // The scenario's record wants a field name after the first `(`; the parser stops
    // there rather than descending 10,000 levels.
    assert!(
        err.contains(&format!("{shown}:1:2: Expected identifier")),
        "{err}"
    );
}

#[test]
fn validate_rejects_deep_nesting_inside_a_value() {
    // Nesting the parser actually descends into: a sequence of sequences.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep-seq.ron");
    let text = format!(
        "(\n    id: \"deep\",\n    title: \"t\",\n    weeks: 13,\n    quota_per_rep_per_quarter: 1.0,\n    objectives: {}\n",
        "[".repeat(10_000)
    );
    std::fs::write(&path, text).unwrap();
    let err = validate_fails(&path);
    let shown = path.display().to_string();
    // `objectives` holds texts, so the second `[` is refused once read (line 6, column 19).
    let col = "    objectives: [[".len() + 1;
    assert_eq!(col, 19);
    assert!(
        err.contains(&format!(
            "{shown}:6:{col}: objectives[0][0]: text is wanted here, in double quotes"
        )),
        "{err}"
    );
    // What was found is quoted, not all ten thousand brackets of it.
    assert!(err.len() < 400, "{err}");
}

#[test]
fn validate_without_files_is_a_usage_error() {
    pitcrew()
        .arg("validate")
        .assert()
        .code(2)
        .stderr(contains("Usage").and(contains("<FILES>")));
}

#[test]
fn validate_missing_file_names_it() {
    let err = validate_fails(Path::new("scenarios/no-such-scenario.ron"));
    assert!(
        err.contains("scenarios/no-such-scenario.ron: cannot read the file"),
        "{err}"
    );
}

// ---------------------------------------------------------------- simulate

#[test]
fn simulate_writes_csv() {
    let stdout = simulate_coach("csv");
    assert!(stdout.starts_with("metric,mean,p10,p50,p90\n"), "{stdout}");
    let overall = stdout
        .lines()
        .find(|l| l.starts_with("overall,"))
        .unwrap_or_else(|| panic!("no overall row in {stdout}"));
    let cells: Vec<&str> = overall.split(',').collect();
    assert_eq!(cells.len(), 5, "{overall}");
    for c in &cells[1..] {
        c.parse::<f64>()
            .unwrap_or_else(|_| panic!("{c:?} in {overall}"));
    }
    // One row per metric, all with five cells.
    assert_eq!(stdout.lines().count(), 11, "{stdout}");
    assert!(
        stdout.lines().all(|l| l.split(',').count() == 5),
        "{stdout}"
    );
}

#[test]
fn simulate_writes_json() {
    let stdout = simulate_coach("json");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(v["policy"], "coach");
    assert_eq!(v["scenario"], "first-90-days");
    assert_eq!(v["runs"], 20);
    assert_eq!(v["weeks"], 13);
    assert!(v["metrics"]["overall"]["mean"].is_number(), "{stdout}");
    assert!(stdout.contains("\"policy\": \"coach\""), "{stdout}");
}

#[test]
fn simulate_unknown_policy_names_the_choices() {
    let out = pitcrew()
        .args([
            "simulate",
            "scenarios/first-90-days.ron",
            "--policy",
            "micromanager",
            "--seeds",
            "2",
        ])
        .assert()
        .code(1)
        .stderr(contains("unknown policy \"micromanager\"").and(contains("choose one of")))
        .stderr(no_panic());
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    for name in pitcrew::policy::names() {
        assert!(err.contains(&name), "{name} missing from {err}");
    }
}

// ---------------------------------------------------------------- compare

#[test]
fn compare_shows_every_standard_bot() {
    let stdout =
        succeeds(pitcrew().args(["compare", "scenarios/first-90-days.ron", "--seeds", "10"]));
    for name in pitcrew::policy::STANDARD {
        assert!(
            stdout.lines().any(|l| l.starts_with(name)),
            "{name} has no row in:\n{stdout}"
        );
    }
    assert!(stdout.contains("Paired against typical"), "{stdout}");
    assert!(stdout.contains("on the same 10 seeds"), "{stdout}");
    // A legend says what each bot stands for, in the reader's language.
    assert!(stdout.contains("What the bots do:"), "{stdout}");
    assert!(
        stdout.contains("  super_closer  Closes the biggest deals personally every week"),
        "{stdout}"
    );
}

// ---------------------------------------------------------------- play / replay

const DECISIONS: &str = "(weeks: [ (actions: [Coach(rep: 0, skill: Discovery, hours: 2.0)], absorb: 0.5) ], then: Some(\"coach\"))\n";

/// Plays first-90-days with [`DECISIONS`] into `dir/run.ron`.
fn play_into(dir: &Path) -> PathBuf {
    let decisions = dir.join("decisions.ron");
    std::fs::write(&decisions, DECISIONS).unwrap();
    let run = dir.join("run.ron");
    pitcrew()
        .args(["play", "scenarios/first-90-days.ron", "--decisions"])
        .arg(&decisions)
        .args(["--seed", "7", "--out"])
        .arg(&run)
        .assert()
        .code(0)
        .stdout(contains("13 weeks played").and(contains("run file written to")))
        .stderr(no_panic());
    assert!(run.is_file(), "{} not written", run.display());
    run
}

#[test]
fn play_then_replay_is_identical_and_tampering_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let run = play_into(dir.path());
    let shown = run.display().to_string();

    pitcrew()
        .arg("replay")
        .arg(&run)
        .assert()
        .code(0)
        .stdout(contains(format!("{shown}: identical")).and(contains("13 weeks")))
        .stderr(no_panic());

    let mut rf = pitcrew::format::RunFile::load(&run).expect("run file loads");
    assert_eq!(rf.seed, 7);
    assert_eq!(rf.weeks.len(), 13);
    assert!(rf.finished);
    rf.weeks[3].revenue += 1000.0;
    rf.save(&run).unwrap();

    pitcrew()
        .arg("replay")
        .arg(&run)
        .assert()
        .code(1)
        .stderr(contains(format!("{shown}: diverges in week 4: revenue")))
        .stderr(no_panic());
}

#[test]
fn play_is_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let ra = pitcrew::format::RunFile::load(&play_into(a.path())).unwrap();
    let rb = pitcrew::format::RunFile::load(&play_into(b.path())).unwrap();
    assert_eq!(ra, rb);
}

/// Plays a one-week script that must be refused; returns stderr.
fn play_refused(script: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let decisions = dir.path().join("decisions.ron");
    std::fs::write(&decisions, script).unwrap();
    let run = dir.path().join("run.ron");
    let err = fails(
        pitcrew()
            .args(["play", "scenarios/first-90-days.ron", "--decisions"])
            .arg(&decisions)
            .args(["--seed", "7", "--out"])
            .arg(&run),
    );
    assert!(!run.exists(), "a refused play must not write a run file");
    assert!(err.contains(&decisions.display().to_string()), "{err}");
    err
}

#[test]
fn play_refuses_an_over_budget_week() {
    // Six reps coached for the maximum 8 h each: 48 h against the 29 h a new
    // manager's 45 h week leaves after its 16 standing hours.
    let coach: Vec<String> = (0..6)
        .map(|r| format!("Coach(rep: {r}, skill: Discovery, hours: 8.0)"))
        .collect();
    let script = format!(
        "(weeks: [ (actions: [{}], absorb: 0.0) ])",
        coach.join(", ")
    );
    let err = play_refused(&script);
    assert!(
        err.contains("week 1: the plan needs 48.0 h but only 29.0 h are free this week"),
        "{err}"
    );
}

#[test]
fn play_refuses_an_out_of_range_action() {
    let err = play_refused("(weeks: [ (actions: [CarryBook(hours: 60.0)], absorb: 0.0) ])");
    assert!(
        err.contains("week 1: hours on your own book: 60 is outside 0..=29"),
        "{err}"
    );
}

#[test]
fn play_rejects_deep_nesting_in_a_script_without_crashing() {
    // Nesting inside a real field: refused with a position, never a stack overflow.
    let script = format!("(weeks: [ (actions: {}) ])", "[".repeat(10_000));
    let err = play_refused(&script);
    assert!(err.contains("decisions.ron:1:"), "{err}");
}

#[test]
fn play_rejects_a_misspelt_plan_field() {
    // `actoins` for `actions`: silently ignoring it would play an empty week.
    let err = play_refused("(weeks: [ (actoins: [CarryBook(hours: 60.0)], absorb: 0.0) ])");
    assert!(err.contains("actoins"), "{err}");
}

#[test]
fn replay_of_a_truncated_run_file_names_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let run = play_into(dir.path());
    let text = std::fs::read_to_string(&run).unwrap();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    std::fs::write(&run, &text[..cut]).unwrap();
    let shown = run.display().to_string();
    let err = fails(pitcrew().arg("replay").arg(&run));
    let (line, col) =
        line_col_after(&err, &shown).unwrap_or_else(|| panic!("no {shown}:LINE:COL: in {err}"));
    let lines = text[..cut].lines().count();
    assert!(
        line >= 1 && line <= lines + 1,
        "line {line} of {lines}: {err}"
    );
    assert!(col >= 1, "{err}");
}

#[test]
fn replay_of_a_missing_file_names_it() {
    pitcrew()
        .args(["replay", "no-such-run.ron"])
        .assert()
        .code(1)
        .stderr(contains("no-such-run.ron: cannot read the file"))
        .stderr(no_panic());
}

#[test]
fn sensitivity_moves_every_effect_parameter_and_names_the_best_bot() {
    let out = succeeds(pitcrew().args([
        "sensitivity",
        "scenarios/first-90-days.ron",
        "--seeds",
        "3",
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let variants = v["variants"].as_array().expect("variants");
    assert!(variants.len() >= 100, "{}", variants.len());
    assert!(variants.iter().all(|c| c["best_bot"].is_string()));
    assert_eq!(v["lesson"], "L1");
    assert!(v["lesson_share"].is_number());
    let table = succeeds(pitcrew().args(["sensitivity", "scenarios/baseline.ron", "--seeds", "2"]));
    assert!(
        table.contains("effects.super_close_morale −25 %"),
        "{table}"
    );
    assert!(
        table.contains("best bot (mean overall score), variants:"),
        "{table}"
    );
}

#[test]
fn lint_with_sensitivity_judges_the_lesson_across_variants() {
    let out = pitcrew()
        .args([
            "lint",
            "scenarios/l2-metrics-not-price-cuts.ron",
            "--seeds",
            "20",
            "--sensitivity",
            "5",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("L2 is robust: it holds in") || text.contains("L2 is fragile"),
        "{text}"
    );
}

// ---------------------------------------------------------------- in German

#[test]
fn validate_in_german_keeps_the_position_and_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prozent.ron");
    let (text, lineno) = edit_sam(|l| l.replace("closing: 0.60", "closing: 60%"));
    std::fs::write(&path, text).unwrap();
    let shown = path.display().to_string();
    let err = fails(pitcrew().args(["--lang", "de", "validate"]).arg(&path));
    let (line, _) =
        line_col_after(&err, &shown).unwrap_or_else(|| panic!("no {shown}:LINE:COL in:\n{err}"));
    assert_eq!(line, lineno, "{err}");
    assert!(
        err.contains("team[1].skills.closing: schreiben Sie einen Anteil als Dezimalzahl ohne `%`"),
        "{err}"
    );
    assert!(!err.contains("write a share"), "{err}");
}

#[test]
fn compare_in_german_has_german_table_headers_and_english_csv() {
    let args = [
        "--lang",
        "de",
        "compare",
        "scenarios/first-90-days.ron",
        "--seeds",
        "3",
    ];
    let table = succeeds(pitcrew().args(args));
    // The legend says what each bot does in German too.
    assert!(
        table.contains("  super_closer  Schließt jede Woche die größten Deals persönlich ab"),
        "{table}"
    );
    for word in [
        "Gesamtwertung",
        "Bindung",
        "auf denselben 3 Startwerten",
        "Gepaart gegen typical",
    ] {
        assert!(table.contains(word), "{word} missing in:\n{table}");
    }
    assert!(
        !table.contains("revenue_vs_quota") && !table.contains("Paired against"),
        "{table}"
    );
    // CSV is data for other tools: its column names stay English.
    let csv = succeeds(pitcrew().args(args).args(["--format", "csv"]));
    assert!(csv.starts_with("policy,metric,mean,p10,p50,p90"), "{csv}");
}

/// A reader that leaves early (`pitcrew compare … | head -3`) ends a printing command
/// without a panic or a "Broken pipe" message: on unix it dies of SIGPIPE, as `cat`
/// does (status 141 in the shell).
#[test]
fn printing_commands_end_quietly_when_stdout_is_closed() {
    let runs: [&[&str]; 4] = [
        &["compare", "scenarios/first-90-days.ron", "--seeds", "20"],
        &[
            "simulate",
            "scenarios/first-90-days.ron",
            "--seeds",
            "5",
            "--format",
            "csv",
        ],
        &["parameters"],
        &["validate", "scenarios/first-90-days.ron"],
    ];
    for args in runs {
        // The reader is closed before the command starts, so its first write already
        // finds nobody reading, whatever the timing.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_pitcrew"))
            .current_dir(root())
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        for bad in ["panicked", "Broken pipe", "RUST_BACKTRACE"] {
            assert!(!err.contains(bad), "{args:?}: {bad} in stderr:\n{err}");
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{args:?}: {err}");
        }
    }
}

/// The operating system's refusal comes in the reader's language, with its number.
#[test]
fn a_missing_file_is_said_in_german() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .args(["--lang", "de", "validate", "/nonexistent/pitcrew/x.ron"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent/pitcrew/x.ron: Die Datei kann nicht gelesen werden: Datei oder Ordner nicht gefunden (Systemfehler 2)"),
        "{err}"
    );
}
