//! Pause menu (Esc): resume, save, load, settings, end the scenario early, quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, MUTED, OverlayUi};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::{Notices, Session};
use crate::game::logic::settings::SettingsFile;

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
    let mut edited = settings.clone();
    egui::Window::new("Paused")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.set_width(340.0);
            ui.vertical_centered_justified(|ui| {
                if widgets::primary(ui, "Resume (Esc)", true).clicked() {
                    out.write(Command::Pause(false));
                }
                if ui.add_enabled(playing, egui::Button::new("Save")).clicked() {
                    out.write(Command::Save);
                }
                if ui
                    .add_enabled(
                        dirs.manual_save().exists(),
                        egui::Button::new("Load last save"),
                    )
                    .clicked()
                {
                    out.write(Command::Load);
                }
                if ui
                    .add_enabled(
                        playing && session.game.as_ref().is_some_and(|g| g.run.tick() > 0),
                        egui::Button::new("End the scenario here: debrief"),
                    )
                    .clicked()
                {
                    out.write(Command::EndEarly);
                }
            });
            ui.separator();
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
            ui.separator();
            ui.vertical_centered_justified(|ui| {
                if ui.button("Quit to scenarios (game is autosaved)").clicked() {
                    out.write(Command::ToTitle);
                }
                if ui.button("Quit Pit Crew").clicked() {
                    out.write(Command::Quit);
                }
            });
            ui.label(
                egui::RichText::new(format!("Saves and exports: {}", dirs.home.display()))
                    .small()
                    .color(MUTED),
            );
        });
    if edited != **settings {
        **settings = edited.clamped();
        if let Err(e) = settings.save(dirs) {
            notices.warn(format!("Could not save settings: {e}"));
        }
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(OverlayUi).after(super::widgets::ScreenUi),
    );
}
