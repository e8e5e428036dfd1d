//! `pitcrew --diagnostics`: opens the largest shipped scenario and measures what the
//! player feels: time from launch to an interactive picker, frame times on the
//! planning screen, how long a week takes to resolve (model + the next frame),
//! resident memory, and the CPU the planning screen takes while the player only looks
//! at it (drawn on demand, as in play). Prints the figures and exits.

use std::time::Instant;

use bevy::prelude::*;

use crate::game::Launch;
use crate::game::logic::catalog::Catalog;
use crate::game::logic::flow::Command;
use crate::game::logic::hints::DismissHint;
use crate::game::logic::screen::Screen;
use crate::game::logic::session::Session;
use crate::i18n::decimal;
use crate::policy::{self, Policy};
use crate::t;

/// Frames measured on the planning screen.
const FRAMES: usize = 300;
/// Weeks resolved and timed.
const WEEKS: usize = 12;
/// Seconds the planning screen is left alone to measure idle CPU, after the board's
/// last glides have settled.
const IDLE_SECS: f64 = 10.0;
const SETTLE_SECS: f64 = 3.0;

#[derive(Resource, Default)]
pub struct Diagnostics {
    phase: u32,
    wait: u32,
    interactive: Option<f64>,
    frames: Vec<f64>,
    last_frame: Option<Instant>,
    resolves: Vec<f64>,
    models: Vec<f64>,
    scenario: String,
    /// When the week's plan was sent, and how long until the report's first frame
    /// had been built (stamped at the end of that frame).
    sent: Option<Instant>,
    report_done: Option<f64>,
    title_frames: u32,
    /// Frame times on the picker, for reference.
    title: Vec<f64>,
    /// When the screen was left alone, and when the measured idle spell began (with
    /// the process's CPU seconds then).
    left_alone: Option<Instant>,
    idle_from: Option<(Instant, f64)>,
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    crate::report::stats::quantile(&s, p)
}

