//! Title and scenario picker: shipped scenarios and the user folder (with any file's
//! error shown in place), a seed and team name, and "resume" for the autosaved game.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, BAD, MUTED, ScreenUi, WARN};
use crate::format::RunFile;
use crate::game::Launch;
use crate::game::logic::catalog::{Catalog, Entry, Origin};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::Notices;
use crate::game::logic::settings::SettingsFile;
use crate::game::logic::storage::GameDirs;
use crate::game::logic::workshop::{WorkshopCommand, WorkshopLink};
use crate::t;

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
            t!(
                "game-title-resume-finished",
                title = f.scenario.title.to_string(),
                weeks = week
            )
        } else {
            t!(
                "game-title-resume-week",
                title = f.scenario.title.to_string(),
                week = week + 1,
                weeks = f.scenario.weeks
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
        None => notices.warn(t!("game-title-no-such-scenario", key = key.clone())),
    }
}

/// What the player chose on the title screen beyond the picker's own fields; egui
/// reports one click a frame.
#[derive(Debug, PartialEq)]
pub(super) enum Choice {
    Resume,
    /// Read the briefing of the chosen scenario (as Enter does).
    Open,
    Workshop,
    Quit,
}

/// Where the title screen's choices go: the game's flow, the workshop desk, and the
/// notices (a setting that could not be saved).
#[derive(bevy::ecs::system::SystemParam)]
struct TitleOrders<'w> {
    game: MessageWriter<'w, Command>,
    desk: MessageWriter<'w, WorkshopCommand>,
    notices: ResMut<'w, Notices>,
}

fn ui(
    mut contexts: EguiContexts,
    catalog: Res<Catalog>,
    mut picker: ResMut<Picker>,
    paused: Res<State<Pause>>,
    link: Res<WorkshopLink>,
    mut orders: TitleOrders,
    mut file: SettingsFile,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut edited = file.settings.clone();
    let screen = TitleScreen {
        catalog: &catalog,
        workshop: link.dir.as_deref(),
        running: *paused.get() == Pause::Running,
    };
    let chosen = screen.draw(ctx, &mut picker, &mut edited);
    super::pause::keep_settings(ctx, &mut file, edited, &mut orders.notices);
    let seed: Option<u64> = picker.seed.trim().parse().ok();
    match chosen {
        Some(Choice::Resume) => {
            orders.game.write(Command::Resume);
        }
        Some(Choice::Workshop) => {
            orders.desk.write(WorkshopCommand::Open);
        }
        Some(Choice::Quit) => {
            orders.game.write(Command::Quit);
        }
        Some(Choice::Open) | None => {}
    }
    if chosen == Some(Choice::Open)
        && let Some(seed) = seed
    {
        orders.game.write(Command::Open {
            entry: picker.selected,
            seed,
        });
        if !picker.team.trim().is_empty() {
            orders
                .game
                .write(Command::SetPlayer(picker.team.trim().to_string()));
        }
    }
    Ok(())
}

/// What the title screen shows: the scenarios, the workshop folder joined (if any).
pub(super) struct TitleScreen<'a> {
    pub catalog: &'a Catalog,
    pub workshop: Option<&'a std::path::Path>,
    pub running: bool,
}

impl TitleScreen<'_> {
    /// Draws the screen, editing the picker's form and the settings in place; returns
    /// the choice made (Open, by the button, a double click or Enter, only with a seed).
    pub(super) fn draw(
        &self,
        ctx: &egui::Context,
        picker: &mut Picker,
        edited: &mut crate::game::logic::settings::Settings,
    ) -> Option<Choice> {
        let catalog = self.catalog;
        let mut root = widgets::root_ui(ctx);
        if self.running {
            choose_by_keys(ctx, picker, catalog.entries.len());
        }
        picker.selected = picker.selected.min(catalog.entries.len().saturating_sub(1));
        let seed: Option<u64> = picker.seed.trim().parse().ok();
        let mut open = self.running && widgets::key(ctx, egui::Key::Enter);
        let mut chosen = None;
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                super::pause::language_picker(ui, edited);
            });
            masthead(ui);
            ui.add_space(10.0);
            if let Some(r) = &picker.resume {
                chosen = resume_line(ui, r);
                ui.separator();
            }
            open |= scenario_picker(ui, catalog, picker);
            ui.separator();
            chosen = chosen.take().or(start_bar(ui, catalog, picker, seed));
            if let Some(dir) = self.workshop {
                workshop_note(ui, dir, &picker.team);
            }
        });
        open |= chosen == Some(Choice::Open);
        match chosen {
            Some(Choice::Open) | None if open && seed.is_some() => Some(Choice::Open),
            Some(Choice::Open) | None => None,
            other => other,
        }
    }
}

