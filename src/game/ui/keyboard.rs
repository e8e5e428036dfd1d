//! The main screens with a keyboard alone and through a screen reader's eyes: each
//! real screen (title, briefing, planning, week report, debrief) drawn by egui without
//! a window, fed key events only, its commands applied by the game's logic plugins
//! headless.

use std::path::Path;

use bevy::prelude::*;
use bevy_egui::egui;

use super::access::{is_interactive, named_nodes};
use super::briefing::{BriefingScreen, TeamDraft};
use super::planning::{Planner, PlanningScreen};
use super::title::{Choice as TitleChoice, Picker, TitleScreen};
use crate::game::logic::catalog::Catalog;
use crate::game::logic::debrief::DebriefReport;
use crate::game::logic::flow::Command;
use crate::game::logic::screen::Screen;
use crate::game::logic::session::{PlanView, Session};
use crate::game::logic::settings::Settings;
use crate::t;

fn app(home: &Path) -> App {
    crate::game::logic::headless(home, None)
}

fn send(app: &mut App, commands: Vec<Command>) {
    app.world_mut().write_message_batch(commands);
    app.update();
    app.update();
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
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

/// A context that builds the AccessKit tree, as a screen reader's would.
fn reader_context() -> egui::Context {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    ctx
}

/// One frame of a screen with these input events.
fn frame<R>(
    ctx: &egui::Context,
    events: Vec<egui::Event>,
    draw: impl FnOnce(&egui::Context) -> R,
) -> (R, egui::FullOutput) {
    ctx.begin_pass(egui::RawInput {
        events,
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    });
    let chosen = draw(ctx);
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
/// returns what that press chose.
fn tab_to_and_press<R>(
    ctx: &egui::Context,
    name: &str,
    mut draw: impl FnMut(&egui::Context) -> R,
) -> R {
    tab_to(ctx, name, &mut draw);
    frame(ctx, vec![key(egui::Key::Space)], &mut draw).0
}

/// Draws a first frame, then tabs until the widget named `name` has the focus;
/// returns its id.
fn tab_to<R>(
    ctx: &egui::Context,
    name: &str,
    mut draw: impl FnMut(&egui::Context) -> R,
) -> egui::Id {
    frame(ctx, Vec::new(), &mut draw);
    for _ in 0..300 {
        let (_, out) = frame(ctx, vec![key(egui::Key::Tab)], &mut draw);
        if focused_name(ctx, &out).as_deref() == Some(name) {
            return ctx.memory(|m| m.focused()).expect("a focused widget");
        }
    }
    panic!("Tab never reached {name:?}");
}

/// Draws a screen twice (egui lays out on the first pass) and checks every control a
/// player operates has a name a screen reader can say; `at_least` guards against a
/// screen that drew nothing.
fn assert_every_control_named<R>(
    what: &str,
    at_least: usize,
    mut draw: impl FnMut(&egui::Context) -> R,
) {
    let ctx = reader_context();
    frame(&ctx, Vec::new(), &mut draw);
    let (_, out) = frame(&ctx, Vec::new(), &mut draw);
    let nodes = named_nodes(&out);
    let controls: Vec<_> = nodes.iter().filter(|(r, _)| is_interactive(*r)).collect();
    assert!(
        controls.len() >= at_least,
        "{what}: only {} controls seen",
        controls.len()
    );
    let nameless: Vec<_> = controls
        .iter()
        .filter(|(_, name)| name.as_deref().is_none_or(|n| n.trim().is_empty()))
        .collect();
    assert!(
        nameless.is_empty(),
        "{what}: controls without a name: {nameless:?}"
    );
}

fn open_briefing(app: &mut App) {
    let entry = app
        .world()
        .resource::<Catalog>()
        .find("first-90-days")
        .unwrap();
    send(app, vec![Command::Open { entry, seed: 3 }]);
    assert_eq!(screen(app), Screen::Briefing);
}

fn open_planning(app: &mut App) {
    open_briefing(app);
    send(app, vec![Command::Begin]);
    assert_eq!(screen(app), Screen::Planning);
}

fn planning(app: &App, planner: &mut Planner, ctx: &egui::Context) -> Vec<Command> {
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    let view = app.world().resource::<PlanView>();
    let screen = PlanningScreen {
        game,
        view,
        running: true,
        remote: None,
    };
    screen.draw(ctx, planner).0
}

fn briefing(app: &App, workshop: bool, team: &mut TeamDraft, ctx: &egui::Context) -> Vec<Command> {
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    let screen = BriefingScreen {
        run: &game.run,
        broken: None,
        workshop,
        running: true,
    };
    screen.draw(ctx, team)
}

fn report(app: &App, ctx: &egui::Context) -> Vec<Command> {
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    super::report::draw(ctx, &game.run, true).0
}

fn debrief(app: &App, ctx: &egui::Context) -> Option<super::debrief::Choice> {
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    let report = app.world().resource::<DebriefReport>();
    let d = report
        .debrief
        .as_ref()
        .expect("a debrief once the run ends");
    super::debrief::draw(ctx, d, &game.run, &[])
}

/// Plays every remaining week with an empty plan, to the debrief.
fn play_to_the_end(app: &mut App) {
    for _ in 0..60 {
        match screen(app) {
            Screen::Planning => send(app, vec![Command::Resolve]),
            Screen::Report => send(app, vec![Command::Continue]),
            Screen::Debrief => return,
            other => panic!("unexpected screen {other:?}"),
        }
    }
    panic!("the run never ended");
}

/// The title screen by keyboard: Down picks the next scenario, Tab reaches the button
/// that opens its briefing, Space presses it.
#[test]
fn the_title_screen_is_used_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let app = app(home.path());
    let catalog = app.world().resource::<Catalog>();
    assert!(catalog.entries.len() > 1);
    let screen = TitleScreen {
        catalog,
        workshop: None,
        running: true,
    };
    let (mut picker, mut settings) = (Picker::default(), Settings::default());
    let ctx = reader_context();
    frame(&ctx, vec![key(egui::Key::ArrowDown)], |ctx| {
        screen.draw(ctx, &mut picker, &mut settings)
    });
    assert_eq!(picker.selected, 1, "Down moves to the next scenario");
    let chosen = tab_to_and_press(&ctx, &t!("game-title-read-briefing"), |ctx| {
        screen.draw(ctx, &mut picker, &mut settings)
    });
    assert_eq!(chosen, Some(TitleChoice::Open));
    assert_eq!(picker.selected, 1, "Tab and Space keep the choice");
}

/// The briefing by keyboard: in a workshop the team types its name, Tab reaches Begin,
/// Space begins week 1 under that name.
#[test]
fn the_briefing_is_begun_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_briefing(&mut app);
    let ctx = reader_context();
    let mut team = TeamDraft::default();
    // Focus the name field by Tab and type into it.
    let draw = |team: &mut TeamDraft, ctx: &egui::Context| briefing(&app, true, team, ctx);
    frame(&ctx, Vec::new(), |ctx| draw(&mut team, ctx));
    frame(&ctx, vec![key(egui::Key::Tab)], |ctx| draw(&mut team, ctx));
    frame(&ctx, vec![egui::Event::Text("Falcons".into())], |ctx| {
        draw(&mut team, ctx)
    });
    assert_eq!(team.name, "Falcons");
    let chosen = tab_to_and_press(&ctx, &t!("game-briefing-begin"), |ctx| draw(&mut team, ctx));
    assert_eq!(
        chosen,
        vec![Command::SetPlayer("Falcons".into()), Command::Begin]
    );
    send(&mut app, chosen);
    assert_eq!(screen(&app), Screen::Planning);
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    assert_eq!(game.player, "Falcons");
}

