//! Workshop mode. A team's game started with `--workshop DIR` writes its run file into
//! DIR after every week and plays the facilitator's event cards from `DIR/deck.ron`
//! from the next week on. The facilitator's screen compares every run in DIR against
//! the bots, deals cards and exports the comparison as HTML.

use std::path::{Path, PathBuf};
use std::time::Duration;

use bevy::prelude::*;

use super::flow::FlowSet;
use super::screen::Screen;
use super::session::{Game, Notices, Session};
use crate::format::FileError;
use crate::format::deck::{Deck, presets};
use crate::format::{slug, write_atomic};
use crate::game::Launch;
use crate::report::workshop::{Expect, FolderStamp, TeamSave, Workshop, folder_stamp, load_dir};

/// The workshop folder this game belongs to (a team's game or the facilitator's).
#[derive(Resource, Default, Debug, Clone)]
pub struct WorkshopLink {
    pub dir: Option<PathBuf>,
}

/// The facilitator's view: the folder, its comparison and what went wrong.
#[derive(Resource, Default, Debug)]
pub struct WorkshopView {
    pub folder: String,
    pub workshop: Option<Workshop>,
    pub error: Option<String>,
    pub deck: Vec<crate::format::deck::Card>,
}

/// File name of a team's run in the workshop folder.
pub fn team_file(game: &Game) -> String {
    let name = slug(&game.player);
    format!("{}.ron", if name.is_empty() { "team" } else { &name })
}

/// Writes the team's run into the workshop folder (atomically), never over another
/// game's run: a clash goes to `NAME-2.ron` (see `report::workshop::save_team_run`).
pub fn save_team_run(game: &Game, dir: &std::path::Path) -> Result<TeamSave, FileError> {
    crate::report::workshop::save_team_run(dir, &team_file(game), &game.run_file())
}

/// Plays the deck's new cards from the week after the one being planned.
pub fn apply_deck(game: &mut Game, deck: &Deck) -> Vec<String> {
    crate::format::deck::apply(&mut game.run, deck)
}

fn poll_deck(
    time: Res<Time>,
    mut since: Local<Duration>,
    mut last_error: Local<Option<FileError>>,
    link: Res<WorkshopLink>,
    mut session: ResMut<Session>,
    mut notices: ResMut<Notices>,
) {
    let Some(dir) = &link.dir else { return };
    *since += time.delta();
    if *since < Duration::from_millis(1000) {
        return;
    }
    *since = Duration::ZERO;
    let Some(game) = session.bypass_change_detection().game.as_mut() else {
        return;
    };
    match play_new_cards(dir, game, &mut notices) {
        // Said once, not every second until the facilitator mends the file.
        Err(e) if last_error.as_ref() != Some(&e) => {
            notices.warn(crate::t!("game-ws-deck-unreadable", error = e.to_string()));
            *last_error = Some(e);
        }
        Err(_) => {}
        Ok(()) => *last_error = None,
    }
}

/// Plays the cards of the folder's deck this game has not played yet.
fn play_new_cards(dir: &Path, game: &mut Game, notices: &mut Notices) -> Result<(), FileError> {
    let deck = Deck::load(dir)?;
    for n in apply_deck(game, &deck) {
        notices.info(n);
    }
    Ok(())
}

/// A new planning week picks up cards dealt since the last one straight away.
fn deal_on_new_week(
    link: Res<WorkshopLink>,
    mut session: ResMut<Session>,
    mut notices: ResMut<Notices>,
) {
    let (Some(dir), Some(game)) = (&link.dir, session.game.as_mut()) else {
        return;
    };
    // An unreadable deck is reported by the polling, once.
    let _ = play_new_cards(dir, game, &mut notices);
}

/// After each resolved week (and on arrival at the report) the run goes to the folder.
fn save_after_week(link: Res<WorkshopLink>, session: Res<Session>, mut notices: ResMut<Notices>) {
    let (Some(dir), Some(game)) = (&link.dir, &session.game) else {
        return;
    };
    match save_team_run(game, dir) {
        Err(e) => notices.warn(crate::t!("game-ws-save-failed", error = e.to_string())),
        // Said once, when the run first moves aside.
        Ok(TeamSave {
            path,
            clash: Some(other),
            new_file: true,
        }) => notices.warn(crate::t!(
            "game-ws-name-clash",
            other = crate::scenario::shown(&other).to_string(),
            file = crate::scenario::shown(&path).to_string()
        )),
        Ok(_) => {}
    }
}

