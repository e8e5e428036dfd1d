//! The HTML exports in a real headless browser (Debian's `chromium`): the page parses
//! with its charts and tables, and renders to a screenshot that is not blank. The
//! screenshots are kept in `out/html/` for a person to look at.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pitcrew::format::RunFile;
use pitcrew::report::workshop::{Expect, load_dir};
use pitcrew::report::{Debrief, html};
use pitcrew::sim::{Plan, Run};

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|n| Path::new("/usr/bin").join(n))
        .find(|p| p.exists())
}

/// Runs the browser headless on a file with extra arguments; returns stdout.
fn browse(page: &Path, args: &[String]) -> String {
    let Some(bin) = chromium() else {
        assert!(
            std::env::var_os("PITCREW_SKIP_BROWSER").is_some(),
            "chromium is not installed: run `scripts/setup.sh test` (or set PITCREW_SKIP_BROWSER=1)"
        );
        return String::new();
    };
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Distinct colours and luminance spread of a PNG.
fn png_stats(path: &Path) -> (usize, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = info.color_type.samples();
    let mut colours = std::collections::HashSet::new();
    let (mut s, mut s2, mut n) = (0.0, 0.0, 0.0);
    for p in buf[..info.buffer_size()].chunks_exact(px).step_by(31) {
        colours.insert((p[0] >> 2, p[1] >> 2, p[2 % px] >> 2));
        let l = (p[0] as f64 + p[1] as f64 + p[2 % px] as f64) / 3.0;
        s += l;
        s2 += l * l;
        n += 1.0;
    }
    let m = s / n;
    (colours.len(), (s2 / n - m * m).max(0.0).sqrt())
}

fn check(name: &str, page: &Path, svgs: usize, tables: usize) {
    let dom = browse(page, &["--dump-dom".into()]);
    if chromium().is_none() {
        return;
    }
    assert_eq!(
        dom.matches("<svg").count(),
        svgs,
        "{name}: charts in the parsed page"
    );
    assert!(
        dom.matches("<polyline").count() >= svgs,
        "{name}: every chart has lines"
    );
    assert!(
        dom.matches("<table").count() >= tables,
        "{name}: tables in the parsed page"
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("out/html");
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    browse(
        page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,1800".into(),
        ],
    );
    let (colours, spread) = png_stats(&shot);
    assert!(
        colours > 30 && spread > 5.0,
        "{name}: the screenshot looks blank ({colours} colours, spread {spread:.1})"
    );
}

#[test]
fn the_debrief_export_renders_in_a_browser() {
    let s = common::scenario("first-90-days");
    let run = common::play(&s, &common::bot("balanced"), 3);
    let d = Debrief::build(&run, "Team Blue");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("debrief.html");
    std::fs::write(&page, html::debrief_html(&d)).unwrap();
    // Five charts: the projected next two quarters first, then revenue, margin, people, time.
    check("debrief", &page, 5, 3);
}

#[test]
fn the_workshop_export_renders_in_a_browser() {
    let s = common::scenario("first-90-days");
    let dir = tempfile::tempdir().unwrap();
    for (name, bot) in [
        ("red", "coach"),
        ("blue", "super_closer"),
        ("green", "discounter"),
        ("gold", "value_seller"),
    ] {
        let mut run = Run::new(s.clone(), 7);
        pitcrew::policy::play(&mut run, &common::bot(bot));
        RunFile::from_run(&run, name)
            .save(&dir.path().join(format!("{name}.ron")))
            .unwrap();
    }
    let mut half = Run::new(s.clone(), 7);
    for _ in 0..6 {
        half.step(&Plan::new()).unwrap();
    }
    RunFile::from_run(&half, "late")
        .save(&dir.path().join("late.ron"))
        .unwrap();
    let w = load_dir(dir.path(), &Expect::default()).unwrap();
    assert_eq!(w.teams.len(), 5);
    let page = dir.path().join("workshop.html");
    std::fs::write(&page, w.html()).unwrap();
    check("workshop", &page, 3, 2);
}
