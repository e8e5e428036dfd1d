//! The facilitator's pages: the live leaderboard, curves and decision timeline (the
//! same comparison `pitcrew workshop DIR` makes), the room's controls, and the page
//! for the projector.

use maud::{Markup, PreEscaped, html};

use super::pages::layout;
use super::room::Room;
use crate::format::deck::presets;
use std::sync::Arc;

use crate::format::FileError;
use crate::report::workshop::{Expect, Workshop, folder_stamp, load_dir};

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
        "Pit Crew workshop",
        html! {
            p.sub { "Teams join at /" (room.code) " with the code " strong { (room.code) } }
            (live_board(&src, room))
        },
    )
}

/// The facilitator's page: the room's state and controls, then the live board.
pub fn page(room: &mut Room, join_url: &str, qr_svg: &str, notice: Option<&str>) -> Markup {
    let base = href(room);
    layout(
        "Pit Crew workshop: facilitator",
        html! {
            h1 { "Facilitator: " (room.scenario.title) }
            @if let Some(n) = notice { p.notice { (n) } }
            div style="display:flex;gap:2em;align-items:center" {
                div {
                    p { "Teams join at " strong { (join_url) } }
                    p { "Workshop code " strong style="font-size:2em" { (room.code) } }
                    p.sub { "Seed " (room.seed) " · " (room.teams.len()) " teams · folder " (room.dir.display().to_string()) }
                }
                div style="width:180px" { (PreEscaped(qr_svg)) }
            }
            p {
                form.inline method="post" action={ (base) "/pause" } {
                    @if room.paused {
                        input type="hidden" name="paused" value="false";
                        button type="submit" { "Resume the room" }
                    } @else {
                        input type="hidden" name="paused" value="true";
                        button type="submit" { "Pause the room" }
                    }
                }
                " " a href={ "/" (room.code) "/board" } { "Projector page" }
                " · " a href={ (base) "/export" } { "Export HTML" }
            }
            h2 { "Teams" }
            table {
                thead { tr { th { "team" } th { "week" } th { "status" } th {} } }
                tbody {
                    @for t in &room.teams {
                        tr {
                            td { (t.record.name) }
                            td { (t.run.tick()) " of " (t.run.weeks()) }
                            td { @if t.run.is_finished() { "played through" } @else if t.record.finished { "marked finished" } @else { "playing" } }
                            td {
                                form.inline method="post" action={ (base) "/finish" } {
                                    input type="hidden" name="team" value=(t.record.token);
                                    input type="hidden" name="finished" value=(!t.record.finished);
                                    button type="submit" { @if t.record.finished { "Let them play on" } @else { "Mark finished" } }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Deal an event" }
            p.sub { "Every team plays it from its next week." }
            form method="post" action={ (base) "/deal" } {
                select name="card" {
                    @for (i, c) in presets().iter().enumerate() { option value=(i) { (c.label()) } }
                }
                button type="submit" { "Deal" }
            }
            (live_board(&format!("{base}/board"), room))
        },
    )
}
