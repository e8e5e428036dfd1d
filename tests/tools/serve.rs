//! `pitcrew serve` over real HTTP on loopback: teams play a whole quarter in the
//! browser's forms while the server is killed and restarted mid-quarter; every run
//! file replays exactly and the leaderboard is the one `pitcrew workshop DIR` makes.
//! Then the hostile requests: wrong codes, someone else's token, oversize and
//! malformed bodies, scripts in names, floods, paths out of the folder.

use crate::common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use pitcrew::format::RunFile;
use pitcrew::sim::{Action, Plan, RepId, Run, Skill};

/// A child process stopped and waited for when dropped, whatever the test did.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A running `pitcrew serve` and the addresses it printed.
pub(crate) struct Server {
    _child: KillOnDrop,
    /// `http://127.0.0.1:PORT`
    pub(crate) base: String,
    pub(crate) code: String,
    facilitator: String,
}

fn start(dir: &Path, new: bool) -> Server {
    let new_room: &[&str] = if new {
        &["--scenario", "first-90-days", "--seed", "7"]
    } else {
        &[]
    };
    start_with(dir, new_room)
}

/// `pitcrew serve DIR` on a free loopback port with more options.
pub(crate) fn start_with(dir: &Path, args: &[&str]) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pitcrew"));
    cmd.arg("serve")
        .arg(dir)
        .args(["--bind", "127.0.0.1:0"])
        .args(args);
    // The tests read English unless they ask for another language, whatever the
    // machine's locale.
    if !args.iter().any(|a| a.starts_with("--lang")) {
        cmd.args(["--lang", "en"]);
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("pitcrew serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let (mut join, mut facilitator) = (None, None);
    while join.is_none() || facilitator.is_none() {
        let line = lines
            .next()
            .expect("the server prints its addresses")
            .expect("a line");
        // In any language: the facilitator's address holds `/f/`, the first other
        // address printed is the one teams join at.
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(str::to_string);
        match url {
            Some(u) if u.contains("/f/") => facilitator = Some(u),
            Some(u) if join.is_none() => join = Some(u),
            _ => {}
        }
    }
    // Keep draining the pipe so the server never blocks on a full one.
    std::thread::spawn(move || for _ in lines {});
    let join = join.unwrap();
    let (base, code) = join.rsplit_once('/').unwrap();
    Server {
        _child: KillOnDrop(child),
        base: base.to_string(),
        code: code.to_string(),
        facilitator: facilitator.unwrap(),
    }
}

/// `pitcrew replay FILE` says the run reproduces exactly.
fn assert_replays(file: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("replay")
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into()
}

/// Status, `Location` and body of a response.
fn read(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (u16, String, String) {
    let mut r = r.expect("the server answers");
    let status = r.status().as_u16();
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = r.body_mut().read_to_string().unwrap_or_default();
    (status, location, body)
}

fn post(a: &ureq::Agent, url: &str, form: &[(&str, &str)]) -> (u16, String, String) {
    read(a.post(url).send_form(form.iter().copied()))
}

fn get(a: &ureq::Agent, url: &str) -> (u16, String, String) {
    read(a.get(url).call())
}

/// Joins a team; returns its page's address.
fn join(a: &ureq::Agent, s: &Server, name: &str) -> String {
    let (status, location, body) =
        post(a, &format!("{}/{}/join", s.base, s.code), &[("name", name)]);
    assert_eq!(status, 303, "{body}");
    format!("{}{location}", s.base)
}

/// The path of a team's page, without the server's address (which changes on restart).
fn path_of(url: &str) -> String {
    let rest = url.trim_start_matches("http://");
    rest[rest.find('/').unwrap()..].to_string()
}

/// A coaching session as the planner's form sends it, and as the model takes it.
fn coach(rep: u16, skill: Skill, hours: f64) -> (Vec<(&'static str, String)>, Action) {
    (
        vec![
            ("kind", "Coach".to_string()),
            ("rep", rep.to_string()),
            ("skill", format!("{skill:?}")),
            ("hours", hours.to_string()),
        ],
        Action::Coach {
            rep: RepId(rep),
            skill,
            hours,
        },
    )
}

/// A team's plan for a week, as the forms send it, and as the model takes it.
fn week_plan(team: usize, week: u32) -> (Vec<Vec<(&'static str, String)>>, Plan) {
    let mut forms = Vec::new();
    let mut plan = Plan {
        absorb: 0.5,
        ..Plan::default()
    };
    let mut add = |(form, action): (Vec<(&'static str, String)>, Action)| {
        forms.push(form);
        plan.actions.push(action);
    };
    match (team, week) {
        (0, _) => add(coach(1, Skill::Discovery, 3.0)),
        (1, _) => {}
        (_, 1) => {
            add((
                vec![("kind", "PipelineReview".into()), ("rep", "3".into())],
                Action::PipelineReview { rep: RepId(3) },
            ));
            add(coach(2, Skill::Qualifying, 2.0));
        }
        _ => add(coach(2, Skill::Qualifying, 2.0)),
    }
    if team == 1 {
        plan.absorb = 0.25;
        forms.push(vec![("absorb", "0.25".into()), ("cap", String::new())]);
    }
    (forms, plan)
}

/// Plays one week of a team through the forms; returns the week's report address.
fn play_week(a: &ureq::Agent, base: &str, team_path: &str, team: usize, week: u32) {
    let url = format!("{base}{team_path}");
    let (forms, _) = week_plan(team, week);
    for f in forms {
        let target = if f[0].0 == "absorb" {
            "settings"
        } else {
            "action"
        };
        let fields: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, body) = post(a, &format!("{url}/{target}"), &fields);
        assert_eq!(status, 303, "week {week}, team {team}: {body}");
    }
    let (status, location, body) = post(a, &format!("{url}/resolve"), &[]);
    assert_eq!(status, 303, "week {week}, team {team}: {body}");
    assert!(location.ends_with(&format!("/week/{week}")), "{location}");
    let (status, _, report) = get(a, &format!("{base}{location}"));
    assert_eq!(status, 200);
    assert!(report.contains(&format!("week {week} report")));
}

#[test]
fn teams_play_a_quarter_through_a_restart_and_every_run_replays() {
    let dir = tempfile::tempdir().unwrap();
    let a = agent();
    let names = ["Alpha", "Beta", "Gamma & <Co>"];
    let (team_paths, first_code) = {
        let s = start(dir.path(), true);
        let paths: Vec<String> = names.iter().map(|n| path_of(&join(&a, &s, n))).collect();
        for week in 1..=6 {
            for (t, p) in paths.iter().enumerate() {
                play_week(&a, &s.base, p, t, week);
            }
        }
        (paths, s.code.clone())
        // Dropped here: the server is killed mid-quarter.
    };
    let s = start(dir.path(), false);
    assert_eq!(s.code, first_code, "the room keeps its code");
    for (t, p) in team_paths.iter().enumerate() {
        let (status, _, page) = get(&a, &format!("{}{p}", s.base));
        assert_eq!(status, 200);
        assert!(
            page.contains("week 7 of 13"),
            "team {t} picked up at week 7"
        );
    }
    for week in 7..=13 {
        for (t, p) in team_paths.iter().enumerate() {
            play_week(&a, &s.base, p, t, week);
        }
    }
    // A finished team's page is its debrief.
    for p in &team_paths {
        let (status, location, _) = get(&a, &format!("{}{p}", s.base));
        assert_eq!(status, 303);
        let (status, _, debrief) = get(&a, &format!("{}{location}", s.base));
        assert_eq!(status, 200);
        assert!(debrief.contains("next two quarters") || debrief.contains("Next two quarters"));
    }

    // Every run file replays, and holds exactly the plans the forms sent.
    let scenario = common::scenario("first-90-days");
    for (t, name) in names.iter().enumerate() {
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.extension().is_some_and(|x| x == "ron")
                    && RunFile::load(p).is_ok_and(|r| r.player == *name)
            })
            .unwrap_or_else(|| panic!("{name}'s run file"));
        assert_replays(&file);
        let saved = RunFile::load(&file).unwrap();
        assert!(saved.finished && saved.weeks.len() == 13);
        let mut mine = Run::new(scenario.clone(), 7);
        for week in 1..=13 {
            mine.step(&week_plan(t, week).1).unwrap();
        }
        let theirs: Vec<f64> = saved.weeks.iter().map(|w| w.cum_revenue).collect();
        let expected: Vec<f64> = mine
            .ledger()
            .history
            .iter()
            .map(|w| w.cum_revenue)
            .collect();
        assert_eq!(theirs, expected, "{name}: the server played the plans sent");
    }

    // The facilitator's leaderboard is `pitcrew workshop DIR`'s.
    let (status, _, board) = get(&a, &format!("{}/board.json", s.facilitator));
    assert_eq!(status, 200);
    let served: serde_json::Value = serde_json::from_str(&board).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("workshop")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = |v: &serde_json::Value| -> Vec<(String, f64)> {
        v["teams"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["name"].as_str().unwrap().to_string(),
                    t["scores"]["overall"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(rows(&served).len(), 3);
    assert_eq!(rows(&served), rows(&cli));
}

#[test]
fn hostile_requests_are_refused_or_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let a = agent();
    let s = start(dir.path(), true);
    let room = format!("{}/{}", s.base, s.code);

    // A wrong code finds nothing and creates nothing.
    assert_eq!(get(&a, &format!("{}/ZZZZZZ", s.base)).0, 404);
    assert_eq!(
        post(&a, &format!("{}/ZZZZZZ/join", s.base), &[("name", "X")]).0,
        404
    );
    assert_eq!(get(&a, &format!("{}/join?code=nope", s.base)).0, 404);
    assert_eq!(
        get(
            &a,
            &format!("{}/join?code={}", s.base, s.code.to_lowercase())
        )
        .0,
        303
    );

    // A script in a team name is text, on the team's page and the facilitator's.
    let evil = join(&a, &s, "<script>alert('x')</script>");
    let (_, _, page) = get(&a, &evil);
    assert!(!page.contains("<script>alert"), "a name is escaped");
    assert!(page.contains("&lt;script&gt;alert"));
    let (_, _, fac) = get(&a, &s.facilitator);
    assert!(!fac.contains("<script>alert") && fac.contains("&lt;script&gt;"));

    // A token controls only its own team; a made-up one, nothing.
    let other = join(&a, &s, "Other");
    let (status, _, _) = post(
        &a,
        &format!("{evil}/action"),
        &[
            ("kind", "Coach"),
            ("rep", "0"),
            ("skill", "Closing"),
            ("hours", "2"),
        ],
    );
    assert_eq!(status, 303);
    let (_, _, other_page) = get(&a, &other);
    assert!(
        other_page.contains("Nothing yet."),
        "the other team's plan is untouched"
    );
    let made_up = format!("{room}/t/{}", "a".repeat(32));
    assert_eq!(get(&a, &made_up).0, 404);
    assert_eq!(post(&a, &format!("{made_up}/resolve"), &[]).0, 404);
    // A team's token is not the facilitator's key.
    let token = evil.rsplit('/').next().unwrap();
    assert_eq!(get(&a, &format!("{room}/f/{token}")).0, 404);
    assert_eq!(
        post(
            &a,
            &format!("{room}/f/{token}/pause"),
            &[("paused", "true")]
        )
        .0,
        404
    );

    // Oversize and malformed bodies.
    let big = "x".repeat(64 * 1024);
    // Its own connection: the server closes one whose body it refused unread.
    assert_eq!(
        post(&agent(), &format!("{room}/join"), &[("name", &big)]).0,
        413
    );
    for bad in [
        vec![("kind", "Nonsense")],
        vec![("kind", "Coach"), ("hours", "abc")],
        vec![("kind", "Coach"), ("rep", "-1")],
    ] {
        let (status, _, _) = post(&a, &format!("{evil}/action"), &bad);
        assert!(status == 400 || status == 422, "{bad:?}: {status}");
    }
    for bad in [
        vec![("kind", "Coach"), ("rep", "1"), ("hours", "NaN")],
        vec![("kind", "Coach"), ("rep", "1"), ("hours", "1e9")],
        vec![("kind", "Fire"), ("rep", "999")],
        vec![("kind", "SuperClose"), ("deal", "123456789")],
        vec![("kind", "SuperClose")],
    ] {
        let (status, _, body) = post(&a, &format!("{evil}/action"), &bad);
        assert_eq!(status, 422, "{bad:?}");
        assert!(
            body.contains("class=\"error\""),
            "{bad:?}: the refusal is said"
        );
    }
    let (status, _, _) = post(
        &a,
        &format!("{evil}/settings"),
        &[("absorb", "7"), ("cap", "")],
    );
    assert_eq!(status, 422);

    // A name that tries to leave the folder stays in it.
    join(&a, &s, "../../../../tmp/escape");
    let inside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(inside.iter().any(|n| n == "tmp-escape.ron"), "{inside:?}");
    assert!(!Path::new("/tmp/escape.ron").exists());

    // The facilitator pauses the room: no week resolves until it resumes.
    let (status, _, _) = post(
        &a,
        &format!("{}/pause", s.facilitator),
        &[("paused", "true")],
    );
    assert_eq!(status, 303);
    let (status, _, body) = post(&a, &format!("{other}/resolve"), &[]);
    assert_eq!(status, 422);
    assert!(body.contains("paused"));
    post(
        &a,
        &format!("{}/pause", s.facilitator),
        &[("paused", "false")],
    );
    assert_eq!(post(&a, &format!("{other}/resolve"), &[]).0, 303);

    // A flood from one team is slowed down.
    let statuses: Vec<u16> = (0..400).map(|_| get(&a, &other).0).collect();
    assert!(statuses.contains(&429), "the rate limit binds");
    assert!(
        statuses.iter().take(50).all(|&s| s == 200),
        "people are not limited"
    );
}

/// A chromedriver on a free port, stopped on drop.
struct Driver {
    _child: KillOnDrop,
    port: u16,
}

fn chromedriver() -> Option<Driver> {
    let bin = Path::new("/usr/bin/chromedriver");
    if !bin.exists() || !Path::new("/usr/bin/chromium").exists() {
        assert!(
            std::env::var_os("PITCREW_SKIP_BROWSER").is_some(),
            "chromium and chromedriver are not installed: run `scripts/setup.sh test` (or set PITCREW_SKIP_BROWSER=1)"
        );
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // The driver is stopped and waited for on drop, whatever happens next.
    let driver = Driver {
        _child: KillOnDrop(
            Command::new(bin)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver starts"),
        ),
        port,
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(driver);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("chromedriver did not start listening");
}

async fn browser(driver: &Driver, profile: &Path) -> fantoccini::Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--window-size=1200,1500",
                format!("--user-data-dir={}", profile.display()),
            ]
        }),
    );
    fantoccini::ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a chromium session")
}

/// Saves a screenshot for a person to look at and checks it is not blank.
async fn shot(c: &fantoccini::Client, name: &str) {
    let png = c.screenshot().await.expect("a screenshot");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("out/serve");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), &png).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let colours: std::collections::HashSet<&[u8]> = buf[..info.buffer_size()]
        .chunks(info.color_type.samples())
        .collect();
    assert!(colours.len() > 8, "{name}: the page rendered blank");
}

