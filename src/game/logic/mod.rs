//! Everything but drawing: states, the model, commands, saves, catalog, hints, the
//! debrief, the workshop folder, hosting and joining, and learning records. This is
//! what headless tests run under `MinimalPlugins`; the screens in `ui/` only read
//! these resources and write their messages.

pub mod catalog;
pub mod debrief;
pub mod flow;
pub mod hints;
pub mod host;
pub mod join;
pub mod records;
pub mod screen;
pub mod session;
pub mod settings;
pub mod storage;
pub mod workshop;

use bevy::prelude::*;

/// The logic plugins headless (no window, no GPU): the game's folders in `home` and,
/// optionally, command-line options. What the headless tests run, one update in.
pub fn headless(home: &std::path::Path, launch: Option<crate::game::Launch>) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::state::app::StatesPlugin));
    let dirs = storage::GameDirs {
        home: home.to_path_buf(),
    };
    dirs.create();
    app.insert_resource(dirs);
    if let Some(launch) = launch {
        app.insert_resource(launch);
    }
    app.add_plugins(plugin);
    app.update();
    app
}

/// The logic plugins, in the order their resources are first needed.
pub fn plugin(app: &mut App) {
    app.add_plugins((
        screen::plugin,
        storage::plugin,
        settings::plugin,
        catalog::plugin,
        session::plugin,
        flow::plugin,
        hints::plugin,
        debrief::plugin,
        workshop::plugin,
        host::plugin,
        join::plugin,
        records::plugin,
    ));
}
