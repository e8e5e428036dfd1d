//! Player commands and the game flow they drive: open a scenario, plan, resolve the
//! week, read the report, reach the debrief; save, load, resume; quit.
//!
//! Screens (and tests, and the tour) only write [`Command`]s; this is the one place
//! that changes the model, so what a test drives is what a player drives.

use std::time::Instant;

use bevy::prelude::*;

use super::catalog::Library;
use super::screen::{Nav, Screen};
use super::session::{Game, Notices, Session};
use super::storage::{self, GameDirs};
use crate::sim::Action;
use crate::t;

/// Something the player asked of the game's flow. Features declare their own
/// messages beside their handlers: [`super::hints::DismissHint`],
/// [`super::debrief::Export`], [`super::workshop::WorkshopCommand`],
/// [`super::host::HostCommand`].
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new game on a picker entry with a seed; shows its briefing.
    Open {
        entry: usize,
        seed: u64,
    },
    /// Continue the autosaved game.
    Resume,
    /// Leave the briefing for the first planning week.
    Begin,
    /// Add an action to the week's draft.
    Add(Action),
    /// Remove the draft's action at this index.
    Remove(usize),
    /// Share of the organisation's demands the manager absorbs this week.
    SetAbsorb(f64),
    /// Change the discount cap from this week on (`None` keeps it).
    SetDiscountCap(Option<f64>),
    /// Empty the draft.
    ClearPlan,
    /// Carry out the draft: resolve the week, autosave, show the report.
    Resolve,
    /// From the week report to the next planning week, or to the debrief.
    Continue,
    /// Stop here and see the debrief of the weeks played.
    EndEarly,
    /// Save to the manual slot / load it.
    Save,
    Load,
    /// Back to the title screen (the game stays autosaved).
    ToTitle,
    /// Name recorded in run files.
    SetPlayer(String),
    /// Open or close the pause menu.
    Pause(bool),
    Quit,
}

/// What a driver of the game (the tour, the diagnostics) sends: the player's commands,
/// and the exit.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Orders<'w> {
    pub out: MessageWriter<'w, Command>,
    pub hints: MessageWriter<'w, super::hints::DismissHint>,
    pub exit: MessageWriter<'w, AppExit>,
}

/// The system that applies commands; other plugins order themselves after it.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct FlowSet;

fn apply(
    mut commands: MessageReader<Command>,
    mut session: ResMut<Session>,
    library: Library,
    mut notices: ResMut<Notices>,
    mut nav: Nav,
    mut exit: MessageWriter<AppExit>,
) {
    let (catalog, dirs) = (&library.catalog, &library.dirs);
    for cmd in commands.read() {
        match cmd.clone() {
            Command::Open { entry, seed } => match catalog.entries.get(entry) {
                Some(e) => match (&e.scenario, &e.error) {
                    (Some(s), None) => {
                        let mut g = Game::new(s.clone(), seed);
                        g.entry = Some(entry);
                        session.game = Some(g);
                        nav.go(Screen::Briefing);
                    }
                    (_, Some(err)) => notices.warn(t!(
                        "game-flow-cannot-play",
                        file = e.file.clone(),
                        error = err.to_string()
                    )),
                    (None, None) => {
                        notices.warn(t!("game-flow-no-scenario", file = e.file.clone()))
                    }
                },
                None => notices.warn(t!("game-flow-no-entry", n = entry)),
            },
            Command::Resume => {
                if load_into(&mut session, &dirs.autosave(), &mut notices) {
                    nav.go(resume_screen(&session));
                }
            }
            Command::Load => {
                if load_into(&mut session, &dirs.manual_save(), &mut notices) {
                    nav.go(resume_screen(&session));
                    nav.set_paused(false);
                }
            }
            Command::Begin => {
                if session.game.is_some() {
                    nav.go(Screen::Planning);
                }
            }
            Command::Add(a) => {
                if let Some(g) = &mut session.game {
                    g.draft.actions.push(a);
                }
            }
            Command::Remove(i) => {
                if let Some(g) = &mut session.game
                    && i < g.draft.actions.len()
                {
                    g.draft.actions.remove(i);
                }
            }
            Command::SetAbsorb(x) => {
                if let Some(g) = &mut session.game {
                    g.draft.absorb = x.clamp(0.0, 1.0);
                }
            }
            Command::SetDiscountCap(c) => {
                if let Some(g) = &mut session.game {
                    g.draft.discount_cap = c;
                }
            }
            Command::ClearPlan => {
                if let Some(g) = &mut session.game {
                    g.draft.actions.clear();
                }
            }
            Command::Resolve => {
                if nav.on() != Screen::Planning {
                    continue;
                }
                let Some(g) = &mut session.game else { continue };
                // A joined workshop's week is resolved by the facilitator's server.
                if g.remote {
                    continue;
                }
                let started = Instant::now();
                match g.run.step(&g.draft.clone()) {
                    Ok(_) => {
                        g.last_step = started.elapsed();
                        g.draft.actions.clear();
                        g.draft.discount_cap = None;
                        autosave(g, dirs, &mut notices);
                        nav.go(Screen::Report);
                    }
                    // Explained, never clipped: the plan stays as it is for the player to fix.
                    Err(e) => notices.warn(t!("game-plan-invalid", error = e.to_string())),
                }
            }
            Command::Continue => {
                if let Some(g) = &session.game {
                    nav.go(if g.run.is_finished() {
                        Screen::Debrief
                    } else {
                        Screen::Planning
                    });
                }
            }
            Command::EndEarly => {
                if session.game.is_some() {
                    nav.set_paused(false);
                    nav.go(Screen::Debrief);
                }
            }
            Command::Save => {
                if let Some(g) = &session.game {
                    let file = g.run_file();
                    match storage::write_save(&dirs.manual_save(), &file) {
                        Ok(()) => notices.info(t!(
                            "game-flow-saved",
                            week = g.run.week(),
                            file = dirs.manual_save().display().to_string()
                        )),
                        Err(e) => notices.warn(t!("game-flow-save-failed", error = e.to_string())),
                    }
                }
            }
            Command::ToTitle => {
                nav.set_paused(false);
                nav.go(Screen::Title);
            }
            Command::SetPlayer(name) => {
                if let Some(g) = &mut session.game {
                    // What a run file accepts (replay refuses control characters).
                    g.player = name
                        .chars()
                        .filter(|c| !c.is_control())
                        .take(crate::format::runfile::MAX_PLAYER_CHARS)
                        .collect();
                }
            }
            Command::Pause(p) => nav.set_paused(p),
            Command::Quit => {
                exit.write(AppExit::Success);
            }
        }
    }
}

