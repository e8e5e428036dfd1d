//! Headless app tests: the game's logic plugins under `MinimalPlugins` (no window, no
//! GPU), driven by the same commands the screens send.

use std::path::Path;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use pitcrew::format::{RunFile, diverges};
use pitcrew::game::logic::catalog::Catalog;
use pitcrew::game::logic::debrief::DebriefReport;
use pitcrew::game::logic::debrief::Export;
use pitcrew::game::logic::flow::Command;
use pitcrew::game::logic::hints::ActiveHint;
use pitcrew::game::logic::hints::DismissHint;
use pitcrew::game::logic::screen::Screen;
use pitcrew::game::logic::session::{Notices, Session};
use pitcrew::game::logic::storage::{self, GameDirs};
use pitcrew::game::logic::workshop::WorkshopCommand;
use pitcrew::sim::{Action, Skill};

fn app(home: &Path) -> App {
    app_with(home, None)
}

/// The logic plugins headless, with the game's folders in `home` and, optionally,
/// command-line options.
fn app_with(home: &Path, launch: Option<pitcrew::game::Launch>) -> App {
    pitcrew::game::logic::headless(home, launch)
}

/// Sends a command and lets the flow and the state transition run.
fn send<M: Message>(app: &mut App, msg: M) {
    app.world_mut().write_message(msg);
    app.update();
    app.update();
}

/// The game in progress (the test has opened one).
fn game(app: &App) -> &pitcrew::game::logic::session::Game {
    app.world()
        .resource::<Session>()
        .game
        .as_ref()
        .expect("a game is open")
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn entry(app: &App, id: &str) -> usize {
    app.world()
        .resource::<Catalog>()
        .find(id)
        .unwrap_or_else(|| panic!("{id} not in the catalog"))
}

fn tick(app: &App) -> u32 {
    app.world()
        .resource::<Session>()
        .game
        .as_ref()
        .map_or(0, |g| g.run.tick())
}

fn last_error(app: &App) -> String {
    app.world()
        .resource::<Notices>()
        .last_error()
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_whole_quarter_plays_through_the_screens_to_a_debrief() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    assert_eq!(screen(&app), Screen::Title);
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 7 });
    assert_eq!(screen(&app), Screen::Briefing);
    send(&mut app, Command::Begin);
    assert_eq!(screen(&app), Screen::Planning);

    let weeks = game(&app).run.weeks();
    for w in 0..weeks {
        let rep = {
            let g = game(&app);
            g.run.team().reps.iter().find(|r| r.is_person()).unwrap().id
        };
        send(&mut app, DismissHint);
        send(
            &mut app,
            Command::Add(Action::Coach {
                rep,
                skill: Skill::Discovery,
                hours: 3.0,
            }),
        );
        send(&mut app, Command::SetAbsorb(0.5));
        send(&mut app, Command::Resolve);
        assert_eq!(
            screen(&app),
            Screen::Report,
            "week {}: {}",
            w + 1,
            last_error(&app)
        );
        assert_eq!(tick(&app), w + 1);
        send(&mut app, Command::Continue);
    }
    assert_eq!(screen(&app), Screen::Debrief);

    let report = app.world().resource::<DebriefReport>();
    let d = report.debrief.as_ref().expect("the debrief was built");
    assert_eq!(d.weeks_played, weeks);
    assert_eq!(d.weeks.len(), weeks as usize);
    assert_eq!(
        d.bots.len(),
        pitcrew::policy::STANDARD.len(),
        "every standard bot ran on the same seed"
    );
    assert!(d.causes.len() >= 5);
    assert!(d.scores.overall > 0.0);

    // Exports: HTML with inline charts, CSV with a row per week, a replayable run
    // file, and the run's learning records.
    send(&mut app, Export);
    let exported = app.world().resource::<DebriefReport>().exported.clone();
    assert_eq!(exported.len(), 4, "{}", last_error(&app));
    let records: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&exported[3]).unwrap()).unwrap();
    let verbs: Vec<&str> = records
        .iter()
        .map(|s| s["verb"]["display"]["en-US"].as_str().unwrap())
        .collect();
    assert_eq!(
        verbs,
        ["initialized", "completed"],
        "no pass mark: no pass or fail"
    );
    let html = std::fs::read_to_string(&exported[0]).unwrap();
    assert!(html.contains("<svg") && html.contains("Revenue vs quota"));
    let csv = std::fs::read_to_string(&exported[1]).unwrap();
    assert_eq!(csv.lines().count(), weeks as usize + 1);
    let file = RunFile::load(&exported[2]).unwrap();
    let replayed = file.resimulate("export").unwrap();
    assert!(diverges(&file, &replayed).is_none());
    assert_eq!(file.plans.len(), weeks as usize);

    // The autosave holds the same finished game.
    let auto = RunFile::load(&home.path().join("saves/autosave.ron")).unwrap();
    assert!(auto.finished);
    assert_eq!(auto.plans, file.plans);
}

