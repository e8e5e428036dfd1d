//! The JSON side of the room, for desktop games that join a workshop (`pitcrew --join
//! URL`): join with a team name, read the team's run, resolve a week with a plan.
//!
//! The server stays the one place the model runs for the room; a desktop game replays
//! the run file it gets back (runs are deterministic), so it shows exactly the run the
//! facilitator's board scores, deck cards included.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::access::{Refusal, TeamAccess, lock};
use super::room::{Room, RoomError, Team};
use crate::sim::Plan;
use crate::t;

/// A team asks to join.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct JoinRequest {
    pub name: String,
}

/// The room's answer to a join: the team's secret and its page for a browser.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct JoinReply {
    pub token: String,
    /// The team's name as the room recorded it (cleaned, maybe shortened).
    pub name: String,
    /// The team's page, relative to the server (`/CODE/t/TOKEN`).
    pub page: String,
}

/// One team as the room holds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TeamState {
    pub name: String,
    /// The team's run file (RON), exactly as written to the workshop folder.
    pub run: String,
    /// The week the team plans next.
    pub week: u32,
    pub paused: bool,
    pub finished: bool,
    /// What the team should read (cards dealt into its run), each said once.
    pub notices: Vec<String>,
}

/// A week's plan, with the week it was drawn up for so that a plan sent twice (a
/// retry after a lost reply) never resolves two weeks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WeekRequest {
    pub week: u32,
    pub plan: Plan,
}

/// Why a request was refused, in words for the team.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
}

fn refuse(status: StatusCode, why: impl ToString) -> Response {
    (
        status,
        Json(ApiError {
            error: why.to_string(),
        }),
    )
        .into_response()
}

impl Refusal {
    fn json(self) -> Response {
        let status = self.status();
        refuse(status, self.text())
    }
}

fn room_refusal(e: RoomError) -> Response {
    let status = match e {
        RoomError::NoTeam => StatusCode::NOT_FOUND,
        RoomError::Paused | RoomError::Finished => StatusCode::CONFLICT,
        RoomError::File { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    refuse(status, e)
}

fn bad_body(e: JsonRejection) -> Response {
    refuse(
        e.status(),
        t!("serve-unreadable-request", error = e.body_text()),
    )
}

/// The team's state; its notices are handed over (and so cleared).
fn state_of(room: &mut Room, token: &str) -> Option<TeamState> {
    let (paused, team) = (room.paused, room.team_mut(token)?);
    Some(team_state(team, paused))
}

fn team_state(team: &mut Team, paused: bool) -> TeamState {
    TeamState {
        name: team.record.name.clone(),
        run: team.run_file().to_ron(),
        week: team.run.week(),
        paused,
        finished: team.record.finished || team.run.is_finished(),
        notices: std::mem::take(&mut team.notices),
    }
}

pub(super) async fn join(
    State(st): State<Arc<AppState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Path(code): Path<String>,
    body: Result<Json<JoinRequest>, JsonRejection>,
) -> Response {
    let Json(req) = match body {
        Ok(b) => b,
        Err(e) => return bad_body(e),
    };
    let mut room = lock(&st);
    if room.code != code {
        return Refusal::WrongCode.json();
    }
    if st.limits.joins.check_key(&addr.ip()).is_err() {
        return Refusal::TooMany.json();
    }
    match room.join(&req.name) {
        Ok(token) => {
            let name = room
                .team(&token)
                .map(|t| t.record.name.clone())
                .unwrap_or_default();
            let page = format!("/{code}/t/{token}");
            Json(JoinReply { token, name, page }).into_response()
        }
        Err(e) => room_refusal(e),
    }
}

/// A team's request whose refusal is JSON.
pub(super) struct ApiTeam(TeamAccess);

impl FromRequestParts<Arc<AppState>> for ApiTeam {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, st: &Arc<AppState>) -> Result<Self, Response> {
        TeamAccess::from_request_parts(parts, st)
            .await
            .map(ApiTeam)
            .map_err(Refusal::json)
    }
}

pub(super) async fn team(ApiTeam(access): ApiTeam) -> Response {
    let token = access.token.as_str();
    let mut room = access.room();
    match state_of(&mut room, token) {
        Some(s) => Json(s).into_response(),
        None => Refusal::NoTeam.json(),
    }
}

pub(super) async fn week(
    ApiTeam(access): ApiTeam,
    body: Result<Json<WeekRequest>, JsonRejection>,
) -> Response {
    let Json(req) = match body {
        Ok(b) => b,
        Err(e) => return bad_body(e),
    };
    let token = access.token.as_str();
    let mut room = access.room();
    let Some(team) = room.team_mut(token) else {
        return Refusal::NoTeam.json();
    };
    let now = team.run.week();
    if req.week != now {
        return refuse(
            StatusCode::CONFLICT,
            t!("serve-week-mismatch", room_week = now, sent_week = req.week),
        );
    }
    let result = room
        .set_draft(token, req.plan)
        .and_then(|()| room.resolve(token));
    match result {
        Ok(_) => match state_of(&mut room, token) {
            Some(s) => Json(s).into_response(),
            None => Refusal::NoTeam.json(),
        },
        Err(e) => room_refusal(e),
    }
}
