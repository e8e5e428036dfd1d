//! The workshop server under a room's load, on loopback: 30 teams join a workshop
//! server in a process of its own and, week after week, all resolve their week at the same moment
//! (each team's plan is the `typical` bot's, drawn up before the start signal so only
//! the request is timed). Reports the median, p95 and worst response time of a week
//! (target p95 ≤ 100 ms) and the server's peak memory with 30 teams (target ≤ 150 MB).
//!
//! `cargo bench --no-default-features --bench serve` (a whole quarter); add `-- --test`
//! for one week, as CI does. In a room each laptop is an address of its own; here all
//! 30 teams share loopback, so the server runs without its per-address limits.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use pitcrew::policy::{Policy, by_name};
use pitcrew::serve::client::{Client, Invite};
use pitcrew::serve::{RequestLimits, Room, host_with};

const TEAMS: usize = 30;

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Set in the server's process: the workshop folder to serve.
const SERVER_DIR: &str = "PITCREW_BENCH_SERVE_DIR";

/// The server's process: this bench again, hosting the room until killed.
fn be_the_server(dir: &str) -> ! {
    let scenario = pitcrew::scenario::load_id_or_file("first-90-days")
        .expect("the shipped scenario")
        .scenario;
    let room = Room::open(std::path::Path::new(dir), Some(scenario), 7).expect("a room");
    let hosted = host_with(
        room,
        "127.0.0.1:0".parse().expect("an address"),
        RequestLimits::UNLIMITED,
    )
    .expect("the server starts");
    println!("{}", hosted.join_url);
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}

/// Starts the server's process; returns it and its join address.
fn serve(dir: &std::path::Path) -> (KillOnDrop, String) {
    let mut child = Command::new(std::env::current_exe().expect("this bench"))
        .env(SERVER_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let join = lines
        .next()
        .expect("the server prints its address")
        .expect("a line");
    std::thread::spawn(move || for _ in lines {});
    (KillOnDrop(child), join)
}

/// Peak resident memory of a process, in MB (Linux).
fn peak_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    if let Ok(dir) = std::env::var(SERVER_DIR) {
        be_the_server(&dir);
    }
    let once = std::env::args().any(|a| a == "--test");
    let weeks = if once { 1 } else { 13 };
    let dir = tempfile::tempdir().expect("temp dir");
    let (server, join) = serve(dir.path());
    let invite = Invite::parse(&join).expect("a workshop address");
    let tokens: Vec<String> = (0..TEAMS)
        .map(|i| {
            Client::new(invite.clone())
                .join(&format!("Team {i}"))
                .expect("joins")
                .token
        })
        .collect();
    let mut times: Vec<Duration> = Vec::new();
    for week in 1..=weeks {
        let start = Arc::new(Barrier::new(TEAMS));
        let handles: Vec<_> = tokens
            .iter()
            .cloned()
            .map(|token| {
                let (start, client) = (start.clone(), Client::new(invite.clone()));
                std::thread::spawn(move || {
                    let bot = by_name("typical").expect("the typical bot");
                    let state = client.team(&token).expect("the team's state");
                    let (_, run) = state.replay().expect("the run replays");
                    let plan = bot.plan(&run);
                    start.wait();
                    let t = Instant::now();
                    let after = client
                        .resolve(&token, week, &plan)
                        .expect("the week resolves");
                    let took = t.elapsed();
                    assert_eq!(after.week, week + 1);
                    took
                })
            })
            .collect();
        times.extend(handles.into_iter().map(|h| h.join().expect("a team")));
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = percentile(&times, 0.95);
    println!(
        "serve: {TEAMS} teams resolving a week at once, {weeks} week(s), {} requests",
        times.len()
    );
    println!(
        "  response  median {:.1} ms   p95 {:.1} ms   worst {:.1} ms   (target p95 ≤ 100 ms: {})",
        ms(percentile(&times, 0.5)),
        ms(p95),
        ms(*times.last().expect("requests")),
        if ms(p95) <= 100.0 { "met" } else { "MISSED" }
    );
    match peak_mb(server.0.id()) {
        Some(mb) => println!(
            "  server peak memory {mb:.1} MB   (target ≤ 150 MB: {})",
            if mb <= 150.0 { "met" } else { "MISSED" }
        ),
        None => println!("  server peak memory: not measurable here (no /proc)"),
    }
}
