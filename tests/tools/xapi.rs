//! Learning records against a real learning record store (Ralph, installed by
//! `scripts/setup.sh test`) on loopback: a finished run's statements are sent with
//! `--lrs`, read back through the LRS's own API and checked; statements made while the
//! LRS is down wait in the queue and arrive exactly once when it is back. They also
//! validate against Ralph's xAPI models, a validator written apart from Pit Crew.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pitcrew::format::RunFile;
use pitcrew::format::hash::content_hash;

const AUTH: &str = "pitcrew:secret";

fn venv() -> PathBuf {
    let dir = std::env::var_os("PITCREW_LRS_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/pitcrew-lrs")
        });
    assert!(
        dir.join("bin/python").exists(),
        "no Ralph LRS in {}: run `bash scripts/setup.sh test`",
        dir.display()
    );
    dir
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts")
        .join(name)
}

/// A Ralph LRS on loopback, stopped when dropped.
struct Ralph(Child);

impl Drop for Ralph {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// Every statement the LRS holds, through its own API.
fn stored(port: u16) -> Option<Vec<serde_json::Value>> {
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode(AUTH);
    let mut res = agent()
        .get(format!("http://127.0.0.1:{port}/xAPI/statements?limit=100"))
        .header("Authorization", &format!("Basic {auth}"))
        .header("X-Experience-API-Version", "1.0.3")
        .call()
        .ok()?;
    if res.status() != 200 {
        return None;
    }
    let v: serde_json::Value = res.body_mut().read_json().ok()?;
    v["statements"].as_array().cloned()
}

fn start_lrs(dir: &Path, port: u16) -> Ralph {
    let child = Command::new(venv().join("bin/python"))
        .arg(script("lrs.py"))
        .arg(dir)
        .arg(port.to_string())
        .arg(AUTH)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the LRS starts");
    let ralph = Ralph(child);
    let t = Instant::now();
    while stored(port).is_none() {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "the LRS did not answer"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    ralph
}

/// The onboarding quarter with a pass mark, in `dir`.
fn scenario_with_pass_mark(dir: &Path, mark: f64) -> PathBuf {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/first-90-days.ron"),
    )
    .unwrap();
    let text = text.replacen(
        "    weeks: 13,",
        &format!("    weeks: 13,\n    pass_mark: Some({mark:.1}),"),
        1,
    );
    assert!(text.contains("pass_mark"));
    let path = dir.join(format!("pass-{mark}.ron"));
    std::fs::write(&path, text).unwrap();
    path
}

/// `pitcrew play` with the coach bot, sending to an LRS on `port`; returns its output.
fn play(dir: &Path, scenario: &Path, port: u16, out: &Path) -> String {
    let decisions = dir.join("coach.ron");
    std::fs::write(&decisions, r#"(weeks: [], then: Some("coach"))"#).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("play")
        .arg(scenario)
        .arg("--decisions")
        .arg(&decisions)
        .args(["--seed", "3", "--player", "Ana Example"])
        .arg("--out")
        .arg(out)
        .args(["--lrs", &format!("http://127.0.0.1:{port}/xAPI")])
        .args(["--lrs-auth", AUTH])
        .arg("--queue")
        .arg(dir.join("queue"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        o.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    text
}

fn verbs(statements: &[serde_json::Value]) -> Vec<String> {
    let mut v: Vec<String> = statements
        .iter()
        .map(|s| s["verb"]["display"]["en-US"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

fn queued(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("queue"))
        .map(|d| d.filter(|e| e.as_ref().unwrap().path().is_file()).count())
        .unwrap_or(0)
}

#[test]
fn a_finished_runs_statements_reach_a_real_lrs() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let _lrs = start_lrs(&dir.path().join("lrs"), port);

    // Passed: the coach bot's quarter scores above 60.
    let run_path = dir.path().join("passed.ron");
    let said = play(
        dir.path(),
        &scenario_with_pass_mark(dir.path(), 60.0),
        port,
        &run_path,
    );
    assert!(
        said.contains("3 statements in the learning record store"),
        "{said}"
    );
    assert_eq!(queued(dir.path()), 0, "nothing left waiting");
    let run = RunFile::load(&run_path).unwrap();
    let overall = run.scores.as_ref().unwrap().overall;
    assert!(overall > 60.0);
    let got = stored(port).unwrap();
    assert_eq!(verbs(&got), ["completed", "initialized", "passed"]);
    for s in &got {
        assert_eq!(s["actor"]["account"]["name"], "Ana Example");
        assert_eq!(
            s["object"]["id"],
            "https://xapi.pitcrew.example/scenario/first-90-days"
        );
        assert_eq!(
            s["object"]["definition"]["type"],
            "http://adlnet.gov/expapi/activities/simulation"
        );
        assert_eq!(
            s["context"]["registration"],
            got[0]["context"]["registration"]
        );
        assert_eq!(
            s["context"]["extensions"]["https://xapi.pitcrew.example/extension/run-hash"],
            content_hash(&run),
            "the record points at this run file"
        );
        if s["verb"]["display"]["en-US"] != "initialized" {
            let scaled = s["result"]["score"]["scaled"].as_f64().unwrap();
            assert!((scaled - overall / 100.0).abs() < 1e-12);
            assert_eq!(s["result"]["completion"], true);
            assert_eq!(s["result"]["success"], true);
            assert!(s["result"]["duration"].as_str().unwrap().starts_with("PT"));
        }
    }

    // Failed: the same quarter against a pass mark of 99.
    let failed_path = dir.path().join("failed.ron");
    play(
        dir.path(),
        &scenario_with_pass_mark(dir.path(), 99.0),
        port,
        &failed_path,
    );
    let got = stored(port).unwrap();
    assert_eq!(got.len(), 6);
    assert!(verbs(&got).contains(&"failed".to_string()));
}

#[test]
fn statements_made_while_the_lrs_is_down_arrive_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let run_path = dir.path().join("run.ron");
    let said = play(
        dir.path(),
        &scenario_with_pass_mark(dir.path(), 60.0),
        port,
        &run_path,
    );
    assert!(said.contains("3 queued"), "{said}");
    assert_eq!(queued(dir.path()), 3, "kept on disk, not lost");

    let _lrs = start_lrs(&dir.path().join("lrs"), port);
    assert_eq!(stored(port).unwrap().len(), 0);
    let flush = || {
        let o = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
            .arg("xapi")
            .args(["--lrs", &format!("http://127.0.0.1:{port}/xAPI")])
            .args(["--lrs-auth", AUTH])
            .arg("--queue")
            .arg(dir.path().join("queue"))
            .output()
            .unwrap();
        assert!(o.status.success());
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    assert!(flush().contains("3 statements"));
    assert_eq!(queued(dir.path()), 0);
    // Sent again (a lost reply, a second export): still one record each.
    let o = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("xapi")
        .arg(&run_path)
        .args(["--lrs", &format!("http://127.0.0.1:{port}/xAPI")])
        .args(["--lrs-auth", AUTH])
        .arg("--queue")
        .arg(dir.path().join("queue"))
        .output()
        .unwrap();
    assert!(o.status.success());
    flush();
    let got = stored(port).unwrap();
    assert_eq!(verbs(&got), ["completed", "initialized", "passed"]);
}

#[test]
fn statements_validate_against_ralphs_xapi_models() {
    let dir = tempfile::tempdir().unwrap();
    let run_path = dir.path().join("run.ron");
    // No LRS on this port: the statements are only written.
    play(
        dir.path(),
        &scenario_with_pass_mark(dir.path(), 60.0),
        free_port(),
        &run_path,
    );
    let out = dir.path().join("statements.json");
    let o = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("xapi")
        .arg(&run_path)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success());
    let validate = |text: &str| {
        let mut child = Command::new(venv().join("bin/python"))
            .arg(script("xapi_validate.py"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let o = child.wait_with_output().unwrap();
        (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).to_string(),
        )
    };
    let text = std::fs::read_to_string(&out).unwrap();
    let (ok, said) = validate(&text);
    assert!(ok, "{said}");
    assert_eq!(said.matches("valid").count(), 3, "{said}");
    // The validator is not a rubber stamp: a score out of range is refused.
    let broken = text.replacen("\"scaled\": 0.", "\"scaled\": 3.", 1);
    assert_ne!(broken, text);
    let (ok, said) = validate(&broken);
    assert!(!ok, "{said}");
}

#[test]
fn a_workshop_servers_finished_teams_are_recorded() {
    use pitcrew::serve::client::{Client, Invite};

    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let _lrs = start_lrs(&dir.path().join("lrs"), port);
    let room = dir.path().join("room");
    let lrs = format!("http://127.0.0.1:{port}/xAPI");
    let server = crate::serve::start_with(
        &room,
        &[
            "--scenario",
            "first-90-days",
            "--seed",
            "5",
            "--lrs",
            &lrs,
            "--lrs-auth",
            AUTH,
            "--home-page",
            "https://lms.example.com",
        ],
    );
    let join = format!("{}/{}", server.base, server.code);
    let c = Client::new(Invite::parse(&join).unwrap());
    let token = c.join("North").unwrap().token;
    let mut state = c.team(&token).unwrap();
    while !state.finished {
        state = c
            .resolve(&token, state.week, &pitcrew::sim::Plan::default())
            .unwrap();
    }
    let t = Instant::now();
    while stored(port).map_or(0, |s| s.len()) < 2 {
        assert!(t.elapsed() < Duration::from_secs(30), "no records arrived");
        std::thread::sleep(Duration::from_millis(200));
    }
    let got = stored(port).unwrap();
    assert_eq!(verbs(&got), ["completed", "initialized"]);
    assert_eq!(got[0]["actor"]["account"]["name"], "North");
    assert_eq!(
        got[0]["actor"]["account"]["homePage"],
        "https://lms.example.com"
    );
    drop(server);
}
