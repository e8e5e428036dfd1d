//! Pause menu (Esc): resume, save, load, settings, end the scenario early, quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, MUTED, OverlayUi};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::{Notices, Session};
use crate::game::logic::settings::{Settings, SettingsFile};
use crate::i18n::{Lang, decimal};
use crate::t;

/// Which of the game's buttons can act now.
pub(super) struct Allowed {
    pub save: bool,
    pub load: bool,
    pub end_early: bool,
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
    if let Some(c) = draw(ctx, &allowed, &mut edited, &dirs.home) {
        out.write(c);
    }
    keep_settings(ctx, &mut file, edited, &mut notices);
    Ok(())
}

/// Draws the menu over the screen, editing the settings in place; returns the command
/// chosen.
pub(super) fn draw(
    ctx: &egui::Context,
    allowed: &Allowed,
    edited: &mut Settings,
    home: &std::path::Path,
) -> Option<Command> {
    let mut chosen = None;
    egui::Window::new(t!("game-pause-title"))
        .id(egui::Id::new("paused"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.set_width(340.0);
            chosen = game_buttons(ui, allowed);
            ui.separator();
            settings_form(ui, edited);
            ui.separator();
            chosen = chosen.take().or(quit_buttons(ui));
            ui.label(
                egui::RichText::new(t!("game-pause-folder", folder = home.display().to_string()))
                    .small()
                    .color(MUTED),
            );
        });
    chosen
}

/// Keeps and saves the settings when the player changed them; a new language is
/// spoken from the next frame on.
pub fn keep_settings(
    ctx: &egui::Context,
    file: &mut SettingsFile,
    edited: Settings,
    notices: &mut Notices,
) {
    let SettingsFile { settings, dirs } = file;
    if edited == **settings {
        return;
    }
    if edited.lang != settings.lang
        && let Some(l) = edited.lang
    {
        crate::i18n::set_lang(l);
        ctx.request_repaint();
    }
    **settings = edited.clamped();
    if let Err(e) = settings.save(dirs) {
        notices.warn(t!("game-pause-save-settings-failed", error = e.to_string()));
    }
}

/// Resume, save, load the last save, end the scenario early. egui reports one click
/// a frame.
fn game_buttons(ui: &mut egui::Ui, allowed: &Allowed) -> Option<Command> {
    ui.vertical_centered_justified(|ui| {
        let mut chosen = None;
        if widgets::primary(ui, &t!("game-pause-resume"), true).clicked() {
            chosen = Some(Command::Pause(false));
        }
        if ui
            .add_enabled(allowed.save, egui::Button::new(t!("game-pause-save")))
            .clicked()
        {
            chosen = Some(Command::Save);
        }
        if ui
            .add_enabled(allowed.load, egui::Button::new(t!("game-pause-load")))
            .clicked()
        {
            chosen = Some(Command::Load);
        }
        if ui
            .add_enabled(
                allowed.end_early,
                egui::Button::new(t!("game-pause-end-early")),
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
    ui.label(egui::RichText::new(t!("game-pause-settings")).strong());
    language_picker(ui, edited);
    // Each value in its slider's name: one control a screen reader can say whole.
    let scale = t!(
        "game-pause-ui-scale-value",
        scale = decimal(edited.ui_scale as f64, 2)
    );
    ui.add(
        egui::Slider::new(&mut edited.ui_scale, 0.75..=2.0)
            .step_by(0.05)
            .show_value(false)
            .text(scale),
    );
    let pace = t!(
        "game-pause-week-animation-value",
        seconds = decimal(edited.week_animation as f64, 1)
    );
    ui.add(
        egui::Slider::new(&mut edited.week_animation, 0.0..=5.0)
            .step_by(0.1)
            .show_value(false)
            .text(pace),
    );
    ui.checkbox(&mut edited.hints, t!("game-pause-show-hints"));
}

/// The language of the game, each in its own name; choosing one saves it and
/// switches at once.
pub fn language_picker(ui: &mut egui::Ui, edited: &mut Settings) {
    let current = edited.lang.unwrap_or_else(crate::i18n::lang);
    // Read left to right as "Language [English]" in a right-to-left row too.
    let rtl = ui.layout().prefer_right_to_left();
    ui.horizontal(|ui| {
        if !rtl {
            ui.label(t!("game-settings-language"));
        }
        let combo = egui::ComboBox::from_id_salt("language")
            .selected_text(current.native_name())
            .show_ui(ui, |ui| {
                for l in Lang::ALL {
                    if ui.selectable_label(current == l, l.native_name()).clicked() {
                        edited.lang = Some(l);
                    }
                }
            });
        super::widgets::name_for_readers(&combo.response, &t!("game-settings-language"));
        if rtl {
            ui.label(t!("game-settings-language"));
        }
    });
}

/// Back to the scenarios, or out of the game.
fn quit_buttons(ui: &mut egui::Ui) -> Option<Command> {
    ui.vertical_centered_justified(|ui| {
        let mut chosen = None;
        if ui.button(t!("game-pause-to-title")).clicked() {
            chosen = Some(Command::ToTitle);
        }
        if ui.button(t!("game-pause-quit")).clicked() {
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