/// The commands a player would click to enter a plan and resolve the week (the tour
/// and the diagnostics play the typical bot's week this way, through the real flow).
pub fn plan_commands(plan: crate::sim::Plan) -> Vec<Command> {
    let mut v = vec![
        Command::ClearPlan,
        Command::SetAbsorb(plan.absorb),
        Command::SetDiscountCap(plan.discount_cap),
    ];
    v.extend(plan.actions.into_iter().map(Command::Add));
    v.push(Command::Resolve);
    v
}

/// Where a loaded game continues: planning, or the debrief if it was finished.
fn resume_screen(session: &Session) -> Screen {
    match &session.game {
        Some(g) if g.run.is_finished() => Screen::Debrief,
        _ => Screen::Planning,
    }
}

/// Loads a save into the session by re-simulating it. A damaged save is reported,
/// and the previous copy is used if there is one; the session is untouched on failure.
fn load_into(session: &mut Session, path: &std::path::Path, notices: &mut Notices) -> bool {
    let loaded = match storage::read_save(path) {
        Ok(l) => l,
        Err(e) => {
            notices.warn(t!("game-flow-load-failed", error = e.to_string()));
            return false;
        }
    };
    if let Some(why) = &loaded.fell_back {
        notices.warn(why.clone());
    }
    match loaded.file.resimulate(&path.display().to_string()) {
        Ok(run) => {
            let mut g = Game::new(run.scenario().clone(), run.seed());
            g.run = run;
            g.player = loaded.file.player.clone();
            // A resumed game is the same game: it keeps its id (older saves get a new one).
            if !loaded.file.run_id.is_empty() {
                g.run_id = loaded.file.run_id.clone();
            }
            g.hints_seen = super::session::hints_seen_before(&g.run);
            notices.info(t!(
                "game-flow-loaded",
                title = g.run.scenario().title.to_string(),
                week = g.run.week().min(g.run.weeks())
            ));
            session.game = Some(g);
            true
        }
        Err(e) => {
            notices.warn(t!("game-flow-load-failed", error = e.to_string()));
            false
        }
    }
}

pub(super) fn autosave(g: &Game, dirs: &GameDirs, notices: &mut Notices) {
    let file = g.run_file();
    if let Err(e) = storage::write_save(&dirs.autosave(), &file) {
        notices.warn(t!("game-flow-autosave-failed", error = e.to_string()));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Command>()
        // Before the state transition, so a click's screen change shows in the next frame.
        .add_systems(PreUpdate, apply.in_set(FlowSet));
}
