//! Pause menu (Esc): resume, save, load, settings, end the scenario early, quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, MUTED, OverlayUi};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::{Notices, Session};
use crate::game::logic::settings::{Settings, SettingsFile};

/// Which of the game's buttons can act now.
struct Allowed {
    save: bool,
    load: bool,
    end_early: bool,
}

fn ui(
    mut contexts: EguiContexts,
    paused: Res<State<Pause>>,
    screen: Res<State<Screen>>,
    session: Res<Session>,
    mut file: SettingsFile,
    mut notices: ResMut<Notices>,
    mut out: MessageWriter<Command>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if widgets::key(ctx, egui::Key::Escape) {
        out.write(Command::Pause(*paused.get() == Pause::Running));
    }
    if *paused.get() == Pause::Running {
        return Ok(());
    }
    let playing = session.game.is_some()
        && matches!(
            screen.get(),
            Screen::Planning | Screen::Report | Screen::Briefing
        );
    let SettingsFile { settings, dirs } = &mut file;
    let allowed = Allowed {
        save: playing,
        load: dirs.manual_save().exists(),
        end_early: playing && session.game.as_ref().is_some_and(|g| g.run.tick() > 0),
    };
    let mut edited = settings.clone();
    let mut chosen = None;
    egui::Window::new("Paused")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.set_width(340.0);
            chosen = game_buttons(ui, &allowed);
            ui.separator();
            settings_form(ui, &mut edited);
            ui.separator();
            chosen = chosen.take().or(quit_buttons(ui));
            ui.label(
                egui::RichText::new(format!("Saves and exports: {}", dirs.home.display()))
                    .small()
                    .color(MUTED),
            );
        });
    if let Some(c) = chosen {
        out.write(c);
    }
    if edited != **settings {
        **settings = edited.clamped();
        if let Err(e) = settings.save(dirs) {
            notices.warn(format!("Could not save settings: {e}"));
        }
    }
    Ok(())
}

/// Resume, save, load the last save, end the scenario early. egui reports one click
/// a frame.
fn game_buttons(ui: &mut egui::Ui, allowed: &Allowed) -> Option<Command> {
    ui.vertical_centered_justified(|ui| {
        let mut chosen = None;
        if widgets::primary(ui, "Resume (Esc)", true).clicked() {
            chosen = Some(Command::Pause(false));
        }
        if ui
            .add_enabled(allowed.save, egui::Button::new("Save"))
            .clicked()
        {
            chosen = Some(Command::Save);
        }
        if ui
            .add_enabled(allowed.load, egui::Button::new("Load last save"))
            .clicked()
        {
            chosen = Some(Command::Load);
        }
        if ui
            .add_enabled(
                allowed.end_early,
                egui::Button::new("End the scenario here: debrief"),
            )
            .clicked()
        {
            chosen = Some(Command::EndEarly);
        }
        chosen
    })
    .inner
}

/// The settings the player can change here; they are saved when they change.
fn settings_form(ui: &mut egui::Ui, edited: &mut Settings) {
    ui.label(egui::RichText::new("Settings").strong());
    ui.add(
        egui::Slider::new(&mut edited.ui_scale, 0.75..=2.0)
            .step_by(0.05)
            .text("UI scale"),
    );
    ui.add(
        egui::Slider::new(&mut edited.week_animation, 0.0..=5.0)
            .step_by(0.1)
            .text("week animation (s)"),
    );
    ui.checkbox(&mut edited.hints, "Show hints");
}

/// Back to the scenarios, or out of the game.
fn quit_buttons(ui: &mut egui::Ui) -> Option<Command> {
    ui.vertical_centered_justified(|ui| {
        let mut chosen = None;
        if ui.button("Quit to scenarios (game is autosaved)").clicked() {
            chosen = Some(Command::ToTitle);
        }
        if ui.button("Quit Pit Crew").clicked() {
            chosen = Some(Command::Quit);
        }
        chosen
    })
    .inner
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(OverlayUi).after(super::widgets::ScreenUi),
    );
}