/// Up and Down move through the scenarios, wrapping round.
fn choose_by_keys(ctx: &egui::Context, picker: &mut Picker, n: usize) {
    if n == 0 {
        return;
    }
    if widgets::key(ctx, egui::Key::ArrowDown) {
        picker.selected = (picker.selected + 1) % n;
    }
    if widgets::key(ctx, egui::Key::ArrowUp) {
        picker.selected = (picker.selected + n - 1) % n;
    }
}

/// The game's name and its lesson in one line.
fn masthead(ui: &mut egui::Ui) {
    ui.vertical_centered(|ui| {
        ui.add_space(12.0);
        ui.heading(egui::RichText::new("PIT CREW").size(40.0).strong());
        ui.label(
            egui::RichText::new(t!("game-title-tagline"))
                .size(16.0)
                .color(MUTED),
        );
    });
}

/// The autosaved game, and the button that continues it.
fn resume_line(ui: &mut egui::Ui, saved: &str) -> Option<Choice> {
    ui.horizontal(|ui| {
        let resume = widgets::primary(ui, &t!("game-title-resume"), true).clicked();
        ui.label(t!("game-title-continue", saved = saved));
        resume.then_some(Choice::Resume)
    })
    .inner
}

/// The scenarios to choose from, and how; whether a title was double-clicked.
fn scenario_picker(ui: &mut egui::Ui, catalog: &Catalog, picker: &mut Picker) -> bool {
    ui.heading(t!("game-title-choose"));
    ui.label(
        egui::RichText::new(t!(
            "game-title-choose-hint",
            folder = catalog.user_dir.display().to_string()
        ))
        .color(MUTED),
    );
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 90.0)
        .show(ui, |ui| scenario_table(ui, catalog, picker))
        .inner
}

/// Every scenario in the catalog, a row each; whether a title was double-clicked,
/// which opens it.
fn scenario_table(ui: &mut egui::Ui, catalog: &Catalog, picker: &mut Picker) -> bool {
    egui::Grid::new("scenarios")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for h in [
                "game-title-col-scenario",
                "game-title-col-lesson",
                "game-title-col-length",
                "game-title-col-team",
                "game-title-col-difficulty",
                "game-title-col-from",
            ] {
                ui.label(egui::RichText::new(t!(h)).strong());
            }
            ui.end_row();
            let mut open = false;
            for (i, e) in catalog.entries.iter().enumerate() {
                open |= scenario_row(ui, i, e, picker);
            }
            open
        })
        .inner
}

