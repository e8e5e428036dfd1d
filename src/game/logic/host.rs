//! Hosting a workshop from the game: the facilitator's screen starts the `pitcrew
//! serve` server on its folder, so teams play in their browsers while the screen
//! follows their run files; it shows the address and its QR code for the projector,
//! and pauses, resumes and finishes teams. The messages are this feature's own.

use std::net::SocketAddr;
use std::path::PathBuf;

use bevy::prelude::*;

use super::session::Notices;
use super::workshop::{WorkshopView, refresh};
use crate::serve::{Hosted, ServeOptions, host, open_room};

/// The facilitator's desk: the workshop screen's view and the hosted server's controls.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Desk<'w> {
    pub view: ResMut<'w, WorkshopView>,
    pub host: MessageWriter<'w, HostCommand>,
    pub workshop: MessageWriter<'w, super::workshop::WorkshopCommand>,
    pub export: MessageWriter<'w, super::debrief::Export>,
}

/// What the facilitator asks of the hosted workshop.
#[derive(Message, Debug, Clone)]
pub enum HostCommand {
    /// Serve the workshop in `dir` (a new one on `scenario` and `seed`, or the one a
    /// server left there).
    Start {
        dir: PathBuf,
        scenario: String,
        seed: u64,
        bind: SocketAddr,
    },
    /// Pause (true) or resume every team's next week.
    Pause(bool),
    /// Mark a team (by its token) finished, or let it play on.
    Finish {
        token: String,
        finished: bool,
    },
    Stop,
}

/// The hosted workshop, if any, and the form that starts one.
#[derive(Resource)]
pub struct Hosting {
    pub hosted: Option<Hosted>,
    pub scenario: String,
    pub seed: u64,
    pub bind: String,
}

impl Default for Hosting {
    fn default() -> Self {
        Hosting {
            hosted: None,
            scenario: "first-90-days".into(),
            seed: 1,
            bind: crate::serve::DEFAULT_BIND.into(),
        }
    }
}

fn on_commands(
    mut commands: MessageReader<HostCommand>,
    mut hosting: ResMut<Hosting>,
    mut view: ResMut<WorkshopView>,
    mut notices: ResMut<Notices>,
    records: super::records::RecordsTarget,
) {
    for c in commands.read() {
        match c {
            HostCommand::Start {
                dir,
                scenario,
                seed,
                bind,
            } => {
                hosting.hosted = None;
                let opts = ServeOptions {
                    dir: dir.clone(),
                    scenario: Some(scenario.clone()),
                    seed: *seed,
                    bind: *bind,
                    records: records.configured(),
                };
                match open_room(&opts).and_then(|room| host(room, *bind)) {
                    Ok(h) => {
                        notices.info(crate::t!("game-host-join-at", url = h.join_url.to_string()));
                        hosting.hosted = Some(h);
                        // The screen follows the folder the server writes to.
                        view.folder = dir.display().to_string();
                        refresh(&mut view);
                    }
                    Err(e) => notices.warn(crate::t!("game-host-failed", error = e.to_string())),
                }
            }
            HostCommand::Pause(paused) => {
                if let Some(h) = &hosting.hosted
                    && let Err(e) = h.room().set_paused(*paused)
                {
                    notices.warn(e.to_string());
                }
            }
            HostCommand::Finish { token, finished } => {
                if let Some(h) = &hosting.hosted
                    && let Err(e) = h.room().set_finished(token, *finished)
                {
                    notices.warn(e.to_string());
                }
            }
            HostCommand::Stop => {
                if hosting.hosted.take().is_some() {
                    notices.info(crate::t!("game-host-stopped"));
                }
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<HostCommand>()
        .init_resource::<Hosting>()
        .add_systems(Update, on_commands);
}