#[test]
fn an_over_budget_plan_is_explained_and_kept_not_clipped() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 1 });
    send(&mut app, Command::Begin);
    over_budget(&mut app);
    send(&mut app, Command::Resolve);
    assert_eq!(screen(&app), Screen::Planning);
    assert_eq!(tick(&app), 0);
    let err = last_error(&app);
    assert!(
        err.contains("cannot be carried out") && err.contains("h are free"),
        "{err}"
    );
    assert_eq!(
        game(&app).draft.actions.len(),
        2,
        "the plan is kept for the player to fix"
    );
}

#[test]
fn a_corrupt_autosave_is_reported_and_the_previous_one_loads() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 3 });
    send(&mut app, Command::Begin);
    for _ in 0..2 {
        send(&mut app, Command::Resolve);
        send(&mut app, Command::Continue);
    }
    assert_eq!(tick(&app), 2);
    let auto = home.path().join("saves/autosave.ron");
    let bytes = std::fs::read(&auto).unwrap();
    std::fs::write(&auto, &bytes[..bytes.len() / 2]).unwrap();

    send(&mut app, Command::ToTitle);
    send(&mut app, Command::Resume);
    assert_eq!(screen(&app), Screen::Planning);
    assert_eq!(tick(&app), 1, "the previous save (after week 1) was loaded");
    let err = last_error(&app);
    assert!(
        err.contains("autosave.ron") && err.contains("previous save"),
        "{err}"
    );
    // The damaged file is kept for inspection, not overwritten by the fallback.
    assert_eq!(std::fs::read(&auto).unwrap().len(), bytes.len() / 2);
    assert!(storage::previous(&auto).exists());
}

#[test]
fn a_broken_user_scenario_shows_its_error_and_the_rest_load() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("scenarios");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("broken.ron"), "(\n  id: \"x\",\n  title: ,\n)").unwrap();
    let good = include_str!("../../scenarios/l1-coach-dont-close.ron")
        .replace("l1-coach-dont-close", "my-team");
    std::fs::write(dir.join("mine.ron"), &good).unwrap();
    let app = app(home.path());
    let cat = app.world().resource::<Catalog>();
    let broken = &cat.entries[cat.find("broken").unwrap()];
    let err = broken.error.as_deref().unwrap();
    assert!(err.contains("broken.ron:3:"), "{err}");
    assert!(broken.scenario.is_none());
    assert!(cat.find("my-team").is_some());
    assert_eq!(
        cat.entries.iter().filter(|e| e.scenario.is_some()).count(),
        8
    );
}

#[test]
fn editing_a_user_scenario_hot_reloads_and_a_bad_edit_keeps_the_last_good_version() {
    let home = tempfile::tempdir().unwrap();
    let (path, text) = user_scenario(home.path());
    let mut app = app(home.path());
    let i = entry(&app, "my-team");

    let retitled = text.replacen(
        "\"en\": \"Coach, don't",
        "\"en\": \"Renamed Coach, don't",
        1,
    );
    std::fs::write(&path, &retitled).unwrap();
    bump_mtime(&path, 5);
    assert!(app.world_mut().resource_mut::<Catalog>().refresh());
    let e = &app.world().resource::<Catalog>().entries[i];
    assert!(e.scenario.as_ref().unwrap().title.starts_with("Renamed "));

    std::fs::write(&path, "(id: \"my-team\", title: \"oops\", weeks: 0,").unwrap();
    bump_mtime(&path, 10);
    app.world_mut().resource_mut::<Catalog>().refresh();
    let e = &app.world().resource::<Catalog>().entries[i];
    assert!(e.error.is_some());
    assert!(
        e.scenario.as_ref().unwrap().title.starts_with("Renamed "),
        "last good version kept"
    );

    // And the polling system picks edits up on its own.
    std::fs::write(&path, &text).unwrap();
    bump_mtime(&path, 15);
    for _ in 0..12 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        app.update();
    }
    let e = &app.world().resource::<Catalog>().entries[i];
    assert!(e.error.is_none(), "{:?}", e.error);
}

