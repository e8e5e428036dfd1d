//! `pitcrew --tour DIR`: drives the real game through every screen with the same
//! commands a player's clicks send, saves a PNG of each screen, checks that none is
//! blank, and exits (status 1 if any screen was blank or missing).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::game::Launch;
use crate::game::logic::debrief::Export;
use crate::game::logic::flow::Command;
use crate::game::logic::hints::DismissHint;
use crate::game::logic::screen::Screen;
use crate::game::logic::session::Session;
use crate::game::logic::workshop::WorkshopCommand;
use crate::policy::{self, Policy};
use crate::sim::Action;

/// What a saved screenshot looked like.
#[derive(Clone, Debug)]
pub struct Shot {
    pub name: String,
    pub path: PathBuf,
    /// Distinct colours among sampled pixels.
    pub colours: usize,
    /// Standard deviation of luminance (0..255).
    pub spread: f64,
    pub saved: bool,
}

impl Shot {
    /// Blank: one flat colour, or nearly so (a window that never drew).
    pub fn blank(&self) -> bool {
        self.colours < 16 || self.spread < 6.0
    }
}

/// The tour's progress.
#[derive(Resource)]
pub struct Tour {
    dir: PathBuf,
    step: usize,
    wait: u32,
    shots: Arc<Mutex<Vec<Shot>>>,
    requested: usize,
    /// Frames spent waiting for screenshots to arrive.
    stalled: u32,
}

/// Measures a captured frame and writes it as PNG.
fn examine(name: &str, path: &PathBuf, image: &Image) -> Shot {
    let mut colours = std::collections::HashSet::new();
    let (mut sum, mut sum2, mut n) = (0.0f64, 0.0f64, 0.0f64);
    if let Some(data) = &image.data {
        for px in data.chunks_exact(4).step_by(97) {
            colours.insert((px[0] >> 2, px[1] >> 2, px[2] >> 2));
            let l = 0.3 * px[0] as f64 + 0.59 * px[1] as f64 + 0.11 * px[2] as f64;
            sum += l;
            sum2 += l * l;
            n += 1.0;
        }
    }
    let mean = sum / n.max(1.0);
    let spread = (sum2 / n.max(1.0) - mean * mean).max(0.0).sqrt();
    let saved = match image.clone().try_into_dynamic() {
        Ok(img) => img.to_rgb8().save(path).is_ok(),
        Err(_) => false,
    };
    Shot {
        name: name.to_string(),
        path: path.clone(),
        colours: colours.len(),
        spread,
        saved,
    }
}

fn shoot(commands: &mut Commands, tour: &mut Tour, name: &str) {
    let path = tour
        .dir
        .join(format!("{:02}-{name}.png", tour.requested + 1));
    tour.requested += 1;
    let shots = tour.shots.clone();
    let name = name.to_string();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>| {
            let shot = examine(&name, &path, &captured.image);
            if let Ok(mut v) = shots.lock() {
                v.push(shot);
            }
        },
    );
}

/// Sends the typical bot's plan for the week, as a player would click it in.
fn play_typical_week(session: &Session, out: &mut MessageWriter<Command>) {
    let Some(g) = &session.game else { return };
    let Some(bot) = policy::by_name("typical") else {
        return;
    };
    out.write_batch(crate::game::logic::flow::plan_commands(bot.plan(&g.run)));
}

