//! Playing a hosted workshop from the desktop game: `pitcrew --join URL`.
//!
//! The facilitator's server (`pitcrew serve`, or *Host this workshop*) runs the model
//! for the whole room. The game sends each week's plan there and replays the run file
//! it gets back, so the team sees exactly the run the facilitator's board scores, the
//! facilitator's deal cards included. Requests run on a thread of their own: the
//! window never waits on the network.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use serde::{Deserialize, Serialize};

use super::flow::{Command, FlowSet};
use super::screen::Screen;
use super::session::{Game, Notices, Session};
use super::storage::GameDirs;
use crate::format::write_atomic;
use crate::options::GameArgs;
use crate::serve::api::TeamState;
use crate::serve::client::{Client, ClientError, Invite};

/// How often a planning team looks at the room (pause, cards, a week played in the
/// browser on another laptop).
const LOOK_EVERY: Duration = Duration::from_secs(4);

/// The workshop server this game plays against.
#[derive(Resource)]
pub struct Remote {
    pub client: Client,
    pub token: String,
    pub team: String,
    /// The facilitator has paused the room.
    pub paused: bool,
    /// The week being sent, while it is.
    pub sending: Option<u32>,
    pending: Mutex<Option<Pending>>,
    since_look: Duration,
    /// The game the launch joined, until the title screen hands it to the session,
    /// with the notices the room held for the team (cards dealt while it was away).
    arriving: Option<(Game, Vec<String>)>,
}

/// A request under way.
struct Pending {
    kind: Asked,
    reply: Receiver<Result<TeamState, ClientError>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Asked {
    Week,
    Look,
}

impl Remote {
    /// Does this game play against the server?
    pub fn plays(&self, game: &Game) -> bool {
        // A game opened from the title screen, or resumed from a save, plays locally.
        game.remote
    }

    fn busy(&self) -> bool {
        self.pending.lock().map(|p| p.is_some()).unwrap_or(false)
    }

    /// Runs a request on its own thread; its reply is picked up by [`receive`].
    fn ask(
        &mut self,
        kind: Asked,
        request: impl FnOnce(&Client) -> Result<TeamState, ClientError> + Send + 'static,
    ) -> bool {
        let (tx, rx) = std::sync::mpsc::channel();
        let client = self.client.clone();
        let spawned = std::thread::Builder::new()
            .name("pitcrew-join".into())
            .spawn(move || {
                let _ = tx.send(request(&client));
            });
        if spawned.is_ok()
            && let Ok(mut p) = self.pending.lock()
        {
            *p = Some(Pending { kind, reply: rx });
            return true;
        }
        false
    }

    /// A line for the planning screen: where the team plays and what is happening.
    pub fn status(&self) -> String {
        let code = self.client.invite().code.to_string();
        let server = self
            .client
            .invite()
            .server
            .trim_start_matches("http://")
            .to_string();
        let team = self.team.to_string();
        match (self.sending, self.paused) {
            (Some(w), _) => crate::t!(
                "game-join-status-sending",
                code = code,
                server = server,
                team = team,
                week = w
            ),
            (None, true) => crate::t!(
                "game-join-status-paused",
                code = code,
                server = server,
                team = team
            ),
            (None, false) => crate::t!(
                "game-join-status",
                code = code,
                server = server,
                team = team
            ),
        }
    }
}

/// The teams this machine has joined, so a restarted game continues its team.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Memberships {
    teams: Vec<Membership>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Membership {
    room: String,
    team: String,
    token: String,
}

fn memberships_path(dirs: &GameDirs) -> PathBuf {
    dirs.home.join("workshops.ron")
}

fn read_memberships(path: &Path) -> Memberships {
    // A damaged file only costs the memory of past teams: they join anew.
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| crate::scenario::ron_options().from_str(&t).ok())
        .unwrap_or_default()
}

