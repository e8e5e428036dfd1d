//! Look and size of the egui screens: a light theme, the player's UI scale, and
//! cheaper edges on software renderers.

use bevy::prelude::*;
use bevy::render::renderer::RenderAdapterInfo;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::game::logic::settings::Settings;

/// The panels' background: egui's light theme panel grey, drawn as the clear colour.
pub const PANEL_GREY: u8 = 248;

/// Whether the GPU is a software rasteriser (llvmpipe and the like).
pub(super) fn software(adapter: Option<&RenderAdapterInfo>) -> bool {
    // wgpu's `DeviceType` is not re-exported by Bevy; its Debug name is stable.
    adapter.is_some_and(|a| format!("{:?}", a.device_type) == "Cpu")
}

fn apply(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    adapter: Option<Res<RenderAdapterInfo>>,
    mut done: Local<Option<f32>>,
) -> Result {
    if *done == Some(settings.ui_scale) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if done.is_none() {
        ctx.set_theme(egui::Theme::Light);
        // Ctrl +/−/0 are the settings' zoom, saved (see `settings::zoom_keys`).
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.all_styles_mut(|s| {
            // Panels leave their background to the window's clear colour, the same
            // grey ([`PANEL_GREY`]): a software rasteriser would otherwise shade
            // most of the window twice a frame.
            s.visuals.panel_fill = egui::Color32::TRANSPARENT;
            s.spacing.item_spacing = egui::vec2(8.0, 5.0);
            s.spacing.button_padding = egui::vec2(8.0, 3.0);
        });
        // Anti-aliased edges (feathering) add triangles to every shape; a software
        // rasteriser pays for each one (planning screen p95 about 15 % faster without).
        if software(adapter.as_deref()) {
            ctx.tessellation_options_mut(|o| o.feathering = false);
        }
    }
    ctx.set_zoom_factor(settings.ui_scale);
    *done = Some(settings.ui_scale);
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(ClearColor(Color::srgb_u8(
        PANEL_GREY, PANEL_GREY, PANEL_GREY,
    )))
    .add_systems(
        EguiPrimaryContextPass,
        apply.before(super::widgets::ScreenUi),
    );
}