fn drive(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    screen: Res<State<Screen>>,
    session: Res<Session>,
    library: crate::game::logic::catalog::Library,
    desk: crate::game::logic::host::Desk,
    orders: crate::game::logic::flow::Orders,
) {
    let (catalog, dirs) = (&library.catalog, &library.dirs);
    let crate::game::logic::host::Desk {
        mut view,
        mut host,
        mut workshop,
        mut export,
    } = desk;
    let crate::game::logic::flow::Orders {
        mut out,
        mut hints,
        mut exit,
    } = orders;
    if tour.wait > 0 {
        tour.wait -= 1;
        return;
    }
    // Frames to let a screen settle (layout, fonts, the board's glide) before a shot.
    const SETTLE: u32 = 45;
    let step = tour.step;
    tour.step += 1;
    tour.wait = 2;
    match step {
        0 => tour.wait = SETTLE,
        1 => shoot(&mut commands, &mut tour, "title"),
        2 => match catalog.find("first-90-days") {
            Some(entry) => {
                out.write(Command::Open { entry, seed: 1 });
                tour.wait = SETTLE;
            }
            None => {
                error!("tour: first-90-days is not in the catalog");
                exit.write(AppExit::error());
            }
        },
        3 => shoot(&mut commands, &mut tour, "briefing"),
        4 => {
            out.write(Command::Begin);
            tour.wait = SETTLE;
        }
        5 => shoot(&mut commands, &mut tour, "planning-with-hint"),
        6 => {
            hints.write(DismissHint);
            if let Some(g) = &session.game {
                let run = &g.run;
                if let Some(r) = run.team().reps.iter().find(|r| r.is_person()) {
                    out.write(Command::Add(Action::Coach {
                        rep: r.id,
                        skill: r.skills.weakest(),
                        hours: 3.0,
                    }));
                    out.write(Command::Add(Action::PipelineReview { rep: r.id }));
                }
                if let Some(d) = run
                    .pipeline()
                    .open
                    .iter()
                    .filter(|d| run.team().rep(d.rep).is_some_and(|r| r.is_person()))
                    .max_by(|a, b| a.value.total_cmp(&b.value))
                {
                    out.write(Command::Add(Action::RideAlong { deal: d.id }));
                }
            }
            tour.wait = SETTLE;
        }
        7 => shoot(&mut commands, &mut tour, "planning-with-plan"),
        8 => {
            // Within the own-book limit, but with the plan above, more than the week.
            let hours = session.game.as_ref().map_or(20.0, |g| {
                (g.run.scenario().manager.free_hours() - 4.0).max(1.0)
            });
            out.write(Command::Add(Action::CarryBook { hours }));
            tour.wait = 20;
        }
        9 => shoot(&mut commands, &mut tour, "planning-over-budget"),
        10 => {
            if let Some(g) = &session.game {
                let last = g.draft.actions.len().saturating_sub(1);
                out.write(Command::Remove(last));
            }
            hints.write(DismissHint);
            tour.wait = 5;
        }
        11 => {
            hints.write(DismissHint);
            out.write(Command::Resolve);
            tour.wait = SETTLE;
        }
        12 => shoot(&mut commands, &mut tour, "week-report"),
        13 => {
            hints.write(DismissHint);
            out.write(Command::Pause(true));
            tour.wait = 10;
        }
        14 => shoot(&mut commands, &mut tour, "pause-menu"),
        15 => {
            out.write(Command::Pause(false));
            out.write(Command::Continue);
        }
        // Play the rest of the quarter as the typical bot would, through the real screens.
        16 => {
            let finished = session.game.as_ref().is_none_or(|g| g.run.is_finished());
            match (screen.get(), finished) {
                (Screen::Planning, false) => {
                    hints.write(DismissHint);
                    play_typical_week(&session, &mut out);
                }
                (Screen::Report, _) => {
                    hints.write(DismissHint);
                    out.write(Command::Continue);
                }
                (Screen::Debrief, _) => {
                    tour.wait = SETTLE;
                    return;
                }
                _ => {}
            }
            tour.step = 16;
        }
        17 => shoot(&mut commands, &mut tour, "debrief"),
        18 => {
            export.write(Export);
            tour.wait = 10;
        }
        // The facilitator's screen, on the saves folder (the autosave and its previous copy).
        19 => {
            workshop.write(WorkshopCommand::Open);
        }
        // Hosted on loopback, so the shot shows the address, the code and the QR code.
        20 => {
            view.folder = dirs.saves().display().to_string();
            workshop.write(WorkshopCommand::Load);
            host.write(crate::game::logic::host::HostCommand::Start {
                dir: dirs.saves(),
                scenario: "first-90-days".into(),
                seed: 1,
                bind: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
            });
            tour.wait = SETTLE;
        }
        21 => shoot(&mut commands, &mut tour, "workshop"),
        _ => {
            let done = tour.shots.lock().map(|v| v.len()).unwrap_or(0);
            if done < tour.requested {
                tour.step = step;
                tour.stalled += 1;
                if tour.stalled > 600 {
                    error!("tour: screenshots never arrived");
                    exit.write(AppExit::error());
                }
                return;
            }
            let shots = tour.shots.lock().map(|v| v.clone()).unwrap_or_default();
            let mut bad = 0;
            for s in &shots {
                let verdict = if !s.saved {
                    bad += 1;
                    "NOT SAVED"
                } else if s.blank() {
                    bad += 1;
                    "BLANK"
                } else {
                    "ok"
                };
                println!(
                    "{:<24} {:>5} colours, spread {:>5.1}  {}  {}",
                    s.name,
                    s.colours,
                    s.spread,
                    verdict,
                    s.path.display()
                );
            }
            println!(
                "tour: {} screens, {}",
                shots.len(),
                crate::narrate::counted(bad, "problem", "problems")
            );
            exit.write(if bad == 0 {
                AppExit::Success
            } else {
                AppExit::error()
            });
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    let Some(dir) = app
        .world()
        .get_resource::<Launch>()
        .and_then(|l| l.args.tour.clone())
    else {
        return;
    };
    let _ = std::fs::create_dir_all(&dir);
    app.insert_resource(Tour {
        dir,
        step: 0,
        wait: 0,
        shots: Arc::new(Mutex::new(Vec::new())),
        requested: 0,
        stalled: 0,
    })
    .add_systems(Update, drive);
}