/// A week played with Tab and Space alone: to the form's Add button (a coaching
/// session, the form's default), then to Resolve; then on from the week's report.
#[test]
fn a_week_is_played_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_planning(&mut app);
    let ctx = reader_context();
    let mut planner = Planner::default();

    let added = tab_to_and_press(&ctx, &t!("game-plan-add"), |ctx| {
        planning(&app, &mut planner, ctx)
    });
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

    let resolve = tab_to_and_press(&ctx, &t!("game-plan-resolve"), |ctx| {
        planning(&app, &mut planner, ctx)
    });
    assert_eq!(resolve, vec![Command::Resolve]);
    send(&mut app, resolve);
    let game = app.world().resource::<Session>().game.as_ref().unwrap();
    assert_eq!(game.run.tick(), 1, "the week resolved");
    assert_eq!(
        game.run.ledger().plans[0].actions.len(),
        1,
        "with the action planned by keyboard"
    );
    assert_eq!(screen(&app), Screen::Report);

    let ctx = reader_context();
    let next = tab_to_and_press(&ctx, &t!("game-report-next-week"), |ctx| report(&app, ctx));
    assert_eq!(next, vec![Command::Continue]);
    send(&mut app, next);
    assert_eq!(screen(&app), Screen::Planning);
}

/// The debrief by keyboard: Tab reaches Export, Space asks for it.
#[test]
fn the_debrief_is_exported_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_planning(&mut app);
    play_to_the_end(&mut app);
    let ctx = reader_context();
    let chosen = tab_to_and_press(&ctx, &t!("game-debrief-export"), |ctx| debrief(&app, ctx));
    assert_eq!(chosen, Some(super::debrief::Choice::Export));
}