/// CPU seconds this process has used, from /proc (Linux; `None` elsewhere). The
/// kernel counts in USER_HZ ticks, 100 a second on Linux.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Resident and peak memory in MB, from /proc (Linux).
fn memory_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |k: &str| {
        status
            .lines()
            .find(|l| l.starts_with(k))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn drive(
    mut d: ResMut<Diagnostics>,
    launch: Res<Launch>,
    screen: Res<State<Screen>>,
    session: Res<Session>,
    catalog: Res<Catalog>,
    orders: crate::game::logic::flow::Orders,
    mut winit: ResMut<bevy::winit::WinitSettings>,
) {
    let crate::game::logic::flow::Orders {
        mut out,
        mut hints,
        mut exit,
    } = orders;
    if d.wait > 0 {
        d.wait -= 1;
        return;
    }
    match (d.phase, screen.get()) {
        // The picker's first frames: the third is on screen, the player can act.
        (0, Screen::Title) if d.title_frames < 3 => {
            d.title_frames += 1;
            if d.title_frames == 3 {
                d.interactive = launch.started.map(|s| s.elapsed().as_secs_f64());
            }
        }
        (0, Screen::Title) if d.title_frames < 123 => {
            d.title_frames += 1;
            let now = Instant::now();
            if let Some(prev) = d.last_frame {
                d.title.push(now.duration_since(prev).as_secs_f64());
            }
            d.last_frame = Some(now);
        }
        (0, Screen::Title) => {
            d.last_frame = None;
            match catalog.largest() {
                Some(i) => {
                    d.scenario = catalog.entries[i]
                        .scenario
                        .as_ref()
                        .map(|s| s.title.to_string())
                        .unwrap_or_default();
                    out.write(Command::Open { entry: i, seed: 1 });
                    d.phase = 1;
                }
                None => {
                    eprintln!("{}", t!("diag-no-scenario"));
                    exit.write(AppExit::error());
                }
            }
        }
        (1, Screen::Briefing) => {
            out.write(Command::Begin);
            d.phase = 2;
            d.wait = 30;
        }
        (2, Screen::Planning) => {
            hints.write(DismissHint);
            let now = Instant::now();
            if let Some(prev) = d.last_frame {
                d.frames.push(now.duration_since(prev).as_secs_f64());
            }
            d.last_frame = Some(now);
            if d.frames.len() >= FRAMES {
                d.phase = 3;
            }
        }
        (3, Screen::Planning) => {
            if let Some(g) = &session.game
                && let Some(bot) = policy::by_name("typical")
            {
                out.write_batch(crate::game::logic::flow::plan_commands(bot.plan(&g.run)));
                // As a click: the plan is sent this frame, the flow applies it next frame.
                d.sent = Some(Instant::now());
                d.report_done = None;
                d.phase = 4;
            }
        }
        // The first frame of the report has been built: the week is resolved on screen.
        (4, Screen::Report) => {
            let Some(done) = d.report_done.take() else {
                return;
            };
            d.resolves.push(done);
            if let Some(g) = &session.game {
                d.models.push(g.last_step.as_secs_f64());
            }
            out.write(Command::Continue);
            d.phase = if d.resolves.len() >= WEEKS
                || session.game.as_ref().is_none_or(|g| g.run.is_finished())
            {
                5
            } else {
                3
            };
            d.wait = 2;
        }
        // Leave the planning screen alone, drawn on demand as in play.
        (5, _) => {
            *winit = crate::game::on_demand();
            d.left_alone = Some(Instant::now());
            d.phase = 6;
        }
        (6, _)
            if d.left_alone
                .is_some_and(|t| t.elapsed().as_secs_f64() < SETTLE_SECS) => {}
        (6, _) => {
            d.idle_from = cpu_secs().map(|c| (Instant::now(), c));
            d.phase = 7;
        }
        (7, _)
            if d.idle_from
                .is_some_and(|(t, _)| t.elapsed().as_secs_f64() < IDLE_SECS) => {}
        (7, _) => {
            let idle = d.idle_from.and_then(|(t, c0)| {
                cpu_secs().map(|c1| 100.0 * (c1 - c0) / t.elapsed().as_secs_f64())
            });
            let (rss, peak) = memory_mb();
            let ms = |x: f64| x * 1000.0;
            // Numbers right-aligned in the reader's locale, so the columns line up.
            let n = |x: f64, places: u8, width: usize| format!("{:>width$}", decimal(x, places));
            println!("{}", t!("diag-title", scenario = d.scenario.clone()));
            println!(
                "{}",
                t!(
                    "diag-interactive",
                    secs = n(d.interactive.unwrap_or(f64::NAN), 2, 8)
                )
            );
            println!(
                "{}",
                t!(
                    "diag-picker",
                    p50 = n(ms(percentile(&d.title, 0.5)), 1, 6),
                    p95 = n(ms(percentile(&d.title, 0.95)), 1, 6)
                )
            );
            println!(
                "{}",
                t!(
                    "diag-planning",
                    p50 = n(ms(percentile(&d.frames, 0.5)), 1, 6),
                    p95 = n(ms(percentile(&d.frames, 0.95)), 1, 6),
                    max = n(ms(percentile(&d.frames, 1.0)), 1, 6),
                    frames = d.frames.len()
                )
            );
            println!(
                "{}",
                t!(
                    "diag-resolves",
                    p50 = n(ms(percentile(&d.resolves, 0.5)), 1, 6),
                    max = n(ms(percentile(&d.resolves, 1.0)), 1, 6),
                    weeks = d.resolves.len(),
                    model = decimal(ms(percentile(&d.models, 0.5)), 2)
                )
            );
            println!(
                "{}",
                t!("diag-memory", rss = n(rss, 1, 8), peak = decimal(peak, 1))
            );
            match idle {
                Some(p) => println!(
                    "{}",
                    t!(
                        "diag-idle",
                        share = n(p, 1, 8),
                        secs = decimal(IDLE_SECS, 0)
                    )
                ),
                None => println!("{}", t!("diag-idle-unmeasured")),
            }
            exit.write(AppExit::Success);
        }
        _ => {}
    }
}

/// End of frame: the first frame that shows the report is complete.
fn stamp_report(mut d: ResMut<Diagnostics>, screen: Res<State<Screen>>) {
    if d.phase == 4
        && *screen.get() == Screen::Report
        && d.report_done.is_none()
        && let Some(sent) = d.sent.take()
    {
        d.report_done = Some(sent.elapsed().as_secs_f64());
    }
}

pub(super) fn plugin(app: &mut App) {
    if !app
        .world()
        .get_resource::<Launch>()
        .is_some_and(|l| l.args.diagnostics)
    {
        return;
    }
    app.init_resource::<Diagnostics>()
        .add_systems(Update, drive)
        .add_systems(Last, stamp_report);
}
