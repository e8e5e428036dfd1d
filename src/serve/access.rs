//! Who may use the room: the workshop code, a team's token, the facilitator's key,
//! and the request-rate limit per team, checked before any handler runs.

use std::collections::HashMap;
use std::sync::{Arc, MutexGuard};

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::AppState;
use super::pages;
use super::room::Room;
use crate::t;

pub(super) fn too_many() -> Response {
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, "1")],
        t!("serve-too-many"),
    )
        .into_response()
}

pub(super) fn lock(st: &AppState) -> MutexGuard<'_, Room> {
    st.room.lock().unwrap_or_else(|e| e.into_inner())
}

pub(super) fn page(status: StatusCode, m: Markup) -> Response {
    (status, m).into_response()
}

pub(super) fn not_found(what: &str) -> Response {
    page(
        StatusCode::NOT_FOUND,
        pages::message(&t!("serve-not-found"), what, Some("/")),
    )
}

pub(super) fn wrong_code() -> Response {
    not_found(&t!("serve-wrong-code"))
}

/// Why a request for a room or a team is turned away.
pub(super) enum Refusal {
    WrongCode,
    NoTeam,
    TooMany,
}

impl Refusal {
    pub(super) fn status(&self) -> StatusCode {
        match self {
            Refusal::WrongCode | Refusal::NoTeam => StatusCode::NOT_FOUND,
            Refusal::TooMany => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    pub(super) fn text(&self) -> String {
        match self {
            Refusal::WrongCode => t!("serve-wrong-code"),
            Refusal::NoTeam => t!("serve-no-team"),
            Refusal::TooMany => t!("serve-too-many"),
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::WrongCode => wrong_code(),
            Refusal::NoTeam => not_found(&self.text()),
            Refusal::TooMany => too_many(),
        }
    }
}

/// The room, locked, when the code and the team's token are right and the team is
/// within its request rate.
pub(super) fn team_room<'a>(
    st: &'a AppState,
    code: &str,
    token: &str,
) -> Result<MutexGuard<'a, Room>, Refusal> {
    let room = lock(st);
    if room.code != code {
        return Err(Refusal::WrongCode);
    }
    if room.team(token).is_none() {
        return Err(Refusal::NoTeam);
    }
    if st.limits.by_team.check_key(&token.to_string()).is_err() {
        return Err(Refusal::TooMany);
    }
    Ok(room)
}

/// A team's request, its workshop code and token checked and the team within its
/// request rate. Teams are never removed and the code never changes, so the check
/// holds once the handler takes the lock.
pub(super) struct TeamAccess {
    st: Arc<AppState>,
    pub code: String,
    pub token: String,
}

impl TeamAccess {
    pub(super) fn room(&self) -> MutexGuard<'_, Room> {
        lock(&self.st)
    }
}

/// The `code` and `token` (or `key`) of a route's path.
pub(super) async fn path_pair(
    parts: &mut Parts,
    st: &Arc<AppState>,
    second: &str,
) -> Option<(String, String)> {
    let Path(p) = Path::<HashMap<String, String>>::from_request_parts(parts, st)
        .await
        .ok()?;
    Some((p.get("code")?.clone(), p.get(second)?.clone()))
}

impl FromRequestParts<Arc<AppState>> for TeamAccess {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, st: &Arc<AppState>) -> Result<Self, Refusal> {
        let (code, token) = path_pair(parts, st, "token").await.ok_or(Refusal::NoTeam)?;
        drop(team_room(st, &code, &token)?);
        Ok(TeamAccess {
            st: st.clone(),
            code,
            token,
        })
    }
}

/// A facilitator's request, the workshop code and the facilitator's key checked.
pub(super) struct FacilitatorAccess {
    pub(super) st: Arc<AppState>,
}

impl FacilitatorAccess {
    pub(super) fn room(&self) -> MutexGuard<'_, Room> {
        lock(&self.st)
    }
}

impl FromRequestParts<Arc<AppState>> for FacilitatorAccess {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, st: &Arc<AppState>) -> Result<Self, Refusal> {
        let (code, key) = path_pair(parts, st, "key")
            .await
            .ok_or(Refusal::WrongCode)?;
        drop(facilitator_room(st, &code, &key)?);
        Ok(FacilitatorAccess { st: st.clone() })
    }
}

/// The room, locked, when the code and the facilitator's key are right.
pub(super) fn facilitator_room<'a>(
    st: &'a AppState,
    code: &str,
    key: &str,
) -> Result<MutexGuard<'a, Room>, Refusal> {
    let room = lock(st);
    if room.code != code || room.facilitator != key {
        return Err(Refusal::WrongCode);
    }
    Ok(room)
}
