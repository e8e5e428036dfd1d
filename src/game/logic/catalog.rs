//! The scenario picker's list: the shipped scenarios (built into the binary, so the
//! game works from any folder) and the trainer's own folder. A broken file is listed
//! with its error and never stops the rest from loading. Files in the user folder are
//! re-read when they change (hot reload); a bad edit keeps the last good version.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bevy::prelude::*;

use super::storage::GameDirs;
use crate::scenario::{self, Scenario};

pub use crate::scenario::SHIPPED;

/// Where a scenario came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Shipped,
    User(PathBuf),
    /// Named with `--scenario FILE`, outside the user folder.
    CommandLine(PathBuf),
}

/// One line of the picker.
#[derive(Clone, Debug)]
pub struct Entry {
    pub origin: Origin,
    /// File name, shown with errors.
    pub file: String,
    /// The last good version of the scenario, if there ever was one.
    pub scenario: Option<Arc<Scenario>>,
    /// The current error (syntax with file:line:column, or field paths).
    pub error: Option<String>,
    pub warnings: Vec<String>,
    modified: Option<SystemTime>,
}

impl Entry {
    fn load(origin: Origin, file: String, text: Result<Vec<u8>, String>) -> Entry {
        let mut e = Entry {
            origin,
            file,
            scenario: None,
            error: None,
            warnings: Vec::new(),
            modified: None,
        };
        e.apply(text);
        e
    }

    /// Re-reads the entry; a failure keeps the last good scenario and records the error.
    fn apply(&mut self, bytes: Result<Vec<u8>, String>) {
        let result =
            bytes.and_then(|b| scenario::load_bytes(&self.file, &b).map_err(|e| e.to_string()));
        match result {
            Ok(loaded) => {
                self.scenario = Some(loaded.scenario);
                self.warnings = loaded.warnings.iter().map(|w| w.to_string()).collect();
                self.error = None;
            }
            Err(e) => self.error = Some(e),
        }
    }

    pub fn is_user(&self) -> bool {
        !matches!(self.origin, Origin::Shipped)
    }
}

/// The picker's scenarios.
#[derive(Resource, Clone, Debug, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    pub user_dir: PathBuf,
}

pub(super) fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    scenario::read_limited(path, scenario::MAX_FILE_BYTES).map_err(|e| e.to_string())
}

impl Catalog {
    /// Loads the shipped scenarios and every `*.ron` file of the user folder.
    pub fn load(user_dir: &Path) -> Catalog {
        let mut entries: Vec<Entry> = SHIPPED
            .iter()
            .map(|(name, text)| {
                Entry::load(
                    Origin::Shipped,
                    name.to_string(),
                    Ok(text.as_bytes().to_vec()),
                )
            })
            .collect();
        for path in user_files(user_dir) {
            let mut e = Entry::load(Origin::User(path.clone()), display_name(&path), read(&path));
            e.modified = modified(&path);
            entries.push(e);
        }
        Catalog {
            entries,
            user_dir: user_dir.to_path_buf(),
        }
    }

    /// Picks up new, changed and removed files of the user folder. Returns whether
    /// anything changed.
    pub fn refresh(&mut self) -> bool {
        let files = user_files(&self.user_dir);
        let before = self.entries.len();
        self.entries.retain(|e| match &e.origin {
            Origin::Shipped | Origin::CommandLine(_) => true,
            Origin::User(p) => files.contains(p),
        });
        let mut changed = before != self.entries.len();
        for path in files {
            let m = modified(&path);
            match self
                .entries
                .iter_mut()
                .find(|e| e.origin == Origin::User(path.clone()))
            {
                Some(e) if e.modified == m => {}
                Some(e) => {
                    e.modified = m;
                    e.apply(read(&path));
                    changed = true;
                }
                None => {
                    let mut e =
                        Entry::load(Origin::User(path.clone()), display_name(&path), read(&path));
                    e.modified = m;
                    self.entries.push(e);
                    changed = true;
                }
            }
        }
        changed
    }

