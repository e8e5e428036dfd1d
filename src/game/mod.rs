//! The Bevy game: one plugin per screen or feature.
//!
//! The model lives in the [`logic::session::Session`] resource. Screens never change it
//! directly: they write [`logic::flow::Command`] messages, and the logic plugins (which a
//! headless test can run without a window) apply them. That split keeps every
//! decision a player can make testable without rendering.

pub mod board;
pub mod devtools;
pub mod display;
pub mod logic;
pub mod ui;

use std::process::ExitCode;
use std::time::Instant;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::EguiPlugin;

use crate::options::GameArgs;

/// What the command line asked of the game.
#[derive(Resource, Clone, Debug, Default)]
pub struct Launch {
    pub args: GameArgs,
    /// When the process started, for the time-to-interactive figure.
    pub started: Option<Instant>,
}

/// The drawn game: egui screens, the pipeline board, and the developers' tools (the
/// tour and the diagnostics drivers).
pub fn presentation(app: &mut App) {
    app.add_plugins((ui::plugin, board::plugin, devtools::plugin));
}

/// How often an idle game wakes to look at the folders it follows.
const FOLLOW_FOLDERS: std::time::Duration = std::time::Duration::from_secs(2);

/// Drawing on demand: on input, on redraw requests, and every [`FOLLOW_FOLDERS`].
pub(crate) fn on_demand() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(FOLLOW_FOLDERS),
        unfocused_mode: UpdateMode::reactive_low_power(FOLLOW_FOLDERS),
    }
}

/// The window speaks the language chosen at start (`--lang`, else the setting, else
/// the OS locale). Only the real game sets the process's language: headless tests
/// read [`logic::settings::GameLang`] instead.
fn speak_the_game_language(lang: Res<logic::settings::GameLang>) {
    crate::i18n::set_lang(lang.0);
}

/// Opens the game window on the scenario picker. Returns a failure exit code with a
/// clear message when there is no display to open a window on.
pub fn run(args: GameArgs) -> ExitCode {
    let started = Instant::now();
    if let Err(why) = display::check() {
        eprintln!("{why}");
        return ExitCode::from(crate::options::NO_GAME);
    }
    display::explain_renderer_failures();
    let dirs = logic::storage::GameDirs::resolve(args.home.as_deref());
    dirs.create();
    // A workshop is joined before the window opens: a wrong address or an unreachable
    // server is said here, in the terminal the command was typed in.
    let remote = match args
        .join
        .is_some()
        .then(|| logic::join::connect(&args, &dirs))
    {
        Some(Ok(r)) => Some(r),
        Some(Err(why)) => {
            eprintln!("error: {why}");
            return ExitCode::from(crate::options::NO_GAME);
        }
        None => None,
    };
    // A planning screen at rest needs no frames: draw on input, on the board's glides
    // (they ask for frames) and every couple of seconds for the folders the game
    // follows (a workshop's runs and deck, the scenario files). The tour and the
    // diagnostics measure frames, so they keep drawing continuously.
    let winit = if args.tour.is_some() || args.diagnostics {
        WinitSettings::continuous()
    } else {
        on_demand()
    };
    let mut app = App::new();
    if let Some(r) = remote {
        app.insert_resource(r);
    }
    let exit = app
        .insert_resource(winit)
        .insert_resource(dirs)
        .insert_resource(Launch {
            args,
            started: Some(started),
        })
        .add_plugins(
            DefaultPlugins
                .set(WindowPlugin {
                    primary_window: Some(Window {
                        title: "Pit Crew".into(),
                        resolution: WindowResolution::new(1280, 800),
                        ..default()
                    }),
                    ..default()
                })
                .set(bevy::log::LogPlugin {
                    level: bevy::log::Level::WARN,
                    ..default()
                }),
        )
        .add_plugins(EguiPlugin::default())
        .add_plugins((logic::plugin, presentation))
        .add_systems(Startup, speak_the_game_language)
        .run();
    match exit {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
