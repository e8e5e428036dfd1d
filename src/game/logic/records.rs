//! Learning records from the game: when a run reaches its debrief finished, its xAPI
//! statements go to the learning record store the settings or `--lrs` name, through
//! the queue in the game's folder. Sending runs on a thread of its own, so play never
//! waits on the network; what cannot be sent waits in the queue and goes with the next
//! send (a finished run, or the game's next start).

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

use super::screen::Screen;
use super::session::{Notices, Session};
use super::settings::Settings;
use super::storage::GameDirs;
use crate::game::Launch;
use crate::xapi::{Lrs, Recording, Sent, statements};

/// Where the game's learning records go, and a send under way.
#[derive(Resource, Default)]
pub struct Records {
    /// When this game's play began (for the records' duration).
    pub since: Option<Instant>,
    /// Runs already recorded (by run id), so a debrief opened twice sends once.
    recorded: Vec<String>,
    sending: Mutex<Option<Receiver<std::io::Result<Sent>>>>,
}

/// Where the game's learning records go: what the command line and the settings say.
#[derive(SystemParam)]
pub struct RecordsTarget<'w> {
    launch: Option<Res<'w, Launch>>,
    settings: Res<'w, Settings>,
}

impl RecordsTarget<'_> {
    /// The queue folder: `--queue`, else the game folder's.
    pub fn queue(&self, dirs: &GameDirs) -> std::path::PathBuf {
        self.launch
            .as_deref()
            .and_then(|l| l.args.records.queue.clone())
            .unwrap_or_else(|| dirs.xapi_queue())
    }

    /// The LRS and home page: `--lrs`, else the settings' one.
    pub fn configured(&self) -> Option<(Lrs, Option<String>)> {
        if let Some(args) = self.launch.as_deref().map(|l| &l.args.records)
            && let Some(lrs) = args.lrs()
        {
            return Some((lrs, args.home_page.clone()));
        }
        self.settings.lrs.as_ref().map(|s| {
            (
                Lrs {
                    endpoint: s.endpoint.clone(),
                    auth: s.auth.clone(),
                },
                s.home_page.clone(),
            )
        })
    }
}

impl Records {
    fn send(&self, lrs: Lrs, queue: std::path::PathBuf, st: Vec<crate::xapi::Statement>) {
        let (tx, rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("pitcrew-records".into())
            .spawn(move || {
                let _ = tx.send(lrs.send(&queue, &st));
            });
        if spawned.is_ok()
            && let Ok(mut s) = self.sending.lock()
        {
            *s = Some(rx);
        }
    }
}

fn start_clock(mut records: ResMut<Records>) {
    records.since.get_or_insert_with(Instant::now);
}

/// A finished run's records, queued and sent.
fn record(
    session: Res<Session>,
    mut records: ResMut<Records>,
    target: RecordsTarget,
    dirs: Res<GameDirs>,
) {
    let Some(g) = session.game.as_ref().filter(|g| g.run.is_finished()) else {
        return;
    };
    let Some((lrs, home_page)) = target.configured() else {
        return;
    };
    if records.recorded.contains(&g.run_id) {
        return;
    }
    records.recorded.push(g.run_id.clone());
    // The clock starts again with the next game.
    let seconds = records.since.take().map(|t| t.elapsed().as_secs());
    let mut rec = Recording::now(seconds);
    if let Some(h) = home_page {
        rec.home_page = h;
    }
    let st = statements(&g.run_file(), &rec);
    records.send(lrs, target.queue(&dirs), st);
}

/// At start, statements left in the queue by an earlier game go out.
fn send_leftovers(records: Res<Records>, target: RecordsTarget, dirs: Res<GameDirs>) {
    let queue = target.queue(&dirs);
    if let (true, Some((lrs, _))) = (crate::xapi::lrs::pending(&queue), target.configured()) {
        records.send(lrs, queue, Vec::new());
    }
}

/// What a send did, told once.
fn report(records: Res<Records>, mut notices: ResMut<Notices>) {
    let Ok(mut sending) = records.sending.lock() else {
        return;
    };
    let Some(rx) = sending.as_ref() else { return };
    let sent = match rx.try_recv() {
        Err(TryRecvError::Empty) => return,
        Ok(s) => s,
        Err(TryRecvError::Disconnected) => {
            *sending = None;
            return;
        }
    };
    *sending = None;
    match sent {
        Ok(s) if s.queued == 0 && s.rejected == 0 => {
            notices.info(crate::t!("game-records", summary = s.summary().to_string()))
        }
        Ok(s) => notices.warn(crate::t!("game-records", summary = s.summary().to_string())),
        Err(e) => notices.warn(crate::t!("game-records-failed", error = e.to_string())),
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Records>()
        .add_systems(Startup, send_leftovers)
        .add_systems(OnEnter(Screen::Planning), start_clock)
        .add_systems(OnEnter(Screen::Debrief), record)
        .add_systems(Update, report);
}