/// A scenario's row (a broken file's name in red), then its error or warnings; whether
/// its title was double-clicked.
fn scenario_row(ui: &mut egui::Ui, i: usize, e: &Entry, picker: &mut Picker) -> bool {
    let chosen = i == picker.selected;
    let radio = ui.radio(chosen, "");
    let name = e
        .scenario
        .as_ref()
        .map_or(e.file.clone(), |s| s.title.to_string());
    widgets::name_choice(&radio, &name, chosen);
    if radio.clicked() {
        picker.selected = i;
    }
    let from = match &e.origin {
        Origin::Shipped => t!("game-title-shipped"),
        Origin::User(_) => t!("game-title-your-folder", file = e.file.clone()),
        Origin::CommandLine(p) => p.display().to_string(),
    };
    let mut open = false;
    match &e.scenario {
        Some(s) => {
            let title = ui.selectable_label(chosen, egui::RichText::new(&s.title).strong());
            if title.clicked() {
                picker.selected = i;
            }
            open = title.double_clicked();
            ui.label(
                s.lesson
                    .map(|l| format!("{l:?} {}", l.title()))
                    .unwrap_or_else(|| "—".into()),
            );
            ui.label(t!("game-weeks", n = s.weeks));
            ui.label(t!("game-reps", n = s.team.len()));
            ui.label(difficulty(s.difficulty));
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
    entry_problems(ui, e);
    open
}

/// A file's error (under the last good version, if any) or its warnings, on a row
/// of their own.
fn entry_problems(ui: &mut egui::Ui, e: &Entry) {
    if let Some(err) = &e.error {
        ui.label("");
        let prefix = if e.scenario.is_some() {
            format!("{}\n", t!("game-title-broken-edit"))
        } else {
            String::new()
        };
        ui.label(
            egui::RichText::new(format!("{prefix}{err}"))
                .color(BAD)
                .monospace(),
        );
        ui.end_row();
    } else if !e.warnings.is_empty() {
        ui.label("");
        ui.label(egui::RichText::new(e.warnings.join("\n")).color(WARN));
        ui.end_row();
    }
}

/// The seed and team name, the button that opens the briefing, a workshop code, the
/// facilitator's screen and Quit.
fn start_bar(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    picker: &mut Picker,
    seed: Option<u64>,
) -> Option<Choice> {
    ui.horizontal(|ui| {
        let mut chosen = None;
        ui.label(t!("game-title-seed"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut picker.seed).desired_width(90.0))
            .on_hover_text(t!("game-title-seed-hint"));
        widgets::name_text_field(&field, &t!("game-title-seed"), &picker.seed);
        if seed.is_none() {
            ui.label(egui::RichText::new(t!("game-title-seed-invalid")).color(BAD));
        }
        ui.label(t!("game-title-team"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut picker.team)
                .desired_width(160.0)
                .hint_text(t!("game-title-optional")),
        );
        widgets::name_text_field(&field, &t!("game-title-team"), &picker.team);
        let playable = catalog
            .entries
            .get(picker.selected)
            .is_some_and(|e| e.scenario.is_some() && e.error.is_none());
        if widgets::primary(
            ui,
            &t!("game-title-read-briefing"),
            playable && seed.is_some(),
        )
        .clicked()
        {
            chosen = Some(Choice::Open);
        }
        ui.separator();
        workshop_code(ui, catalog, picker);
        if ui
            .button(t!("game-title-facilitator"))
            .on_hover_text(t!("game-title-facilitator-hint"))
            .clicked()
        {
            chosen = Some(Choice::Workshop);
        }
        if ui.button(t!("game-quit")).clicked() {
            chosen = Some(Choice::Quit);
        }
        chosen
    })
    .inner
}

/// A workshop code typed in picks its scenario and seed; a wrong one says why on hover.
fn workshop_code(ui: &mut egui::Ui, catalog: &Catalog, picker: &mut Picker) {
    ui.label(t!("game-title-workshop-code"));
    let code = ui.add(
        egui::TextEdit::singleline(&mut picker.code)
            .desired_width(140.0)
            .hint_text("first-90-days/7"),
    );
    widgets::name_text_field(&code, &t!("game-title-workshop-code"), &picker.code);
    if code.changed()
        && !picker.code.trim().is_empty()
        && let Ok((entry, seed)) = catalog.parse_code(&picker.code)
    {
        picker.selected = entry;
        picker.seed = seed.to_string();
    }
    if !picker.code.trim().is_empty()
        && let Err(e) = catalog.parse_code(&picker.code)
    {
        code.on_hover_text(e);
    }
}

/// In a workshop game: where the run is saved, and a nudge to name the team.
fn workshop_note(ui: &mut egui::Ui, dir: &std::path::Path, team: &str) {
    ui.label(
        egui::RichText::new(if team.trim().is_empty() {
            t!(
                "game-title-workshop-mode-unnamed",
                folder = dir.display().to_string()
            )
        } else {
            t!(
                "game-title-workshop-mode",
                folder = dir.display().to_string()
            )
        })
        .color(if team.trim().is_empty() { WARN } else { MUTED }),
    );
}

/// A scenario's difficulty in the reader's language.
pub fn difficulty(d: crate::sim::scenario::Difficulty) -> String {
    use crate::sim::scenario::Difficulty;
    let level = match d {
        Difficulty::Easy => "easy",
        Difficulty::Medium => "medium",
        Difficulty::Hard => "hard",
    };
    t!("game-difficulty", level = level)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};
    use crate::sim::scenario::Difficulty;

    #[test]
    fn difficulty_and_lengths_read_in_the_players_language() {
        with_lang(Lang::En, || {
            assert_eq!(difficulty(Difficulty::Medium), "Medium");
            assert_eq!(t!("game-weeks", n = 1), "1 week");
            assert_eq!(t!("game-reps", n = 4), "4 reps");
        });
        with_lang(Lang::De, || {
            assert_eq!(difficulty(Difficulty::Medium), "Mittel");
            assert_eq!(difficulty(Difficulty::Hard), "Schwer");
            assert_eq!(t!("game-weeks", n = 1), "1 Woche");
            assert_eq!(t!("game-weeks", n = 12), "12 Wochen");
            assert_eq!(t!("game-title-read-briefing"), "Zum Briefing ▶");
        });
    }
}