fn remember(path: &Path, room: &str, team: &str, token: &str) {
    let mut m = read_memberships(path);
    m.teams
        .retain(|t| !(t.room == room && same_team(&t.team, team)));
    m.teams.push(Membership {
        room: room.to_string(),
        team: team.to_string(),
        token: token.to_string(),
    });
    if let Ok(text) = ron::ser::to_string_pretty(&m, ron::ser::PrettyConfig::new()) {
        let _ = write_atomic(path, text.as_bytes());
    }
}

fn same_team(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Connects to the workshop the command line names, before the window opens: joins
/// as `--team` (or continues the team this machine joined under that name, or the
/// team whose own address was given) and replays the team's run.
pub fn connect(args: &GameArgs, dirs: &GameDirs) -> Result<Remote, ClientError> {
    let url = args.join.as_deref().unwrap_or_default();
    let invite = Invite::parse(url)?;
    let room = invite.room_url();
    let client = Client::new(invite.clone());
    let memory = memberships_path(dirs);
    let team = args.team.as_deref().map(str::trim).unwrap_or_default();
    let known = invite.token.clone().or_else(|| {
        read_memberships(&memory)
            .teams
            .into_iter()
            .find(|m| m.room == room && !team.is_empty() && same_team(&m.team, team))
            .map(|m| m.token)
    });
    let state = match known.map(|token| (client.team(&token), token)) {
        Some((Ok(state), token)) => Some((state, token)),
        Some((Err(e), _)) if e.is_unknown_team() && invite.token.is_none() => None,
        Some((Err(e), _)) => return Err(e),
        None => None,
    };
    let (state, token) = match state {
        Some(s) => s,
        None => {
            if team.is_empty() {
                return Err(ClientError::NeedsTeam { room });
            }
            let joined = client.join(team)?;
            let state = client.team(&joined.token)?;
            (state, joined.token)
        }
    };
    remember(&memory, &room, &state.name, &token);
    let (file, run) = state.replay()?;
    let mut game = Game::new(run.scenario().clone(), run.seed());
    game.run = run;
    game.player = state.name.clone();
    game.run_id = file.run_id.clone();
    game.remote = true;
    Ok(Remote {
        client,
        token,
        team: state.name.clone(),
        paused: state.paused,
        sending: None,
        pending: Mutex::new(None),
        since_look: Duration::ZERO,
        arriving: Some((game, state.notices.clone())),
    })
}

/// The joined game opens at its briefing (or where the team left it).
fn arrive(
    remote: Option<ResMut<Remote>>,
    mut session: ResMut<Session>,
    mut next: ResMut<NextState<Screen>>,
    mut notices: ResMut<Notices>,
) {
    let Some(mut remote) = remote else { return };
    let Some((game, told)) = remote.arriving.take() else {
        return;
    };
    next.set(if game.run.is_finished() {
        Screen::Debrief
    } else if game.run.tick() == 0 {
        Screen::Briefing
    } else {
        Screen::Planning
    });
    notices.info(crate::t!(
        "game-join-joined",
        room = remote.client.invite().room_url().to_string(),
        team = remote.team.to_string(),
        page = format!("{}/t/{}", remote.client.invite().room_url(), remote.token)
    ));
    for n in told {
        notices.info(n);
    }
    session.game = Some(game);
}

/// *Resolve week* on a joined game: the plan goes to the server.
fn send_week(
    mut commands: MessageReader<Command>,
    remote: Option<ResMut<Remote>>,
    session: Res<Session>,
    screen: Res<State<Screen>>,
    mut notices: ResMut<Notices>,
) {
    let Some(mut remote) = remote else { return };
    for c in commands.read() {
        let (Command::Resolve, Some(g)) = (c, &session.game) else {
            continue;
        };
        if !remote.plays(g) || *screen.get() != Screen::Planning {
            continue;
        }
        if remote.busy() {
            notices.info(crate::t!("game-join-waiting"));
            continue;
        }
        if let Err(e) = g.check() {
            notices.warn(crate::t!("game-plan-invalid", error = e.to_string()));
            continue;
        }
        let (token, week, plan) = (remote.token.clone(), g.run.week(), g.draft.clone());
        if remote.ask(Asked::Week, move |c| c.resolve(&token, week, &plan)) {
            remote.sending = Some(week);
        } else {
            notices.warn(crate::t!("game-join-send-failed"));
        }
    }
}

/// Every few seconds of planning, a look at the room.
fn look(time: Res<Time>, remote: Option<ResMut<Remote>>, session: Res<Session>) {
    let Some(mut remote) = remote else { return };
    if !session.game.as_ref().is_some_and(|g| remote.plays(g)) {
        return;
    }
    remote.since_look += time.delta();
    if remote.since_look < LOOK_EVERY || remote.busy() {
        return;
    }
    remote.since_look = Duration::ZERO;
    let token = remote.token.clone();
    let _ = remote.ask(Asked::Look, move |c| c.team(&token));
}

/// Replies from the server: a resolved week opens its report; a look brings the
/// pause, new cards, and weeks played elsewhere (the team's browser).
fn receive(
    remote: Option<ResMut<Remote>>,
    mut session: ResMut<Session>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut notices: ResMut<Notices>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(mut remote) = remote else { return };
    let got = {
        let Ok(pending) = remote.pending.lock() else {
            return;
        };
        let Some(p) = pending.as_ref() else { return };
        match p.reply.try_recv() {
            Err(TryRecvError::Empty) => {
                // Keep frames coming while the reply is on its way.
                redraw.write(RequestRedraw);
                return;
            }
            Ok(r) => (p.kind, Some(r)),
            Err(TryRecvError::Disconnected) => (p.kind, None),
        }
    };
    *remote.pending.lock().unwrap_or_else(|e| e.into_inner()) = None;
    let (kind, reply) = got;
    let sent = remote.sending.take();
    let Some(g) = session.game.as_mut().filter(|g| remote.plays(g)) else {
        return;
    };
    let state = match reply {
        Some(Ok(s)) => s,
        Some(Err(e)) => {
            if kind == Asked::Week {
                notices.warn(crate::t!(
                    "game-join-not-resolved",
                    week = sent.unwrap_or(0),
                    error = e.to_string()
                ));
            }
            // A failed look is retried at the next one; the team is told when it
            // resolves a week.
            return;
        }
        None => return,
    };
    remote.paused = state.paused;
    for n in &state.notices {
        notices.info(n.clone());
    }
    let newer = state.week > g.run.week();
    if newer {
        match state.replay() {
            Ok((_, run)) => {
                g.run = run;
                g.draft.actions.clear();
                g.draft.discount_cap = None;
                // Not autosaved: the room holds the run, and the player's own
                // autosave (a local game) must not be replaced by it.
            }
            Err(e) => {
                notices.warn(crate::t!("game-join-update-failed", error = e.to_string()));
                return;
            }
        }
    }
    match kind {
        Asked::Week if newer => next.set(Screen::Report),
        Asked::Look if newer && *screen.get() == Screen::Planning => {
            notices.info(crate::t!("game-join-played-elsewhere", week = g.run.week()));
            if g.run.is_finished() {
                next.set(Screen::Debrief);
            }
        }
        _ => {}
    }
    if state.finished && !g.run.is_finished() && *screen.get() == Screen::Planning {
        notices.info(crate::t!("game-join-finished"));
        next.set(Screen::Debrief);
    }
}

pub(super) fn plugin(app: &mut App) {
    // Registered by the window plugin; headless apps (tests) have none.
    app.add_message::<RequestRedraw>()
        .add_systems(OnEnter(Screen::Title), arrive)
        .add_systems(PreUpdate, send_week.after(FlowSet))
        .add_systems(
            Update,
            (look.run_if(in_state(Screen::Planning)), receive).chain(),
        );
}
