//! Where the game keeps its files, and saving and loading runs safely.
//!
//! Saves are run files (scenario, seed, every plan), so loading one re-simulates the
//! game exactly. Every write is atomic; before a save replaces an older one, the
//! older one is kept as `NAME.prev.ron`, so a save damaged later (disk, editor,
//! crash of another program) never costs more than a week.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::format::{RunFile, RunFileError};
use crate::game::Launch;

/// The game's folders.
#[derive(Resource, Clone, Debug)]
pub struct GameDirs {
    pub home: PathBuf,
}

impl GameDirs {
    /// `--home`, else `$PITCREW_HOME`, else `$XDG_DATA_HOME/pitcrew`, else
    /// `~/.local/share/pitcrew`, else `./pitcrew-data`.
    pub fn resolve(explicit: Option<&Path>) -> GameDirs {
        GameDirs {
            home: crate::paths::data_home(explicit),
        }
    }
    /// The trainer's own scenarios, listed in the picker beside the shipped ones.
    pub fn scenarios(&self) -> PathBuf {
        self.home.join("scenarios")
    }
    pub fn saves(&self) -> PathBuf {
        self.home.join("saves")
    }
    pub fn exports(&self) -> PathBuf {
        self.home.join("exports")
    }
    pub fn settings(&self) -> PathBuf {
        self.home.join("settings.ron")
    }
    pub fn autosave(&self) -> PathBuf {
        self.saves().join("autosave.ron")
    }
    /// Learning records waiting for the learning record store.
    pub fn xapi_queue(&self) -> PathBuf {
        crate::xapi::queue_dir(&self.home)
    }
    pub fn manual_save(&self) -> PathBuf {
        self.saves().join("save.ron")
    }
    /// Creates the folders (errors surface later, when a write fails with its path).
    pub fn create(&self) {
        for d in [self.scenarios(), self.saves(), self.exports()] {
            let _ = std::fs::create_dir_all(d);
        }
    }
}

pub use crate::format::runfile::previous;

/// Writes a save atomically, first keeping the current one (if it reads back) as
/// the previous copy.
pub fn write_save(path: &Path, file: &RunFile) -> Result<(), RunFileError> {
    if path.exists() && RunFile::load(path).is_ok() {
        let _ = std::fs::copy(path, previous(path));
    }
    file.save(path)
}

/// The outcome of loading a save.
#[derive(Debug)]
pub struct Loaded {
    pub file: RunFile,
    /// Set when the save was damaged and the previous copy was loaded instead.
    pub fell_back: Option<String>,
}

/// Loads a save; if it is damaged, says so and loads the previous copy. The damaged
/// file is left where it is (never overwritten by the fallback) so nothing is lost.
pub fn read_save(path: &Path) -> Result<Loaded, RunFileError> {
    match RunFile::load(path) {
        Ok(file) => Ok(Loaded {
            file,
            fell_back: None,
        }),
        Err(e) => {
            let prev = previous(path);
            match RunFile::load(&prev) {
                Ok(file) => Ok(Loaded {
                    file,
                    fell_back: Some(format!(
                        "{e}\n{}",
                        crate::t!("game-save-fell-back", file = prev.display().to_string())
                    )),
                }),
                Err(_) => Err(e),
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    let explicit = app
        .world()
        .get_resource::<Launch>()
        .and_then(|l| l.args.home.clone());
    if !app.world().contains_resource::<GameDirs>() {
        let dirs = GameDirs::resolve(explicit.as_deref());
        dirs.create();
        app.insert_resource(dirs);
    }
}
