//! Look and size of the egui screens: a light theme and the player's UI scale.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::game::settings::Settings;

fn apply(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    mut done: Local<Option<f32>>,
) -> Result {
    if *done == Some(settings.ui_scale) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if done.is_none() {
        ctx.set_theme(egui::Theme::Light);
        ctx.all_styles_mut(|s| {
            s.spacing.item_spacing = egui::vec2(8.0, 5.0);
            s.spacing.button_padding = egui::vec2(8.0, 3.0);
        });
    }
    ctx.set_zoom_factor(settings.ui_scale);
    *done = Some(settings.ui_scale);
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        apply.before(super::widgets::ScreenUi),
    );
}