/// What the facilitator's workshop screen asks for.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub enum WorkshopCommand {
    /// Open the screen (on the game's workshop folder, if it has one).
    Open,
    /// Read the folder again.
    Load,
    /// Deal this preset card to every team.
    Deal(usize),
    /// Write the comparison as HTML into the folder.
    Export,
}

fn on_commands(
    mut commands: MessageReader<WorkshopCommand>,
    mut view: ResMut<WorkshopView>,
    link: Res<WorkshopLink>,
    mut notices: ResMut<Notices>,
    mut next: ResMut<NextState<Screen>>,
) {
    for c in commands.read() {
        match c {
            WorkshopCommand::Open => {
                if view.folder.is_empty()
                    && let Some(d) = &link.dir
                {
                    view.folder = d.display().to_string();
                }
                next.set(Screen::Workshop);
            }
            WorkshopCommand::Load => refresh(&mut view),
            WorkshopCommand::Deal(i) => {
                let dir = PathBuf::from(&view.folder);
                match presets().get(*i) {
                    Some(card) => match Deck::deal(&dir, card.kind.clone(), card.text.clone()) {
                        Ok(_) => {
                            notices.info(crate::t!(
                                "game-ws-card-dealt",
                                card = card.label().to_string()
                            ));
                            refresh(&mut view);
                        }
                        Err(e) => {
                            notices.warn(crate::t!("game-ws-deal-failed", error = e.to_string()))
                        }
                    },
                    None => notices.warn(crate::t!("game-ws-no-card", n = *i)),
                }
            }
            WorkshopCommand::Export => match &view.workshop {
                Some(w) => {
                    let path = PathBuf::from(&view.folder).join("workshop.html");
                    match write_atomic(&path, w.html().as_bytes()) {
                        Ok(()) => notices.info(crate::t!(
                            "game-exported",
                            files = path.display().to_string()
                        )),
                        Err(e) => notices.warn(format!("{}: {e}", path.display())),
                    }
                }
                None => notices.warn(crate::t!("game-ws-load-first")),
            },
        }
    }
}

/// Re-reads the folder: runs, refusals and the dealt cards.
pub fn refresh(view: &mut WorkshopView) {
    let dir = PathBuf::from(view.folder.trim());
    match load_dir(&dir, &Expect::default()) {
        Ok(w) => {
            view.workshop = Some(w);
            view.error = None;
        }
        Err(e) => {
            view.workshop = None;
            view.error = Some(e.to_string());
        }
    }
    view.deck = Deck::load(&dir).map(|d| d.cards).unwrap_or_default();
}

/// A folder's files and when each last changed.
/// Teams save after every week; the facilitator's screen follows. The folder is looked
/// at every few seconds and compared again only when a file in it changed (a
/// comparison re-simulates every team and the bots).
fn follow_folder(
    time: Res<Time>,
    mut since: Local<Duration>,
    mut last: Local<Option<FolderStamp>>,
    mut view: ResMut<WorkshopView>,
) {
    *since += time.delta();
    if *since < Duration::from_secs(3) || view.folder.trim().is_empty() {
        return;
    }
    *since = Duration::ZERO;
    let stamp = folder_stamp(Path::new(view.folder.trim()));
    if last.as_ref() != Some(&stamp) {
        refresh(&mut view);
        *last = Some(stamp);
    }
}

pub(super) fn plugin(app: &mut App) {
    let dir = app
        .world()
        .get_resource::<Launch>()
        .and_then(|l| l.args.workshop.clone());
    if let Some(d) = &dir {
        let _ = std::fs::create_dir_all(d);
    }
    app.insert_resource(WorkshopLink { dir })
        .init_resource::<WorkshopView>()
        .add_message::<WorkshopCommand>()
        .add_systems(
            Update,
            (
                poll_deck.run_if(in_state(Screen::Planning)),
                follow_folder.run_if(in_state(Screen::Workshop)),
            ),
        )
        .add_systems(PreUpdate, on_commands.after(FlowSet))
        .add_systems(OnEnter(Screen::Planning), deal_on_new_week)
        .add_systems(OnEnter(Screen::Report), save_after_week)
        .add_systems(OnEnter(Screen::Debrief), save_after_week);
}