/// Everything a player can operate on the five main screens has a name a screen
/// reader can say.
#[test]
fn every_control_on_the_main_screens_has_a_name() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    {
        let catalog = app.world().resource::<Catalog>();
        let screen = TitleScreen {
            catalog,
            workshop: None,
            running: true,
        };
        let (mut picker, mut settings) = (Picker::default(), Settings::default());
        picker.resume = Some("first-90-days, week 4".into());
        assert_every_control_named("title", 8, |ctx| {
            screen.draw(ctx, &mut picker, &mut settings)
        });
    }
    open_briefing(&mut app);
    let mut team = TeamDraft::default();
    assert_every_control_named("briefing", 3, |ctx| briefing(&app, true, &mut team, ctx));
    send(&mut app, vec![Command::Begin]);
    // Open a rep's funnel too, so its controls are counted.
    let mut planner = Planner {
        focus: Some(crate::sim::RepId(0)),
        ..Default::default()
    };
    assert_every_control_named("planning", 10, |ctx| planning(&app, &mut planner, ctx));
    send(&mut app, vec![Command::Resolve]);
    assert_eq!(screen(&app), Screen::Report);
    assert_every_control_named("week report", 2, |ctx| report(&app, ctx));
    send(&mut app, vec![Command::Continue]);
    play_to_the_end(&mut app);
    assert_every_control_named("debrief", 3, |ctx| debrief(&app, ctx));
}

/// The deal table by arrows: from one row's Ride along, Down moves the focus to the
/// next row's (egui moves focus to the nearest control in the arrow's direction).
#[test]
fn arrows_move_through_the_deal_table() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    open_planning(&mut app);
    let ctx = reader_context();
    let mut planner = Planner::default();
    let ride = t!("game-deal-ride-along");
    let mut draw = |ctx: &egui::Context| planning(&app, &mut planner, ctx);
    let first = tab_to(&ctx, &ride, &mut draw);
    let (_, out) = frame(&ctx, vec![key(egui::Key::ArrowDown)], &mut draw);
    let now = ctx.memory(|m| m.focused());
    assert_ne!(now, Some(first), "Down moved the focus");
    assert_eq!(focused_name(&ctx, &out).as_deref(), Some(ride.as_str()));
    frame(&ctx, vec![key(egui::Key::ArrowUp)], &mut draw);
    assert_eq!(ctx.memory(|m| m.focused()), Some(first), "Up moved it back");
}

/// The menu by keyboard and by a reader: every control named; Tab to Save and Space
/// saves, Tab to Resume and Space resumes.
#[test]
fn the_menu_is_used_with_the_keyboard_alone() {
    use super::pause::{Allowed, draw};
    let allowed = Allowed {
        save: true,
        load: true,
        end_early: true,
    };
    let home = Path::new("/home/player/.local/share/pitcrew");
    let mut settings = Settings::default();
    assert_every_control_named("menu", 9, |ctx| draw(ctx, &allowed, &mut settings, home));
    let ctx = reader_context();
    let saved = tab_to_and_press(&ctx, &t!("game-pause-save"), |ctx| {
        draw(ctx, &allowed, &mut settings, home)
    });
    assert_eq!(saved, Some(Command::Save));
    let ctx = reader_context();
    let resumed = tab_to_and_press(&ctx, &t!("game-pause-resume"), |ctx| {
        draw(ctx, &allowed, &mut settings, home)
    });
    assert_eq!(resumed, Some(Command::Pause(false)));
    // A slider by arrows: Tab to the UI scale (its value in its name), Right raises it.
    let ctx = reader_context();
    let scale = t!("game-pause-ui-scale-value", scale = "1.00");
    let mut draw = |ctx: &egui::Context| draw(ctx, &allowed, &mut settings, home);
    tab_to(&ctx, &scale, &mut draw);
    frame(&ctx, vec![key(egui::Key::ArrowRight)], &mut draw);
    assert!(
        (settings.ui_scale - 1.05).abs() < 1e-6,
        "{}",
        settings.ui_scale
    );
}

/// The facilitator's screen by keyboard and by a reader: every control named; a folder
/// typed into its field and Load pressed with Tab and Space.
#[test]
fn the_workshop_screen_is_used_with_the_keyboard_alone() {
    use super::workshop::draw;
    use crate::game::logic::host::Hosting;
    use crate::game::logic::workshop::{WorkshopCommand, WorkshopView};
    let (mut view, mut hosting) = (WorkshopView::default(), Hosting::default());
    assert_every_control_named("workshop", 8, |ctx| draw(ctx, &mut view, &mut hosting));
    let ctx = reader_context();
    let mut draw = |ctx: &egui::Context| draw(ctx, &mut view, &mut hosting);
    frame(&ctx, Vec::new(), &mut draw);
    frame(&ctx, vec![key(egui::Key::Tab)], &mut draw);
    frame(&ctx, vec![egui::Event::Text("/tmp/ws".into())], &mut draw);
    let orders = tab_to_and_press(&ctx, &t!("game-ws-load"), &mut draw);
    assert_eq!(orders.desk, vec![WorkshopCommand::Load]);
    assert_eq!(view.folder, "/tmp/ws");
}