/// Writes `scenarios/mine.ron` (the L1 scenario with the id `my-team`) into the user
/// folder; returns its path and text.
fn user_scenario(home: &Path) -> (std::path::PathBuf, String) {
    let dir = home.join("scenarios");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.ron");
    let text = include_str!("../../scenarios/l1-coach-dont-close.ron")
        .replace("l1-coach-dont-close", "my-team");
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

/// Plans more hours than the week has: 40 h on the manager's own book and 8 h coaching.
fn over_budget(app: &mut App) {
    let rep = game(app).run.team().reps[0].id;
    // 25 h of selling and 8 h of coaching: 33 h against a new manager's 29 free.
    send(app, Command::Add(Action::CarryBook { hours: 25.0 }));
    send(
        app,
        Command::Add(Action::Coach {
            rep,
            skill: Skill::Closing,
            hours: 8.0,
        }),
    );
}

fn bump_mtime(path: &Path, secs: u64) {
    let t = std::time::SystemTime::now() + std::time::Duration::from_secs(secs);
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(t).unwrap();
}

#[test]
fn guided_hints_appear_when_they_matter_and_once() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 1 });
    assert_eq!(
        app.world().resource::<ActiveHint>().0,
        None,
        "no hint on the briefing"
    );
    send(&mut app, Command::Begin);
    let first = app
        .world()
        .resource::<ActiveHint>()
        .0
        .expect("a hint on the first planning screen");
    let hints = &game(&app).run.scenario().hints;
    assert_eq!(
        hints[first].trigger,
        pitcrew::scenario::HintTrigger::FirstPlan
    );
    send(&mut app, DismissHint);
    assert!(game(&app).hints_seen.contains(&first));
    // Other hints whose moment has come (a stale deal, a discount request) follow one by one.
    for _ in 0..10 {
        if app.world().resource::<ActiveHint>().0.is_none() {
            break;
        }
        send(&mut app, DismissHint);
    }
    assert_eq!(app.world().resource::<ActiveHint>().0, None);
    send(&mut app, DismissHint);
    assert_eq!(
        app.world().resource::<ActiveHint>().0,
        None,
        "a dismissed hint does not come back"
    );
    // Over budget: its hint comes up.
    over_budget(&mut app);
    let h = app
        .world()
        .resource::<ActiveHint>()
        .0
        .expect("over-budget hint");
    assert_eq!(
        game(&app).run.scenario().hints[h].trigger,
        pitcrew::scenario::HintTrigger::OverBudget
    );
}

fn workshop_app(home: &Path, dir: &Path) -> App {
    app_with(
        home,
        Some(pitcrew::game::Launch {
            args: pitcrew::options::GameArgs {
                workshop: Some(dir.to_path_buf()),
                ..Default::default()
            },
            started: None,
        }),
    )
}

