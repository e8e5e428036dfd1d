//! The routes: what each address does, who may use it, and how much.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use maud::Markup;
use serde::Deserialize;

use super::access::{FacilitatorAccess, TeamAccess, lock, not_found, page, too_many, wrong_code};
use super::pages::{self, HTMX_PATH, layout};
use super::room::{Room, RoomError};
use super::{AppState, RequestLimits, api, facilitator};
use crate::format::deck::{Deck, presets};
use crate::sim::{Action, ActionKind, DealId, RepId, Skill};
use crate::t;

/// Largest form body accepted: a plan's form is a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 4 * 1024;

/// Request-rate limits: per address for everything and for joining, per team for a
/// team's own requests. Generous for people, tight for a script.
pub struct Limits {
    by_address: DefaultKeyedRateLimiter<IpAddr>,
    pub(super) joins: DefaultKeyedRateLimiter<IpAddr>,
    pub(super) by_team: DefaultKeyedRateLimiter<String>,
}

fn quota(per: u32, every: std::time::Duration, burst: u32) -> Quota {
    let n = NonZeroU32::new(per).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(every / n.get())
        .unwrap_or_else(|| Quota::per_second(n))
        .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN))
}

impl Limits {
    pub fn new(r: &RequestLimits) -> Limits {
        let second = std::time::Duration::from_secs(1);
        Limits {
            by_address: RateLimiter::keyed(quota(r.per_address.0, second, r.per_address.1)),
            joins: RateLimiter::keyed(quota(
                r.joins_per_minute.0,
                std::time::Duration::from_secs(60),
                r.joins_per_minute.1,
            )),
            by_team: RateLimiter::keyed(quota(r.per_team.0, second, r.per_team.1)),
        }
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(landing))
        .route("/join", get(find_room))
        .route(HTMX_PATH, get(htmx))
        .route("/{code}", get(join_page))
        .route("/{code}/join", post(join))
        .route("/{code}/board", get(projector))
        .route("/{code}/board/live", get(board))
        .route("/{code}/t/{token}", get(team_page))
        .route("/{code}/t/{token}/action", post(add_action))
        .route("/{code}/t/{token}/remove", post(remove_action))
        .route("/{code}/t/{token}/settings", post(settings))
        .route("/{code}/t/{token}/resolve", post(resolve))
        .route("/{code}/t/{token}/week/{week}", get(week_report))
        .route("/{code}/t/{token}/debrief", get(debrief))
        .route("/{code}/api/join", post(api::join))
        .route("/{code}/api/t/{token}", get(api::team))
        .route("/{code}/api/t/{token}/week", post(api::week))
        .route("/{code}/f/{key}", get(facilitator_page))
        .route("/{code}/f/{key}/board", get(facilitator_board))
        .route("/{code}/f/{key}/board.json", get(board_json))
        .route("/{code}/f/{key}/pause", post(pause))
        .route("/{code}/f/{key}/finish", post(finish))
        .route("/{code}/f/{key}/deal", post(deal))
        .route("/{code}/f/{key}/export", get(export))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limit_and_harden,
        ))
        .with_state(state)
}

/// Every response: the per-address rate limit, and headers that keep the pages to
/// themselves (scripts only from this server, no framing, no referrer carrying a
/// team's address elsewhere).
async fn limit_and_harden(
    State(st): State<Arc<AppState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if st.limits.by_address.check_key(&addr.ip()).is_err() {
        return too_many();
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    res
}

async fn landing() -> Markup {
    pages::landing()
}

async fn htmx() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../../assets/web/htmx-2.0.11.min.js"),
    )
        .into_response()
}

#[derive(Deserialize)]
struct CodeQuery {
    code: String,
}

async fn find_room(State(st): State<Arc<AppState>>, Query(q): Query<CodeQuery>) -> Response {
    let code = q.code.trim().to_uppercase();
    if lock(&st).code == code {
        Redirect::to(&format!("/{code}")).into_response()
    } else {
        wrong_code()
    }
}

async fn join_page(State(st): State<Arc<AppState>>, Path(code): Path<String>) -> Response {
    let room = lock(&st);
    if room.code != code {
        return wrong_code();
    }
    page(StatusCode::OK, pages::join(&room, None))
}

#[derive(Deserialize)]
struct JoinForm {
    name: String,
}

async fn join(
    State(st): State<Arc<AppState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Path(code): Path<String>,
    Form(f): Form<JoinForm>,
) -> Response {
    let mut room = lock(&st);
    if room.code != code {
        return wrong_code();
    }
    if st.limits.joins.check_key(&addr.ip()).is_err() {
        return too_many();
    }
    match room.join(&f.name) {
        Ok(token) => Redirect::to(&format!("/{code}/t/{token}")).into_response(),
        Err(e) => page(
            StatusCode::UNPROCESSABLE_ENTITY,
            pages::join(&room, Some(&e.to_string())),
        ),
    }
}

