//! Title and scenario picker: shipped scenarios and the user folder (with any file's
//! error shown in place), a seed and team name, and "resume" for the autosaved game.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, BAD, MUTED, ScreenUi, WARN};
use crate::format::RunFile;
use crate::game::Launch;
use crate::game::logic::catalog::{Catalog, Origin};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::Notices;
use crate::game::logic::storage::GameDirs;
use crate::game::logic::workshop::{WorkshopCommand, WorkshopLink};
use crate::narrate::counted;

/// The picker's form.
#[derive(Resource, Debug)]
pub struct Picker {
    /// A workshop code typed in (`first-90-days/7`).
    pub code: String,
    pub selected: usize,
    pub seed: String,
    pub team: String,
    /// What the autosave holds ("Your first 90 days, week 4"), if it reads back.
    pub resume: Option<String>,
}

impl Default for Picker {
    fn default() -> Self {
        Picker {
            code: String::new(),
            selected: 0,
            seed: "1".into(),
            team: String::new(),
            resume: None,
        }
    }
}

fn on_enter(mut picker: ResMut<Picker>, dirs: Res<GameDirs>) {
    picker.resume = RunFile::load(&dirs.autosave()).ok().map(|f| {
        let week = f.weeks.len();
        if f.finished {
            format!("{} (finished, {week} weeks)", f.scenario.title)
        } else {
            format!(
                "{}, week {} of {}",
                f.scenario.title,
                week + 1,
                f.scenario.weeks
            )
        }
    });
}

/// `--scenario` and `--seed` open a scenario straight away.
fn open_from_command_line(
    launch: Option<Res<Launch>>,
    mut catalog: ResMut<Catalog>,
    mut out: MessageWriter<Command>,
    mut picker: ResMut<Picker>,
    mut notices: ResMut<Notices>,
) {
    let Some(launch) = launch else { return };
    if let Some(seed) = launch.args.seed {
        picker.seed = seed.to_string();
    }
    if let Some(team) = &launch.args.team {
        picker.team = team.clone();
    }
    let Some(key) = &launch.args.scenario else {
        return;
    };
    let found = catalog.find(key).or_else(|| {
        let path = std::path::Path::new(key);
        path.is_file().then(|| catalog.add_file(path))
    });
    match found {
        Some(i) => {
            picker.selected = i;
            out.write(Command::Open {
                entry: i,
                seed: launch.args.seed.unwrap_or(1),
            });
            if let Some(team) = &launch.args.team {
                out.write(Command::SetPlayer(team.trim().to_string()));
            }
        }
        None => notices.warn(format!(
            "--scenario {key}: no shipped scenario has that id and no such file exists"
        )),
    }
}