#[test]
fn a_workshop_team_saves_each_week_and_plays_the_facilitators_cards() {
    use pitcrew::format::deck::Deck;
    use pitcrew::report::workshop::{Expect, load_dir};
    use pitcrew::scenario::EventKind;

    let home = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let mut app = workshop_app(home.path(), folder.path());
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 11 });
    send(&mut app, Command::SetPlayer("Team Red".into()));
    send(&mut app, Command::Begin);
    send(&mut app, Command::Resolve);
    let file = folder.path().join("team-red.ron");
    assert!(
        file.exists(),
        "the run is in the workshop folder after week 1"
    );

    // The facilitator deals a price cut while the team reads its week-1 report.
    let card = Deck::deal(
        folder.path(),
        EventKind::CompetitorPriceCut {
            depth: 0.15,
            weeks: 4,
        },
        Some("Price war".into()),
    )
    .unwrap();
    send(&mut app, Command::Continue);
    assert_eq!(screen(&app), Screen::Planning);
    {
        let inj = &game(&app).run.org().injections;
        assert_eq!(inj.len(), 1);
        assert_eq!(inj[0].card, Some(card));
        assert_eq!(inj[0].week, 3, "from the week after the one being planned");
    }
    for _ in 0..3 {
        send(&mut app, Command::Resolve);
        send(&mut app, Command::Continue);
    }
    // Applied once, however often the deck is read.
    assert_eq!(game(&app).run.org().injections.len(), 1);

    let saved = RunFile::load(&file).unwrap();
    assert_eq!(saved.injections.len(), 1);
    assert_eq!(saved.player, "Team Red");
    let replayed = saved.resimulate("team-red").unwrap();
    assert!(
        diverges(&saved, &replayed).is_none(),
        "the dealt event replays exactly"
    );
    let w = load_dir(folder.path(), &Expect::default()).unwrap();
    assert_eq!(w.teams.len(), 1);
    assert!(!w.teams[0].finished);
    assert_eq!(w.teams[0].weeks_played, 4);

    // Three more teams played the same seed (with the same card dealt).
    for (i, bot) in ["coach", "super_closer", "discounter"].iter().enumerate() {
        let sc = game(&app).run.scenario().clone();
        let mut run = pitcrew::sim::Run::new(sc, 11);
        run.inject(
            3,
            EventKind::CompetitorPriceCut {
                depth: 0.15,
                weeks: 4,
            },
            Some("Price war".into()),
        );
        pitcrew::policy::play(&mut run, &pitcrew::policy::by_name(bot).unwrap());
        RunFile::from_run(&run, &format!("Team {i}"))
            .save(&folder.path().join(format!("team-{i}.ron")))
            .unwrap();
    }

    // The facilitator's screen loads the folder and deals from the preset deck.
    send(&mut app, WorkshopCommand::Open);
    assert_eq!(screen(&app), Screen::Workshop);
    send(&mut app, WorkshopCommand::Load);
    let view = app
        .world()
        .resource::<pitcrew::game::logic::workshop::WorkshopView>();
    assert_eq!(view.folder, folder.path().display().to_string());
    let w = view.workshop.as_ref().expect("the workshop loaded");
    assert_eq!(w.teams.len(), 4, "{:?}", view.error);
    assert!(w.refused.is_empty(), "{:?}", w.refused);
    assert_eq!(
        w.teams.iter().filter(|t| !t.finished).count(),
        1,
        "Team Red is still playing"
    );
    assert_eq!(w.bots.len(), pitcrew::policy::STANDARD.len());
    send(&mut app, WorkshopCommand::Deal(0));
    assert_eq!(Deck::load(folder.path()).unwrap().cards.len(), 2);
}

#[test]
fn a_workshop_code_names_the_scenario_and_seed() {
    let home = tempfile::tempdir().unwrap();
    let app = app(home.path());
    let cat = app.world().resource::<Catalog>();
    let (entry, seed) = cat.parse_code(" l2-metrics-not-price-cuts/42 ").unwrap();
    assert_eq!(
        cat.entries[entry].scenario.as_ref().unwrap().id,
        "l2-metrics-not-price-cuts"
    );
    assert_eq!(seed, 42);
    assert!(
        cat.parse_code("nope/3")
            .unwrap_err()
            .contains("no scenario has the id")
    );
    assert!(
        cat.parse_code("first-90-days/x")
            .unwrap_err()
            .contains("seed")
    );
    assert!(
        cat.parse_code("first-90-days")
            .unwrap_err()
            .contains("looks like")
    );
}

#[test]
fn editing_the_scenario_at_its_briefing_updates_the_briefing() {
    let home = tempfile::tempdir().unwrap();
    let (path, text) = user_scenario(home.path());
    let mut app = app(home.path());
    let i = entry(&app, "my-team");
    send(&mut app, Command::Open { entry: i, seed: 5 });
    assert_eq!(screen(&app), Screen::Briefing);

    std::fs::write(
        &path,
        text.replacen("\"en\": \"Coach, don't", "\"en\": \"Edited Coach, don't", 1),
    )
    .unwrap();
    bump_mtime(&path, 20);
    for _ in 0..12 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        app.update();
    }
    let g = game(&app);
    assert!(
        g.run.scenario().title.starts_with("Edited "),
        "{}",
        g.run.scenario().title
    );
    assert_eq!(g.run.seed(), 5);

    // A bad edit leaves the briefing on the last good version.
    std::fs::write(&path, "(id: \"my-team\",").unwrap();
    bump_mtime(&path, 30);
    for _ in 0..12 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        app.update();
    }
    let s = app.world().resource::<Session>();
    assert!(
        s.game
            .as_ref()
            .unwrap()
            .run
            .scenario()
            .title
            .starts_with("Edited ")
    );
    let cat = app.world().resource::<Catalog>();
    assert!(
        cat.entries[i]
            .error
            .as_deref()
            .unwrap()
            .contains("mine.ron:1:")
    );
}

