//! The debrief's content: built when the debrief opens (the bots replay the same
//! scenario, seed and events), and exported as HTML, CSV and the run file.

use std::path::PathBuf;

use bevy::prelude::*;

use super::flow::FlowSet;
use super::screen::Screen;
use super::session::{Notices, Session};
use super::storage::GameDirs;
use crate::format::write_atomic;
use crate::report::{Debrief, html};
use crate::xapi::{Recording, statements};

/// The debrief of the game in progress, and the files it was exported to.
#[derive(Resource, Default, Debug)]
pub struct DebriefReport {
    pub debrief: Option<Debrief>,
    pub exported: Vec<PathBuf>,
}

fn build(session: Res<Session>, mut report: ResMut<DebriefReport>) {
    report.exported.clear();
    report.debrief = session
        .game
        .as_ref()
        .map(|g| Debrief::build(&g.run, &g.player));
}

/// Writes `NAME.html`, `NAME.csv`, `NAME.run.ron` and the learning records
/// `NAME.xapi.json` into the exports folder.
pub fn export(
    session: &Session,
    report: &mut DebriefReport,
    dirs: &GameDirs,
) -> Result<Vec<PathBuf>, String> {
    let (Some(g), Some(d)) = (&session.game, &report.debrief) else {
        return Err(crate::t!("game-export-no-debrief"));
    };
    let stem = format!("{}-seed{}-week{}", d.scenario_id, d.seed, d.weeks_played);
    let dir = dirs.exports();
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("{}: {}", dir.display(), crate::i18n::os_error(&e)))?;
    let files = [
        (dir.join(format!("{stem}.html")), html::debrief_html(d)),
        (dir.join(format!("{stem}.csv")), d.weeks_csv()),
        (dir.join(format!("{stem}.run.ron")), g.run_file().to_ron()),
        (
            dir.join(format!("{stem}.xapi.json")),
            serde_json::to_string_pretty(&statements(&g.run_file(), &Recording::now(None)))
                .map_err(|e| e.to_string())?,
        ),
    ];
    for (path, text) in &files {
        write_atomic(path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let paths: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();
    report.exported = paths.clone();
    Ok(paths)
}

/// Write the debrief as HTML and CSV, the run file and its learning records.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Export;

fn on_export(
    mut asked: MessageReader<Export>,
    session: Res<Session>,
    mut report: ResMut<DebriefReport>,
    dirs: Res<GameDirs>,
    mut notices: ResMut<Notices>,
) {
    for _ in asked.read() {
        match export(&session, &mut report, &dirs) {
            Ok(paths) => notices.info(crate::t!(
                "game-exported",
                files = paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            Err(e) => notices.warn(crate::t!("game-export-failed", error = e.to_string())),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DebriefReport>()
        .add_systems(OnEnter(Screen::Debrief), build)
        .add_message::<Export>()
        .add_systems(Update, on_export.after(FlowSet));
}