fn ui(
    mut contexts: EguiContexts,
    catalog: Res<Catalog>,
    mut picker: ResMut<Picker>,
    paused: Res<State<Pause>>,
    link: Res<WorkshopLink>,
    mut out: MessageWriter<Command>,
    mut desk: MessageWriter<WorkshopCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = widgets::root_ui(ctx);
    let n = catalog.entries.len();
    if *paused.get() == Pause::Running && n > 0 {
        if widgets::key(ctx, egui::Key::ArrowDown) {
            picker.selected = (picker.selected + 1) % n;
        }
        if widgets::key(ctx, egui::Key::ArrowUp) {
            picker.selected = (picker.selected + n - 1) % n;
        }
    }
    picker.selected = picker.selected.min(n.saturating_sub(1));
    let seed: Option<u64> = picker.seed.trim().parse().ok();
    let mut open = *paused.get() == Pause::Running && widgets::key(ctx, egui::Key::Enter);

    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(12.0);
            ui.heading(egui::RichText::new("PIT CREW").size(40.0).strong());
            ui.label(egui::RichText::new("Run a B2B sales team week by week. Coach, don't super-close.").size(16.0).color(MUTED));
        });
        ui.add_space(10.0);
        if let Some(r) = &picker.resume {
            ui.horizontal(|ui| {
                if widgets::primary(ui, "Resume", true).clicked() {
                    out.write(Command::Resume);
                }
                ui.label(format!("Continue your last game: {r}"));
            });
            ui.separator();
        }
        ui.heading("Choose a scenario");
        ui.label(egui::RichText::new(format!(
            "Up/Down arrows to choose, Enter to open. Your own scenarios go in {}",
            catalog.user_dir.display()
        )).color(MUTED));
        ui.add_space(4.0);
        egui::ScrollArea::vertical().max_height(ui.available_height() - 90.0).show(ui, |ui| {
            egui::Grid::new("scenarios").striped(true).spacing([14.0, 6.0]).show(ui, |ui| {
                for h in ["", "Scenario", "Lesson", "Length", "Team", "Difficulty", "From"] {
                    ui.label(egui::RichText::new(h).strong());
                }
                ui.end_row();
                for (i, e) in catalog.entries.iter().enumerate() {
                    let chosen = i == picker.selected;
                    if ui.radio(chosen, "").clicked() {
                        picker.selected = i;
                    }
                    let from = match &e.origin {
                        Origin::Shipped => "shipped".to_string(),
                        Origin::User(_) => format!("your folder: {}", e.file),
                        Origin::CommandLine(p) => p.display().to_string(),
                    };
                    match &e.scenario {
                        Some(s) => {
                            let title = ui.selectable_label(chosen, egui::RichText::new(&s.title).strong());
                            if title.clicked() {
                                picker.selected = i;
                            }
                            if title.double_clicked() {
                                open = true;
                            }
                            ui.label(s.lesson.map(|l| format!("{l:?} {}", l.title())).unwrap_or_else(|| "—".into()));
                            ui.label(counted(s.weeks as usize, "week", "weeks"));
                            ui.label(counted(s.team.len(), "rep", "reps"));
                            ui.label(format!("{:?}", s.difficulty));
                        }
                        None => {
                            ui.label(egui::RichText::new(&e.file).strong().color(BAD));
                            ui.label("—");
                            ui.label("—");
                            ui.label("—");
                            ui.label("—");
                        }
                    }
                    ui.label(from);
                    ui.end_row();
                    if let Some(err) = &e.error {
                        ui.label("");
                        let prefix = if e.scenario.is_some() { "This file's latest edit is broken; the last good version is shown.\n" } else { "" };
                        ui.label(egui::RichText::new(format!("{prefix}{err}")).color(BAD).monospace());
                        ui.end_row();
                    } else if !e.warnings.is_empty() {
                        ui.label("");
                        ui.label(egui::RichText::new(e.warnings.join("\n")).color(WARN));
                        ui.end_row();
                    }
                }
            });
        });
        ui.separator();
        ui.horizontal(|ui| {
            ui.label("Seed");
            ui.add(egui::TextEdit::singleline(&mut picker.seed).desired_width(90.0))
                .on_hover_text("Same scenario + seed + decisions = the same game. Workshops hand out one seed to every team.");
            if seed.is_none() {
                ui.label(egui::RichText::new("a whole number, please").color(BAD));
            }
            ui.label("Team / your name");
            ui.add(egui::TextEdit::singleline(&mut picker.team).desired_width(160.0).hint_text("optional"));
            let playable = catalog.entries.get(picker.selected).is_some_and(|e| e.scenario.is_some() && e.error.is_none());
            if widgets::primary(ui, "Read the briefing ▶", playable && seed.is_some()).clicked() {
                open = true;
            }
            ui.separator();
            ui.label("Workshop code");
            let code = ui.add(egui::TextEdit::singleline(&mut picker.code).desired_width(140.0).hint_text("first-90-days/7"));
            if code.changed()
                && !picker.code.trim().is_empty()
                && let Ok((entry, seed)) = catalog.parse_code(&picker.code)
            {
                picker.selected = entry;
                picker.seed = seed.to_string();
            }
            if !picker.code.trim().is_empty() && let Err(e) = catalog.parse_code(&picker.code) {
                code.on_hover_text(e);
            }
            if ui.button("Facilitator: workshop").on_hover_text("Compare every team's run in a workshop folder and deal events").clicked() {
                desk.write(WorkshopCommand::Open);
            }
            if ui.button("Quit").clicked() {
                out.write(Command::Quit);
            }
        });
        if let Some(dir) = &link.dir {
            ui.label(egui::RichText::new(format!(
                "Workshop mode: your run is saved to {} every week{}",
                dir.display(),
                if picker.team.trim().is_empty() { " (enter your team name so the facilitator can tell teams apart)" } else { "" }
            )).color(if picker.team.trim().is_empty() { WARN } else { MUTED }));
        }
    });
    if open && let Some(seed) = seed {
        out.write(Command::Open {
            entry: picker.selected,
            seed,
        });
        if !picker.team.trim().is_empty() {
            out.write(Command::SetPlayer(picker.team.trim().to_string()));
        }
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Picker>()
        .add_systems(OnEnter(Screen::Title), on_enter)
        // On the first frame, once every plugin's start-up has run.
        .add_systems(Update, open_from_command_line.run_if(run_once))
        .add_systems(
            EguiPrimaryContextPass,
            ui.in_set(ScreenUi).run_if(in_state(Screen::Title)),
        );
}