/// The team's planning page, with an error when something was refused.
fn planning(room: &Room, token: &str, error: Option<&str>, status: StatusCode) -> Response {
    let Some(team) = room.team(token) else {
        return not_found(&t!("serve-no-team"));
    };
    let title = t!(
        "serve-team-title",
        team = team.record.name.as_str(),
        week = team.run.week()
    );
    page(status, layout(&title, pages::planning(room, team, error)))
}

async fn team_page(access: TeamAccess) -> Response {
    let (code, token) = (access.code.as_str(), access.token.as_str());
    let mut room = access.room();
    let Some(team) = room.team(token) else {
        return not_found(&t!("serve-no-team"));
    };
    if team.run.is_finished() || team.record.finished && team.run.tick() > 0 {
        return Redirect::to(&format!("/{code}/t/{token}/debrief")).into_response();
    }
    let res = planning(&room, token, None, StatusCode::OK);
    // Notices are read once.
    if let Some(t) = room.team_mut(token) {
        t.notices.clear();
    }
    res
}

/// After a change to the plan: the planner alone for htmx, else the whole page.
fn after_plan_change(
    room: &Room,
    token: &str,
    headers: &HeaderMap,
    result: Result<(), RoomError>,
) -> Response {
    let Some(team) = room.team(token) else {
        return not_found(&t!("serve-no-team"));
    };
    let error = result.err().map(|e| e.to_string());
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    if headers.contains_key("hx-request") {
        // htmx swaps only successful responses by default: a refusal is shown in the
        // planner all the same, so it is sent as 200 with the message inside.
        let m = maud::html! {
            @if let Some(e) = &error { p.error { (e) } }
            (pages::planner(room, team))
        };
        return page(StatusCode::OK, m);
    }
    match error {
        None => Redirect::to(&pages::team_href(room, team)).into_response(),
        Some(e) => planning(room, token, Some(&e), status),
    }
}

#[derive(Deserialize)]
struct ActionForm {
    kind: ActionKind,
    rep: Option<u16>,
    skill: Option<Skill>,
    hours: Option<f64>,
    deal: Option<u64>,
    discount: Option<f64>,
}

impl ActionForm {
    fn action(&self) -> Result<Action, RoomError> {
        let missing = RoomError::Missing;
        Ok(match self.kind {
            ActionKind::RideAlong => Action::RideAlong {
                deal: DealId(self.deal.ok_or_else(|| missing("deal"))?),
            },
            ActionKind::SuperClose => Action::SuperClose {
                deal: DealId(self.deal.ok_or_else(|| missing("deal"))?),
            },
            ActionKind::Approve => Action::Approve {
                deal: DealId(self.deal.ok_or_else(|| missing("deal"))?),
                discount: self.discount.ok_or_else(|| missing("discount"))?,
            },
            k => k
                .build(
                    RepId(self.rep.unwrap_or(0)),
                    self.skill.unwrap_or(Skill::Discovery),
                    self.hours.unwrap_or(2.0),
                )
                .ok_or_else(|| missing("action"))?,
        })
    }
}

async fn add_action(access: TeamAccess, headers: HeaderMap, Form(f): Form<ActionForm>) -> Response {
    let token = access.token.as_str();
    let mut room = access.room();
    let result = f.action().and_then(|a| room.add_action(token, a));
    after_plan_change(&room, token, &headers, result)
}

#[derive(Deserialize)]
struct RemoveForm {
    index: usize,
}

async fn remove_action(
    access: TeamAccess,
    headers: HeaderMap,
    Form(f): Form<RemoveForm>,
) -> Response {
    let token = access.token.as_str();
    let mut room = access.room();
    if let Some(t) = room.team_mut(token)
        && f.index < t.draft.actions.len()
    {
        t.draft.actions.remove(f.index);
    }
    after_plan_change(&room, token, &headers, Ok(()))
}

#[derive(Deserialize)]
struct SettingsForm {
    absorb: f64,
    /// Empty: leave the cap as it is.
    #[serde(default)]
    cap: String,
}

async fn settings(access: TeamAccess, headers: HeaderMap, Form(f): Form<SettingsForm>) -> Response {
    let token = access.token.as_str();
    let mut room = access.room();
    let cap = match f.cap.trim() {
        "" => Ok(None),
        s => s
            .parse::<f64>()
            .map(Some)
            .map_err(|_| RoomError::Missing("cap")),
    };
    let result = cap.and_then(|cap| {
        let t = room.team_mut(token).ok_or(RoomError::NoTeam)?;
        let mut plan = t.draft.clone();
        plan.absorb = f.absorb;
        plan.discount_cap = cap;
        t.run.validate_plan(&plan)?;
        t.draft = plan;
        Ok(())
    });
    after_plan_change(&room, token, &headers, result)
}