/// Joins from the first page with the code, as a person would; returns the team page.
async fn join_in_browser(c: &fantoccini::Client, s: &Server, team: &str, shoot: bool) -> String {
    use fantoccini::Locator;
    c.goto(&format!("{}/", s.base)).await.unwrap();
    c.find(Locator::Css("input[name=code]"))
        .await
        .unwrap()
        .send_keys(&s.code.to_lowercase())
        .await
        .unwrap();
    c.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Css("input[name=name]"))
        .await
        .unwrap();
    if shoot {
        shot(c, "join").await;
    }
    c.find(Locator::Css("input[name=name]"))
        .await
        .unwrap()
        .send_keys(team)
        .await
        .unwrap();
    c.find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait().for_element(Locator::Id("planner")).await.unwrap();
    c.current_url().await.unwrap().to_string()
}

async fn resolve_in_browser(c: &fantoccini::Client, week: u32) {
    use fantoccini::Locator;
    c.find(Locator::XPath(
        "//button[starts-with(normalize-space(.), 'Resolve week')]",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    // The click starts a page load: wait for the report's address, then read it.
    let mut url = String::new();
    for _ in 0..100 {
        url = c.current_url().await.unwrap().to_string();
        if url.ends_with(&format!("/week/{week}")) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(url.ends_with(&format!("/week/{week}")), "{url}");
    let heading = c.wait().for_element(Locator::Css("h1")).await.unwrap();
    let text = heading.text().await.unwrap();
    assert!(text.ends_with(&format!("week {week} report")), "{text}");
}

#[tokio::test]
async fn two_teams_play_in_a_browser_and_the_facilitator_page_follows() {
    use fantoccini::Locator;
    let Some(driver) = chromedriver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let s = start(dir.path(), true);
    let profiles = tempfile::tempdir().unwrap();
    let one = browser(&driver, &profiles.path().join("one")).await;
    let two = browser(&driver, &profiles.path().join("two")).await;
    let fac = browser(&driver, &profiles.path().join("fac")).await;

    // Team one plans a coaching session with the planner (htmx swaps it in place).
    let page_one = join_in_browser(&one, &s, "Browser One", true).await;
    one.find(Locator::XPath(
        "//fieldset//button[normalize-space(.)='Add']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    let planned = one
        .wait()
        .for_element(Locator::Css("#planner ol li"))
        .await
        .unwrap();
    assert!(planned.text().await.unwrap().contains("Coach"));
    assert_eq!(
        one.current_url().await.unwrap().as_str(),
        page_one,
        "no page load"
    );
    shot(&one, "planning").await;
    resolve_in_browser(&one, 1).await;
    shot(&one, "week-report").await;

    // Team two resolves its first week as it is.
    join_in_browser(&two, &s, "Browser Two", false).await;
    resolve_in_browser(&two, 1).await;

    // The facilitator's page shows both, then follows team one's next week by itself.
    fac.goto(&s.facilitator).await.unwrap();
    let board = fac
        .find(Locator::Id("board"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        board.contains("Browser One") && board.contains("Browser Two"),
        "{board}"
    );
    assert!(!board.contains("2 of 13"), "{board}");
    one.goto(&page_one).await.unwrap();
    resolve_in_browser(&one, 2).await;
    let mut followed = false;
    for _ in 0..40 {
        let board = fac
            .find(Locator::Id("board"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if board.contains("2 of 13") {
            followed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    assert!(
        followed,
        "the facilitator's board refreshed without a reload"
    );
    shot(&fac, "facilitator").await;
    for c in [one, two, fac] {
        let _ = c.close().await;
    }
}

/// The desktop game's side (`pitcrew --join`): a bot team plays the quarter through
/// the JSON API, across a restart, with a card dealt mid-quarter; a plan sent twice
/// resolves one week; a paused room refuses; hostile bodies are refused.
#[test]
fn a_desktop_team_plays_through_the_json_api() {
    use pitcrew::policy::{Policy, by_name};
    use pitcrew::serve::client::{Client, ClientError, Invite};

    let dir = tempfile::tempdir().unwrap();
    let a = agent();
    let bot = by_name("typical").unwrap();
    let client_of =
        |s: &Server| Client::new(Invite::parse(&format!("{}/{}", s.base, s.code)).unwrap());

    let (token, plans) = {
        let s = start(dir.path(), true);
        let c = client_of(&s);
        let joined = c.join("Desk <b>top</b>").unwrap();
        assert!(joined.name.contains("Desk"), "{}", joined.name);
        let mut state = c.team(&joined.token).unwrap();
        let mut plans = Vec::new();
        for week in 1..=6 {
            assert_eq!(state.week, week);
            let (_, run) = state.replay().unwrap();
            let plan = bot.plan(&run);
            state = c.resolve(&joined.token, week, &plan).unwrap();
            plans.push(plan);
        }
        // A retry of a week already resolved changes nothing.
        let again = c.resolve(&joined.token, 6, &plans[5]).unwrap_err();
        assert!(
            matches!(&again, ClientError::Refused { status: 409, message } if message.contains("week 7")),
            "{again:?}"
        );
        assert_eq!(c.team(&joined.token).unwrap().week, 7);
        // The facilitator deals a card: it reaches the team from its next week.
        let (status, _, body) = post(&a, &format!("{}/deal", s.facilitator), &[("card", "0")]);
        assert_eq!(status, 303, "{body}");
        (joined.token, plans)
    };
    let s = start(dir.path(), false);
    let c = client_of(&s);
    let mut state = c.team(&token).unwrap();
    assert_eq!(state.week, 7, "picked up after the restart");
    let mut plans = plans;
    let mut told = Vec::new();
    while !state.finished {
        let (_, run) = state.replay().unwrap();
        let plan = bot.plan(&run);
        state = c.resolve(&token, state.week, &plan).unwrap();
        told.extend(state.notices.clone());
        plans.push(plan);
    }
    assert_eq!(plans.len(), 13);
    assert!(!told.is_empty(), "the team is told of the card dealt");

    // What the team replays is the run file in the folder, card included, and it
    // is the bot's quarter with that card.
    let (file, replayed) = state.replay().unwrap();
    assert_eq!(file.injections.len(), 1, "the card is in the run");
    let saved = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let on_disk = RunFile::load(&saved).unwrap();
    assert_eq!(on_disk.plans, plans);
    let cum: Vec<f64> = replayed
        .ledger()
        .history
        .iter()
        .map(|w| w.cum_revenue)
        .collect();
    assert_eq!(
        cum,
        on_disk
            .weeks
            .iter()
            .map(|w| w.cum_revenue)
            .collect::<Vec<_>>()
    );
    assert_replays(&saved);

    // A finished team resolves no more; a paused room refuses a new team's week.
    let late = c.resolve(&token, 14, &Plan::default()).unwrap_err();
    assert!(matches!(late, ClientError::Refused { .. }), "{late:?}");
    let other = c.join("Second").unwrap();
    let (status, _, _) = post(
        &a,
        &format!("{}/pause", s.facilitator),
        &[("paused", "true")],
    );
    assert_eq!(status, 303);
    let state = c.team(&other.token).unwrap();
    assert!(state.paused);
    let paused = c.resolve(&other.token, 1, &Plan::default()).unwrap_err();
    assert!(
        matches!(&paused, ClientError::Refused { status: 409, message } if message.contains("paused")),
        "{paused:?}"
    );
    post(
        &a,
        &format!("{}/pause", s.facilitator),
        &[("paused", "false")],
    );

    // Hostile: a wrong code, someone else's token, a plan the model refuses, too many
    // actions, malformed and oversize bodies.
    let wrong = Client::new(Invite::parse(&format!("{}/ZZZZZZ", s.base)).unwrap());
    assert!(wrong.join("Eve").unwrap_err().is_unknown_team());
    assert!(c.team("notateam").unwrap_err().is_unknown_team());
    let bad_hours = Plan {
        absorb: 0.5,
        actions: vec![Action::Coach {
            rep: RepId(0),
            skill: Skill::Discovery,
            hours: -3.0,
        }],
        discount_cap: None,
    };
    let refused = c.resolve(&other.token, 1, &bad_hours).unwrap_err();
    assert!(
        matches!(refused, ClientError::Refused { status: 422, .. }),
        "{refused:?}"
    );
    let crowded = Plan {
        absorb: 0.5,
        actions: vec![
            Action::Coach {
                rep: RepId(0),
                skill: Skill::Discovery,
                hours: 0.5
            };
            41
        ],
        discount_cap: None,
    };
    assert!(c.resolve(&other.token, 1, &crowded).is_err());
    let api = format!("{}/{}/api/t/{}/week", s.base, s.code, other.token);
    let (status, _, body) = read(
        a.post(&api)
            .header("content-type", "application/json")
            .send("{\"week\": 1, \"plan\": {\"actions\": [{\"Hack\": 1}]}}"),
    );
    assert!(status == 400 || status == 422, "{status} {body}");
    assert!(body.contains("error"), "{body}");
    let (status, _, _) = read(
        a.post(&api)
            .header("content-type", "application/json")
            .send(format!(
                "{{\"week\": 1, \"pad\": \"{}\"}}",
                "x".repeat(10_000)
            )),
    );
    assert_eq!(status, 413);
    assert_eq!(
        c.team(&other.token).unwrap().week,
        1,
        "nothing was resolved"
    );
}

#[test]
fn a_room_started_in_german_serves_german_pages() {
    let dir = tempfile::tempdir().unwrap();
    let a = agent();
    let s = start_with(
        dir.path(),
        &["--scenario", "first-90-days", "--seed", "7", "--lang", "de"],
    );

    let (status, _, landing) = get(&a, &format!("{}/", s.base));
    assert_eq!(status, 200);
    assert!(landing.contains("<html lang=\"de\">"), "{landing}");
    assert!(landing.contains("Weiter") && !landing.contains("Continue"));

    let (status, _, join_page) = get(&a, &format!("{}/{}", s.base, s.code));
    assert_eq!(status, 200);
    assert!(join_page.contains("<html lang=\"de\">"));
    assert!(join_page.contains("Teamname") && join_page.contains("Beitreten"));
    assert!(!join_page.contains("Team name") && !join_page.contains("teams so far"));

    let team = join(&a, &s, "Die Füchse");
    let (status, _, page) = get(&a, &team);
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"de\">"));
    assert!(page.contains("Woche 1 von 13"), "{page}");
    assert!(page.contains("Ihre Woche") && page.contains("Noch nichts."));
    assert!(!page.contains("Your week") && !page.contains("Nothing yet."));

    let (status, _, refused) = get(&a, &format!("{}/ZZZZZZ", s.base));
    assert_eq!(status, 404);
    assert!(refused.contains("keinen Workshop"), "{refused}");

    let (_, _, desk) = get(&a, &s.facilitator);
    assert!(desk.contains("<html lang=\"de\">") && desk.contains("Moderation"));
    assert!(!desk.contains("Pause the room"));
}

/// A facilitator's console that goes away (`pitcrew serve … | head -3`) does not end
/// the workshop: the server prints its addresses into a closed pipe and still serves.
#[test]
fn the_server_outlives_its_console() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let child = Command::new(env!("CARGO_BIN_EXE_pitcrew"))
        .arg("serve")
        .arg(dir.path())
        .args(["--scenario", "first-90-days", "--seed", "7", "--lang", "en"])
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .expect("pitcrew serve starts");
    let mut child = KillOnDrop(child);
    let mut served = false;
    for _ in 0..200 {
        if let Ok(Some(status)) = child.0.try_wait() {
            let mut err = String::new();
            use std::io::Read as _;
            let _ = child.0.stderr.take().unwrap().read_to_string(&mut err);
            panic!("the server ended ({status}) when its console went away:\n{err}");
        }
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            served = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(served, "the server never listened");
    // It prints its addresses once listening: give the prints time to fail, then it
    // must still run and serve.
    std::thread::sleep(std::time::Duration::from_secs(1));
    assert!(child.0.try_wait().unwrap().is_none(), "the server ended");
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
}
