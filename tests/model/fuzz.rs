//! Fuzzing every kind of file a user hands Pit Crew (issue 14, item 8): each shipped
//! scenario, a run file, the workshop deck and a decisions script, mutated (byte
//! flips, token swaps, huge and non-finite numbers, deep nesting, escapes, cut and
//! repeated slices), then validated, simulated for a few weeks, replayed, dealt and
//! played, in this process. Nothing may panic; each input must finish within 5 s of
//! CPU time (measured on this thread's clock, so a loaded machine does not make it
//! flaky; real inputs take milliseconds), and the whole test within 500 MB.
//!
//! `make test` runs `FUZZ_CASES` inputs (about 30 s on a 2-core machine, twice: once
//! for the model alone and once with the game's feature);
//! `PITCREW_FUZZ_CASES=20000 cargo test --no-default-features --test fuzz --release
//! -- --nocapture` runs more.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use pitcrew::format::deck::Deck;
use pitcrew::format::{RunFile, Script, diverges};
use pitcrew::policy;
use pitcrew::scenario::{Scenario, load_bytes};
use pitcrew::sim::Run;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Inputs per `cargo test` run when `PITCREW_FUZZ_CASES` is not set.
const FUZZ_CASES: u32 = 100_000;
/// Most CPU time one input may take.
const PER_INPUT: Duration = Duration::from_secs(5);
/// Most memory the whole test may hold at its peak.
const MEMORY_BYTES: u64 = 500 * 1024 * 1024;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Scenario,
    RunFile,
    Deck,
    Script,
}

/// The files mutated: every shipped scenario, a run file, a deck and a script.
fn corpus() -> Vec<(String, Kind, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in ["scenarios", "scenarios/examples"] {
        let mut names: Vec<_> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        names.sort();
        for p in names {
            files.push((
                p.display().to_string(),
                Kind::Scenario,
                std::fs::read(&p).unwrap(),
            ));
        }
    }
    let s = scenario("first-90-days");
    let mut run = Run::new(s, 7);
    run.inject(3, presets()[0].kind.clone(), presets()[0].text.clone());
    policy::play(&mut run, &policy::by_name("typical").unwrap());
    files.push((
        "run.ron".into(),
        Kind::RunFile,
        RunFile::from_run(&run, "Team North").to_ron().into_bytes(),
    ));
    files.push((
        "deck.ron".into(),
        Kind::Deck,
        std::fs::read(root().join("assets/data/deck.ron")).unwrap(),
    ));
    files.push((
        "d.ron".into(),
        Kind::Script,
        b"(weeks: [ (actions: [Coach(rep: 0, skill: Discovery, hours: 2.0)], absorb: 0.5), \
           (actions: [RideAlong(rep: 1, stage: Propose)], absorb: 0.3, discount_cap: Some(0.1)) ], \
           then: Some(\"coach\"))"
            .to_vec(),
    ));
    files
}

fn presets() -> &'static [pitcrew::format::deck::Card] {
    pitcrew::format::deck::presets()
}

fn scenario(name: &str) -> Arc<Scenario> {
    let path = root().join("scenarios").join(format!("{name}.ron"));
    pitcrew::scenario::load_file(&path).unwrap().scenario
}