async fn resolve(access: TeamAccess) -> Response {
    let (code, token) = (access.code.as_str(), access.token.as_str());
    let mut room = access.room();
    match room.resolve(token) {
        Ok(week) => Redirect::to(&format!("/{code}/t/{token}/week/{week}")).into_response(),
        Err(e) => planning(
            &room,
            token,
            Some(&e.to_string()),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

async fn week_report(
    access: TeamAccess,
    Path((_, _, week)): Path<(String, String, u32)>,
) -> Response {
    let token = access.token.as_str();
    let room = access.room();
    let Some(team) = room.team(token) else {
        return not_found(&t!("serve-no-team"));
    };
    match pages::week_report(&room, team, week) {
        Some(m) => page(
            StatusCode::OK,
            layout(
                &t!(
                    "serve-team-title",
                    team = team.record.name.as_str(),
                    week = week
                ),
                m,
            ),
        ),
        None => not_found(&t!("serve-week-not-played")),
    }
}

async fn debrief(access: TeamAccess) -> Response {
    let token = access.token.as_str();
    let room = access.room();
    let Some(team) = room.team(token) else {
        return not_found(&t!("serve-no-team"));
    };
    if team.run.tick() == 0 {
        return not_found(&t!("serve-debrief-later"));
    }
    let d = crate::report::Debrief::build(&team.run, &team.record.name);
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        crate::report::html::debrief_html(&d),
    )
        .into_response()
}

async fn projector(State(st): State<Arc<AppState>>, Path(code): Path<String>) -> Response {
    let mut room = lock(&st);
    if room.code != code {
        return wrong_code();
    }
    page(StatusCode::OK, facilitator::projector(&mut room))
}

async fn board(State(st): State<Arc<AppState>>, Path(code): Path<String>) -> Response {
    let mut room = lock(&st);
    if room.code != code {
        return wrong_code();
    }
    page(StatusCode::OK, facilitator::board(&mut room))
}

#[derive(Deserialize, Default)]
struct Notice {
    #[serde(default)]
    done: Option<String>,
}

async fn facilitator_page(desk: FacilitatorAccess, Query(q): Query<Notice>) -> Response {
    let mut room = desk.room();
    let notice = q.done.as_deref().map(|d| match d {
        "paused" => t!("serve-done-paused"),
        "resumed" => t!("serve-done-resumed"),
        "dealt" => t!("serve-done-dealt"),
        _ => t!("serve-done"),
    });
    page(
        StatusCode::OK,
        facilitator::page(
            &mut room,
            &desk.st.join_url,
            &desk.st.qr_svg,
            notice.as_deref(),
        ),
    )
}

async fn facilitator_board(desk: FacilitatorAccess) -> Response {
    page(StatusCode::OK, facilitator::board(&mut desk.room()))
}

/// The leaderboard as data: the same comparison `pitcrew workshop DIR` makes.
async fn board_json(desk: FacilitatorAccess) -> Response {
    let mut room = desk.room();
    match facilitator::workshop(&mut room) {
        Ok(w) => axum::Json(&*w).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

#[derive(Deserialize)]
struct PauseForm {
    paused: bool,
}

fn room_error(e: RoomError) -> Response {
    page(
        StatusCode::INTERNAL_SERVER_ERROR,
        pages::message(&t!("serve-could-not-save"), &e.to_string(), None),
    )
}

async fn pause(desk: FacilitatorAccess, Form(f): Form<PauseForm>) -> Response {
    let mut room = desk.room();
    match room.set_paused(f.paused) {
        Ok(()) => Redirect::to(&format!(
            "{}?done={}",
            facilitator::href(&room),
            if f.paused { "paused" } else { "resumed" }
        ))
        .into_response(),
        Err(e) => room_error(e),
    }
}

#[derive(Deserialize)]
struct FinishForm {
    team: String,
    finished: bool,
}

async fn finish(desk: FacilitatorAccess, Form(f): Form<FinishForm>) -> Response {
    let mut room = desk.room();
    match room.set_finished(&f.team, f.finished) {
        Ok(()) => {
            Redirect::to(&format!("{}?done=marked", facilitator::href(&room))).into_response()
        }
        Err(e) => room_error(e),
    }
}

#[derive(Deserialize)]
struct DealForm {
    card: usize,
}

async fn deal(desk: FacilitatorAccess, Form(f): Form<DealForm>) -> Response {
    let room = desk.room();
    let Some(card) = presets().get(f.card) else {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            pages::message(&t!("serve-no-such-card"), &t!("serve-pick-card"), None),
        );
    };
    match Deck::deal(&room.dir, card.kind.clone(), card.text.clone()) {
        Ok(_) => Redirect::to(&format!("{}?done=dealt", facilitator::href(&room))).into_response(),
        Err(e) => page(
            StatusCode::INTERNAL_SERVER_ERROR,
            pages::message(&t!("serve-could-not-deal"), &e.to_string(), None),
        ),
    }
}

async fn export(desk: FacilitatorAccess) -> Response {
    let mut room = desk.room();
    match facilitator::workshop(&mut room) {
        Ok(w) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"workshop.html\"",
                ),
            ],
            w.html(),
        )
            .into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
