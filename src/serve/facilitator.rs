//! The facilitator's pages: the live leaderboard, curves and decision timeline (the
//! same comparison `pitcrew workshop DIR` makes), the room's controls, and the page
//! for the projector.

use maud::{Markup, PreEscaped, html};

use super::pages::{STRONG, around_strong, layout, with_strong};
use super::room::Room;
use crate::format::deck::presets;
use std::sync::Arc;

use crate::format::FileError;
use crate::report::workshop::{Expect, Workshop, folder_stamp, load_dir};
use crate::t;

/// Where the facilitator's page lives (its key is printed only in the terminal).
pub fn href(room: &Room) -> String {
    format!("/{}/f/{}", room.code, room.facilitator)
}

/// The comparison of every run in the folder, as `pitcrew workshop DIR` makes it
/// (held to the room's scenario and seed). Built again only when a file in the folder
/// changed: every page polls it, and building it replays every team and the bots.
pub fn workshop(room: &mut Room) -> Result<Arc<Workshop>, FileError> {
    let stamp = folder_stamp(&room.dir);
    if let Some((built, w)) = &room.board
        && *built == stamp
    {
        return Ok(w.clone());
    }
    let expect = Expect {
        seed: Some(room.seed),
        scenario: Some(room.scenario.clone()),
    };
    let w = Arc::new(load_dir(&room.dir, &expect)?);
    room.board = Some((stamp, w.clone()));
    Ok(w)
}

/// The comparison as the pages show it.
pub fn board(room: &mut Room) -> Markup {
    match workshop(room) {
        Ok(w) => w.html_body(),
        Err(e) => html! { p.error { (e) } },
    }
}

/// A fragment that replaces itself with a fresh board every few seconds.
fn live_board(src: &str, room: &mut Room) -> Markup {
    html! {
        div #board hx-get=(src) hx-trigger="every 3s" hx-swap="innerHTML" {
            (board(room))
        }
    }
}

/// The projector's page: the board only, refreshed as teams resolve weeks.
pub fn projector(room: &mut Room) -> Markup {
    let src = format!("/{}/board/live", room.code);
    layout(
        &t!("serve-workshop-title"),
        html! {
            p.sub { (with_strong(&t!("serve-projector-join", code = room.code.as_str(), strong = STRONG), &room.code)) }
            (live_board(&src, room))
        },
    )
}

/// The facilitator's page: the room's state and controls, then the live board.
pub fn page(room: &mut Room, join_url: &str, qr_svg: &str, notice: Option<&str>) -> Markup {
    let base = href(room);
    layout(
        &t!("serve-facilitator-title"),
        html! {
            h1 { (t!("serve-facilitator-heading", scenario = room.scenario.title.as_str())) }
            @if let Some(n) = notice { p.notice { (n) } }
            div style="display:flex;gap:2em;align-items:center" {
                div {
                    p { (with_strong(&t!("serve-facilitator-join-at", strong = STRONG), join_url)) }
                    @let code_text = t!("serve-facilitator-code", strong = STRONG);
                    @let (before, after) = around_strong(&code_text);
                    p { (before) strong style="font-size:2em" { (room.code) } (after) }
                    p.sub { (t!("serve-facilitator-sub", seed = room.seed.to_string(), teams = room.teams.len(), dir = room.dir.display().to_string())) }
                }
                div style="width:180px" { (PreEscaped(qr_svg)) }
            }
            p {
                form.inline method="post" action={ (base) "/pause" } {
                    @if room.paused {
                        input type="hidden" name="paused" value="false";
                        button type="submit" { (t!("serve-resume-room")) }
                    } @else {
                        input type="hidden" name="paused" value="true";
                        button type="submit" { (t!("serve-pause-room")) }
                    }
                }
                " " a href={ "/" (room.code) "/board" } { (t!("serve-projector-page")) }
                " · " a href={ (base) "/export" } { (t!("serve-export-html")) }
            }
            h2 { (t!("serve-teams")) }
            table {
                thead { tr { th { (t!("serve-col-team")) } th { (t!("serve-col-week")) } th { (t!("serve-col-status")) } th {} } }
                tbody {
                    @for t in &room.teams {
                        tr {
                            td { (t.record.name) }
                            td { (t!("serve-week-of", week = t.run.tick(), weeks = t.run.weeks())) }
                            td { @if t.run.is_finished() { (t!("serve-status-played-through")) } @else if t.record.finished { (t!("serve-status-marked-finished")) } @else { (t!("serve-status-playing")) } }
                            td {
                                form.inline method="post" action={ (base) "/finish" } {
                                    input type="hidden" name="team" value=(t.record.token);
                                    input type="hidden" name="finished" value=(!t.record.finished);
                                    button type="submit" { @if t.record.finished { (t!("serve-let-play-on")) } @else { (t!("serve-mark-finished")) } }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t!("serve-deal-event")) }
            p.sub { (t!("serve-deal-event-note")) }
            form method="post" action={ (base) "/deal" } {
                select name="card" {
                    @for (i, c) in presets().iter().enumerate() { option value=(i) { (c.label()) } }
                }
                button type="submit" { (t!("serve-deal")) }
            }
            (live_board(&format!("{base}/board"), room))
        },
    )
}