#[test]
fn the_facilitator_hosts_the_workshop_and_teams_join_in_a_browser() {
    use pitcrew::game::logic::host::{HostCommand, Hosting};
    let home = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    send(&mut app, WorkshopCommand::Open);
    app.world_mut().write_message(HostCommand::Start {
        dir: folder.path().to_path_buf(),
        scenario: "l1-coach-dont-close".into(),
        seed: 5,
        bind: "127.0.0.1:0".parse().unwrap(),
    });
    app.update();
    let (join, code) = {
        let hosting = app.world().resource::<Hosting>();
        let h = hosting.hosted.as_ref().expect("the server is up");
        let code = h.room().code.clone();
        (h.join_url.clone(), code)
    };
    assert!(join.ends_with(&code));
    // The screen follows the folder the server writes to.
    let view = app
        .world()
        .resource::<pitcrew::game::logic::workshop::WorkshopView>();
    assert_eq!(view.folder, folder.path().display().to_string());

    // A team joins over HTTP; its run file is there at once.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into();
    let page = agent
        .get(&join)
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    assert!(page.contains("Join"));
    let res = agent
        .post(&format!("{join}/join"))
        .send_form([("name", "Team Web")])
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(folder.path().join("team-web.ron").exists());

    // Pausing from the screen reaches the room; stopping frees the address.
    app.world_mut().write_message(HostCommand::Pause(true));
    app.update();
    {
        let hosting = app.world().resource::<Hosting>();
        let room = hosting.hosted.as_ref().unwrap().room();
        assert!(room.paused);
        assert_eq!(room.teams.len(), 1);
    }
    app.world_mut().write_message(HostCommand::Stop);
    app.update();
    assert!(app.world().resource::<Hosting>().hosted.is_none());
    assert!(agent.get(&join).call().is_err(), "the server stopped");
}

/// Updates until `done` holds (a reply from a server on another thread), or panics.
fn update_until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..1500 {
        app.update();
        if done(app) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!(
        "gave up waiting for {what}; notices: {:?}",
        app.world().resource::<Notices>().items
    );
}

