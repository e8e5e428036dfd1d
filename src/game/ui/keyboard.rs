//! The planning screen with a keyboard alone and through a screen reader's eyes: the
//! real screen drawn by egui without a window, fed key events only, its commands
//! applied by the game's logic plugins headless.

use std::path::Path;

use bevy::prelude::*;
use bevy_egui::egui;

use super::access::{is_interactive, named_nodes};
use super::planning::{Planner, PlanningScreen};
use crate::game::logic::catalog::Catalog;
use crate::game::logic::flow::Command;
use crate::game::logic::screen::Screen;
use crate::game::logic::session::{PlanView, Session};
use crate::t;

fn app(home: &Path) -> App {
    crate::game::logic::headless(home, None)
}

fn send(app: &mut App, commands: Vec<Command>) {
    app.world_mut().write_message_batch(commands);
    app.update();
    app.update();
}

fn key(key: egui::Key) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}

/// One frame of the planning screen with these input events.
fn frame(
    ctx: &egui::Context,
    app: &App,
    planner: &mut Planner,
    events: Vec<egui::Event>,
) -> (Vec<Command>, egui::FullOutput) {
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    let view = app.world().resource::<PlanView>();
    ctx.begin_pass(egui::RawInput {
        events,
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    });
    let screen = PlanningScreen {
        game,
        view,
        running: true,
        remote: None,
    };
    let (chosen, _) = screen.draw(ctx, planner);
    let mut out = ctx.end_pass();
    out.textures_delta.clear();
    (chosen, out)
}

/// The name a screen reader reads for the widget that has the keyboard focus.
fn focused_name(ctx: &egui::Context, out: &egui::FullOutput) -> Option<String> {
    let focused = ctx.memory(|m| m.focused())?.accesskit_id();
    let update = out.platform_output.accesskit_update.as_ref()?;
    update
        .nodes
        .iter()
        .find(|(id, _)| *id == focused)
        .and_then(|(_, n)| n.label().map(str::to_string))
}

/// Tabs until the widget named `name` has the focus, then presses Space on it;
/// returns the commands that press chose.
fn tab_to_and_press(
    ctx: &egui::Context,
    app: &App,
    planner: &mut Planner,
    name: &str,
) -> Vec<Command> {
    for _ in 0..200 {
        let (_, out) = frame(ctx, app, planner, vec![key(egui::Key::Tab)]);
        if focused_name(ctx, &out).as_deref() == Some(name) {
            let (chosen, _) = frame(ctx, app, planner, vec![key(egui::Key::Space)]);
            return chosen;
        }
    }
    panic!("Tab never reached {name:?}");
}

fn open_planning(app: &mut App) {
    let entry = app
        .world()
        .resource::<Catalog>()
        .find("first-90-days")
        .unwrap();
    send(app, vec![Command::Open { entry, seed: 3 }]);
    send(app, vec![Command::Begin]);
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Planning
    );
}

/// A week played with Tab and Space alone: to the form's Add button (a coaching
/// session, the form's default), then to Resolve.
#[test]
fn a_week_is_played_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_planning(&mut app);
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut planner = Planner::default();
    frame(&ctx, &app, &mut planner, Vec::new());

    let added = tab_to_and_press(&ctx, &app, &mut planner, &t!("game-plan-add"));
    assert!(
        matches!(added.as_slice(), [Command::Add(_)]),
        "Space on Add chose {added:?}"
    );
    send(&mut app, added);
    let draft = &app
        .world()
        .resource::<Session>()
        .game
        .as_ref()
        .unwrap()
        .draft;
    assert_eq!(draft.actions.len(), 1, "the action is in the week's plan");

    let resolve = tab_to_and_press(&ctx, &app, &mut planner, &t!("game-plan-resolve"));
    assert_eq!(resolve, vec![Command::Resolve]);
    send(&mut app, resolve);
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    assert_eq!(game.run.tick(), 1, "the week resolved");
    assert_eq!(
        game.run.ledger().plans[0].actions.len(),
        1,
        "with the action planned by keyboard"
    );
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Report
    );
}

/// Everything a player can operate on the planning screen has a name a screen reader
/// can say.
#[test]
fn every_control_on_the_planning_screen_has_a_name() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_planning(&mut app);
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    // Open a rep's funnel too, so its controls are counted.
    let mut planner = Planner {
        focus: Some(crate::sim::RepId(0)),
        ..Default::default()
    };
    frame(&ctx, &app, &mut planner, Vec::new());
    let (_, out) = frame(&ctx, &app, &mut planner, Vec::new());
    let nodes = named_nodes(&out);
    let controls: Vec<_> = nodes.iter().filter(|(r, _)| is_interactive(*r)).collect();
    assert!(controls.len() > 10, "only {} controls seen", controls.len());
    let nameless: Vec<_> = controls
        .iter()
        .filter(|(_, name)| name.as_deref().is_none_or(|n| n.trim().is_empty()))
        .collect();
    assert!(nameless.is_empty(), "controls without a name: {nameless:?}");
}