    /// Adds a scenario file from elsewhere (the command line); returns its index.
    pub fn add_file(&mut self, path: &Path) -> usize {
        let mut e = Entry::load(
            Origin::CommandLine(path.to_path_buf()),
            display_name(path),
            read(path),
        );
        e.modified = modified(path);
        self.entries.push(e);
        self.entries.len() - 1
    }

    /// Reads a workshop code, `SCENARIO-ID/SEED` (e.g. `first-90-days/7`), into a
    /// picker entry and a seed.
    pub fn parse_code(&self, code: &str) -> Result<(usize, u64), String> {
        let code = code.trim();
        let (id, seed) = code
            .rsplit_once(['/', ':', ' '])
            .ok_or_else(|| crate::t!("game-code-shape", code = format!("{code:?}")))?;
        let seed: u64 = seed
            .trim()
            .parse()
            .map_err(|_| crate::t!("game-code-seed", code = format!("{code:?}")))?;
        let entry = self.find(id.trim()).ok_or_else(|| {
            crate::t!(
                "game-code-no-scenario",
                code = format!("{code:?}"),
                id = format!("{:?}", id.trim())
            )
        })?;
        Ok((entry, seed))
    }

    /// Finds a scenario by id or by file name.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| {
            e.file == key
                || e.file.trim_end_matches(".ron") == key
                || e.scenario.as_ref().is_some_and(|s| s.id == key)
        })
    }

    /// The playable entry with the most rep-weeks (used by diagnostics).
    pub fn largest(&self) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.origin == Origin::Shipped)
            .filter_map(|(i, e)| {
                e.scenario
                    .as_ref()
                    .map(|s| (i, s.team.len() as u64 * s.weeks as u64))
            })
            .max_by_key(|&(_, size)| size)
            .map(|(i, _)| i)
    }
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| scenario::clean(&n.to_string_lossy()))
        .unwrap_or_else(|| scenario::shown(path))
}

/// The `.ron` files of a folder, sorted; a missing folder is empty.
fn user_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Not only regular files: a pipe, a device link or a folder named `x.ron` is
        // listed with the reader's refusal instead of vanishing without a word.
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    v.sort();
    v
}

/// How often the user folder is checked for edits.
const POLL: Duration = Duration::from_millis(700);

fn poll_user_folder(time: Res<Time>, mut since: Local<Duration>, mut catalog: ResMut<Catalog>) {
    *since += time.delta();
    if *since < POLL {
        return;
    }
    *since = Duration::ZERO;
    // Only write through the ResMut when something changed, so change detection stays quiet.
    if catalog.bypass_change_detection().refresh() {
        catalog.set_changed();
    }
}

/// An edit to the scenario of a game still at its briefing restarts the game on the
/// new version, so a trainer sees the edit at once; a game under way keeps its scenario.
fn reload_briefing(
    catalog: Res<Catalog>,
    mut session: ResMut<super::session::Session>,
    screen: Res<State<super::screen::Screen>>,
) {
    if !catalog.is_changed() || *screen.get() != super::screen::Screen::Briefing {
        return;
    }
    let Some(g) = session.game.as_mut() else {
        return;
    };
    let Some(e) = g.entry.and_then(|i| catalog.entries.get(i)) else {
        return;
    };
    if let Some(s) = &e.scenario
        && g.run.tick() == 0
        && !Arc::ptr_eq(s, g.run.scenario())
    {
        let mut fresh = super::session::Game::new(s.clone(), g.run.seed());
        fresh.player = std::mem::take(&mut g.player);
        fresh.entry = g.entry;
        *g = fresh;
    }
}

/// The scenarios the player can open and the folders the game keeps files in.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Library<'w> {
    pub catalog: Res<'w, Catalog>,
    pub dirs: Res<'w, super::storage::GameDirs>,
}

pub(super) fn plugin(app: &mut App) {
    let dir = app
        .world()
        .get_resource::<GameDirs>()
        .map(|d| d.scenarios())
        .unwrap_or_default();
    app.insert_resource(Catalog::load(&dir))
        .add_systems(Update, (poll_user_folder, reload_briefing).chain());
}