#[test]
fn a_desktop_team_joins_a_hosted_workshop_and_the_server_resolves_its_weeks() {
    use pitcrew::format::deck::{Deck, presets};
    use pitcrew::game::logic::join::{self, Remote};
    use pitcrew::serve::{Room, host};

    let home = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let scenario = pitcrew::scenario::load_id_or_file("first-90-days")
        .unwrap()
        .scenario;
    let room = Room::open(folder.path(), Some(scenario), 11).unwrap();
    let hosted = host(room, "127.0.0.1:0".parse().unwrap()).unwrap();
    let dirs = GameDirs {
        home: home.path().to_path_buf(),
    };
    dirs.create();
    let args = pitcrew::options::GameArgs {
        join: Some(hosted.join_url.clone()),
        team: Some("Desk Team".into()),
        ..Default::default()
    };
    let joined_app = |remote: Remote| {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin));
        app.insert_resource(dirs.clone()).insert_resource(remote);
        app.add_plugins(pitcrew::game::logic::plugin);
        app.update();
        app.update();
        app
    };
    let mut app = joined_app(join::connect(&args, &dirs).expect("joins"));
    assert_eq!(screen(&app), Screen::Briefing);
    assert_eq!(game(&app).player, "Desk Team");
    assert_eq!(game(&app).run.seed(), 11, "the room's scenario and seed");
    send(&mut app, Command::Begin);
    assert_eq!(screen(&app), Screen::Planning);
    let coach = Action::Coach {
        rep: pitcrew::sim::RepId(0),
        skill: Skill::Discovery,
        hours: 2.0,
    };
    send(&mut app, Command::Add(coach.clone()));
    send(&mut app, Command::Resolve);
    update_until(&mut app, "week 1's report", |a| screen(a) == Screen::Report);
    assert_eq!(tick(&app), 1);
    let token = app.world().resource::<Remote>().token.clone();
    {
        let room = hosted.room();
        let team = room.team(&token).expect("the team is in the room");
        assert_eq!(team.run.tick(), 1, "the server resolved the week");
        assert_eq!(team.run.ledger().plans[0].actions, vec![coach.clone()]);
        assert_eq!(
            team.run.ledger().history,
            game(&app).run.ledger().history,
            "the game shows the server's run"
        );
    }
    assert!(folder.path().join("desk-team.ron").exists());

    // A card the facilitator deals reaches the team's next week, and the team is told.
    let card = presets()[0].clone();
    Deck::deal(folder.path(), card.kind, card.text).unwrap();
    send(&mut app, Command::Continue);
    send(&mut app, Command::Resolve);
    update_until(&mut app, "week 2's report", |a| screen(a) == Screen::Report);
    assert_eq!(
        game(&app).run.org().injections.len(),
        1,
        "the card is in the run"
    );
    assert!(!app.world().resource::<Notices>().items.is_empty());

    // A plan sent while the room is paused stays in the game, with the reason.
    hosted.room().set_paused(true).unwrap();
    send(&mut app, Command::Continue);
    send(&mut app, Command::Add(coach.clone()));
    send(&mut app, Command::Resolve);
    update_until(&mut app, "the refusal", |a| {
        last_error(a).contains("paused")
    });
    assert_eq!(screen(&app), Screen::Planning);
    assert_eq!(tick(&app), 2);
    assert_eq!(game(&app).draft.actions.len(), 1, "the plan is kept");
    hosted.room().set_paused(false).unwrap();

    // The same team plays a week in its browser: the game follows.
    hosted.room().resolve(&token).unwrap();
    update_until(&mut app, "the week played elsewhere", |a| tick(a) == 3);
    assert_eq!(screen(&app), Screen::Planning);

    // A restarted game continues the same team, at the same week.
    drop(app);
    let again = join::connect(&args, &dirs).expect("joins again");
    assert_eq!(again.token, token, "this machine remembers its team");
    let app = joined_app(again);
    assert_eq!(screen(&app), Screen::Planning);
    assert_eq!(tick(&app), 3);
    assert_eq!(hosted.room().teams.len(), 1, "no second team");

    // Addresses that are not a workshop are refused before anything is joined.
    for (url, says) in [
        ("http://127.0.0.1:9/NOPE", "cannot reach"),
        (
            hosted.join_url.trim_end_matches(|c: char| c != '/'),
            "not a workshop address",
        ),
    ] {
        let args = pitcrew::options::GameArgs {
            join: Some(url.to_string()),
            team: Some("X".into()),
            ..Default::default()
        };
        let err = join::connect(&args, &dirs)
            .err()
            .expect("refused")
            .to_string();
        assert!(err.contains(says), "{url}: {err}");
    }
    let wrong_code = format!("{}Z", hosted.join_url);
    let args = pitcrew::options::GameArgs {
        join: Some(wrong_code),
        team: Some("X".into()),
        ..Default::default()
    };
    let err = join::connect(&args, &dirs)
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("No workshop with that code"), "{err}");
}