/// One change to a file. Positions are fractions of the file's length.
#[derive(Clone, Debug)]
enum Mutation {
    FlipByte(f64, u8),
    SwapTokens(f64, f64),
    Number(f64, &'static str),
    Nest(f64, u8, u16),
    Escapes(f64, &'static str, u32),
    Cut(f64, f64),
    Repeat(f64, f64, u8),
    Insert(f64, &'static str),
}

const NUMBERS: &[&str] = &[
    "1e308",
    "-1e308",
    "1e999",
    "NaN",
    "inf",
    "-inf",
    "18446744073709551616",
    "-1",
    "0",
    "-0.0",
    "4294967295",
    "99999999999",
    "0.000000000000001",
    "10%",
    "140 000",
    "140,000.0",
];

const ESCAPES: &[&str] = &["\\n", "\\\"", "\\\\", "\\u{1F600}", "\\x41", "\\t"];

const INSERTS: &[&str] = &[
    "“",
    "”",
    "\u{feff}",
    "\0",
    "/*",
    "*/",
    "//",
    "\"",
    "r#\"",
    "Some(",
    "None",
    ")",
    "]",
    "}",
    ",",
    ":",
    "\u{1b}[2J",
    "\n",
    "é",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        1 => (at.clone(), any::<u8>()).prop_map(|(a, b)| Mutation::FlipByte(a, b)),
        2 => (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
        4 => (at.clone(), prop::sample::select(NUMBERS)).prop_map(|(a, n)| Mutation::Number(a, n)),
        1 => (at.clone(), prop::sample::select(&b"([{"[..]), 1..400u16)
            .prop_map(|(a, c, d)| Mutation::Nest(a, c, d)),
        1 => (at.clone(), prop::sample::select(ESCAPES), 1..200_000u32)
            .prop_map(|(a, e, n)| Mutation::Escapes(a, e, n)),
        1 => (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::Cut(a, b)),
        1 => (at.clone(), at.clone(), 1..50u8).prop_map(|(a, b, n)| Mutation::Repeat(a, b, n)),
        1 => (at, prop::sample::select(INSERTS)).prop_map(|(a, s)| Mutation::Insert(a, s)),
    ]
}

fn pos(bytes: &[u8], f: f64) -> usize {
    ((bytes.len() as f64 * f) as usize).min(bytes.len())
}

/// Byte ranges of the tokens (runs of letters, digits, `_`, `.`, `-`).
fn tokens(bytes: &[u8]) -> Vec<(usize, usize)> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-';
    let mut v = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if word(bytes[i]) {
            let s = i;
            while i < bytes.len() && word(bytes[i]) {
                i += 1;
            }
            v.push((s, i));
        } else {
            i += 1;
        }
    }
    v
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    match *m {
        Mutation::FlipByte(a, b) => {
            if !bytes.is_empty() {
                let i = pos(bytes, a).min(bytes.len() - 1);
                bytes[i] ^= b.max(1);
            }
        }
        Mutation::SwapTokens(a, b) => {
            let t = tokens(bytes);
            if t.len() >= 2 {
                let i = ((t.len() as f64 * a) as usize).min(t.len() - 1);
                let j = ((t.len() as f64 * b) as usize).min(t.len() - 1);
                let (x, y) = (t[i.min(j)], t[i.max(j)]);
                if x != y {
                    let first = bytes[x.0..x.1].to_vec();
                    let second = bytes[y.0..y.1].to_vec();
                    bytes.splice(y.0..y.1, first);
                    bytes.splice(x.0..x.1, second);
                }
            }
        }
        Mutation::Number(a, n) => {
            let t: Vec<_> = tokens(bytes)
                .into_iter()
                .filter(|&(s, _)| bytes[s].is_ascii_digit())
                .collect();
            if !t.is_empty() {
                let (s, e) = t[((t.len() as f64 * a) as usize).min(t.len() - 1)];
                bytes.splice(s..e, n.bytes());
            }
        }
        Mutation::Nest(a, c, d) => {
            let i = pos(bytes, a);
            bytes.splice(i..i, std::iter::repeat_n(c, d as usize));
        }
        Mutation::Escapes(a, e, n) => {
            // Just inside a string: after the next double quote from the position.
            let i = pos(bytes, a);
            let at = bytes[i..]
                .iter()
                .position(|&b| b == b'"')
                .map_or(i, |q| i + q + 1);
            let run: Vec<u8> = e.repeat(n as usize).into_bytes();
            bytes.splice(at..at, run);
        }
        Mutation::Cut(a, b) => {
            let (i, j) = (pos(bytes, a.min(b)), pos(bytes, a.max(b)));
            // Short cuts only: a handful of bytes to a line or two.
            let j = j.min(i + 200);
            bytes.drain(i..j);
        }
        Mutation::Repeat(a, b, n) => {
            let (i, j) = (pos(bytes, a.min(b)), pos(bytes, a.max(b)));
            let j = j.min(i + 2000);
            let slice = bytes[i..j].to_vec();
            for _ in 0..n {
                bytes.splice(j..j, slice.iter().copied());
            }
        }
        Mutation::Insert(a, s) => {
            let i = pos(bytes, a);
            bytes.splice(i..i, s.bytes());
        }
    }
}

/// Weeks a short simulation plays.
const SHORT: u32 = 8;

/// What the commands do with a file of each kind (in this process).
/// Returns whether the file was accepted (and run).
fn exercise(name: &str, kind: Kind, bytes: &[u8], base: &Arc<Scenario>) -> bool {
    match kind {
        Kind::Scenario => {
            // validate, then a short simulate with a bot.
            let Ok(loaded) = load_bytes(name, bytes) else {
                return false;
            };
            let mut s = (*loaded.scenario).clone();
            s.weeks = s.weeks.min(SHORT);
            let mut run = Run::new(Arc::new(s), 1);
            policy::play(&mut run, &policy::by_name("typical").unwrap());
            let _ = run.scores();
            true
        }
        Kind::RunFile => {
            // replay
            let Ok(rf) = RunFile::parse(name, bytes) else {
                return false;
            };
            if let Ok(run) = rf.resimulate(name) {
                let _ = diverges(&rf, &run);
            }
            true
        }
        Kind::Deck => {
            // A dealt deck reaches every team's game from the next week.
            let Ok(deck) = Deck::parse(name, bytes) else {
                return false;
            };
            let mut s = (**base).clone();
            s.weeks = SHORT;
            let mut run = Run::new(Arc::new(s), 2);
            for (i, c) in deck.cards.iter().enumerate() {
                run.inject(1 + i as u32 % SHORT, c.kind.clone(), c.text.clone());
            }
            policy::play(&mut run, &policy::by_name("balanced").unwrap());
            true
        }
        Kind::Script => {
            // play --decisions
            let Ok(script) = Script::parse(name, bytes) else {
                return false;
            };
            let mut s = (**base).clone();
            s.weeks = SHORT;
            let mut run = Run::new(Arc::new(s), 3);
            let _ = script.play(&mut run, name);
            true
        }
    }
}

/// CPU time this thread has used.
fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Peak resident memory of this process.
fn peak_rss() -> u64 {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a rusage.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    u.ru_maxrss as u64 * 1024
}

#[test]
fn every_mutated_file_is_refused_or_runs_bounded() {
    let cases = std::env::var("PITCREW_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(FUZZ_CASES);
    let files = corpus();
    let base = scenario("first-90-days");
    let strategy = (0..files.len(), prop::collection::vec(mutation(), 1..3));
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let longest = std::cell::RefCell::new((Duration::ZERO, String::new()));
    let count = std::cell::Cell::new(0u32);
    let accepted = std::cell::Cell::new(0u32);
    let result = runner.run(&strategy, |(file, mutations)| {
        let (name, kind, original) = &files[file];
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let start = thread_cpu();
        if exercise(name, *kind, &bytes, &base) {
            accepted.set(accepted.get() + 1);
        }
        let took = thread_cpu() - start;
        count.set(count.get() + 1);
        if took > longest.borrow().0 {
            *longest.borrow_mut() = (took, format!("{name} {mutations:?}"));
        }
        if took > PER_INPUT {
            return Err(TestCaseError::fail(format!(
                "{name} took {took:?} of CPU after {mutations:?}"
            )));
        }
        Ok(())
    });
    let (took, which) = longest.take();
    let which: String = which.chars().take(300).collect();
    eprintln!(
        "fuzz: {} inputs ({} accepted and run), longest {took:?} ({which}), peak memory {} MB",
        count.get(),
        accepted.get(),
        peak_rss() / (1024 * 1024)
    );
    result.unwrap();
    assert!(
        peak_rss() < MEMORY_BYTES,
        "peak memory {} bytes",
        peak_rss()
    );
}

#[test]
fn mutations_do_what_they_say() {
    let mut b = b"(a: 1, b: \"x\")".to_vec();
    apply(&mut b, &Mutation::Number(0.0, "NaN"));
    assert_eq!(b, b"(a: NaN, b: \"x\")");
    let mut b = b"(a: 1, b: \"x\")".to_vec();
    apply(&mut b, &Mutation::Escapes(0.5, "\\n", 3));
    assert_eq!(b, b"(a: 1, b: \"\\n\\n\\nx\")");
    let mut b = b"(a: 1, b: 2)".to_vec();
    apply(&mut b, &Mutation::SwapTokens(0.0, 0.99));
    assert_eq!(b, b"(2: 1, b: a)");
    let mut b = b"()".to_vec();
    apply(&mut b, &Mutation::Nest(0.5, b'[', 3));
    assert_eq!(b, b"([[[)");
}