#[test]
fn a_finished_runs_learning_records_wait_in_the_queue_while_the_lrs_is_down() {
    let home = tempfile::tempdir().unwrap();
    let mut args = pitcrew::options::GameArgs::default();
    // Nothing listens on the discard port: the LRS is down.
    args.records.lrs = Some("http://127.0.0.1:9/xAPI".into());
    let mut app = app_with(
        home.path(),
        Some(pitcrew::game::Launch {
            args,
            started: None,
        }),
    );
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 7 });
    send(&mut app, Command::Begin);
    while screen(&app) != Screen::Debrief {
        send(&mut app, DismissHint);
        send(&mut app, Command::Resolve);
        send(&mut app, Command::Continue);
    }
    let queue = home.path().join("xapi-queue");
    update_until(&mut app, "the records' notice", |a| {
        last_error(a).contains("Learning records")
    });
    assert!(
        last_error(&app).contains("2 queued"),
        "{}",
        last_error(&app)
    );
    let files: Vec<String> = std::fs::read_dir(&queue)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(files.len(), 2, "initialized and completed, kept on disk");
    assert!(files.iter().any(|f| f.contains("/verbs/completed")));
    // Opening the debrief again records nothing twice.
    send(&mut app, Command::ToTitle);
    send(&mut app, Command::Resume);
    assert_eq!(std::fs::read_dir(&queue).unwrap().count(), 2);
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_the_ui_and_the_zoom_is_saved() {
    use pitcrew::game::logic::settings::Settings;
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    app.insert_resource(ButtonInput::<KeyCode>::default());
    let press = |app: &mut App, key: KeyCode| {
        {
            let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
            keys.press(KeyCode::ControlLeft);
            keys.press(key);
        }
        app.update();
        let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
        keys.release_all();
        keys.clear();
    };
    let zoom = |app: &App| app.world().resource::<Settings>().ui_scale;
    let saved = |home: &Path| {
        Settings::load(&GameDirs {
            home: home.to_path_buf(),
        })
        .0
        .ui_scale
    };
    press(&mut app, KeyCode::Equal);
    assert_eq!(zoom(&app), 1.1);
    assert_eq!(saved(home.path()), 1.1, "kept for the next start");
    press(&mut app, KeyCode::NumpadAdd);
    assert_eq!(zoom(&app), 1.2);
    press(&mut app, KeyCode::Minus);
    assert_eq!(zoom(&app), 1.1);
    press(&mut app, KeyCode::Digit0);
    assert_eq!(zoom(&app), 1.0);
    assert_eq!(saved(home.path()), 1.0);
    // Without Ctrl the keys are the planner's, not the zoom's.
    {
        let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
        keys.press(KeyCode::Equal);
    }
    app.update();
    assert_eq!(zoom(&app), 1.0);
}

#[test]
fn the_pause_menu_is_a_state_of_its_own_and_a_load_closes_it() {
    use pitcrew::game::logic::screen::Pause;
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    let pause = |app: &App| *app.world().resource::<State<Pause>>().get();
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 3 });
    send(&mut app, Command::Begin);
    send(&mut app, Command::Pause(true));
    assert_eq!(pause(&app), Pause::Paused);
    assert_eq!(
        screen(&app),
        Screen::Planning,
        "the screen stays under the menu"
    );
    send(&mut app, Command::Save);
    send(&mut app, Command::Load);
    assert_eq!(pause(&app), Pause::Running, "loading closes the menu");
    send(&mut app, Command::Pause(true));
    send(&mut app, Command::Pause(false));
    assert_eq!(pause(&app), Pause::Running);
}

#[test]
fn the_plan_view_follows_the_draft() {
    use pitcrew::game::logic::session::PlanView;
    let home = tempfile::tempdir().unwrap();
    let mut app = app(home.path());
    let e = entry(&app, "first-90-days");
    send(&mut app, Command::Open { entry: e, seed: 3 });
    send(&mut app, Command::Begin);
    let view = |app: &App| {
        let v = app.world().resource::<PlanView>();
        (v.used, v.available, v.hours.clone(), v.check.clone())
    };
    let (used, available, hours, check) = view(&app);
    assert_eq!((used, hours.len()), (0.0, 0));
    assert!(used.is_sign_positive(), "an empty plan reads 0.0, not -0.0");
    assert!(available > 0.0);
    assert!(matches!(check, Some(Ok(_))));
    let rep = game(&app).run.team().reps[0].id;
    send(
        &mut app,
        Command::Add(Action::Coach {
            rep,
            skill: Skill::Discovery,
            hours: 2.5,
        }),
    );
    let (used, _, hours, check) = view(&app);
    assert_eq!((used, hours), (2.5, vec![2.5]));
    assert_eq!(check.unwrap().unwrap().hours, 2.5);
    // Far more hours than the week has: the view says why, as the flow would.
    for _ in 0..20 {
        send(
            &mut app,
            Command::Add(Action::Coach {
                rep,
                skill: Skill::Closing,
                hours: 4.0,
            }),
        );
    }
    let (used, available, _, check) = view(&app);
    assert!(used > available);
    assert_eq!(check.unwrap(), game(&app).check());
}
