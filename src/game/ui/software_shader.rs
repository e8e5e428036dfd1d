//! A cheaper egui shader when the GPU is a software rasteriser.
//!
//! Under llvmpipe most of a planning frame is spent shading egui's pixels, and
//! bevy_egui's fragment shader converts every pixel between sRGB and linear twice.
//! `assets/shaders/egui_software.wgsl` moves the colour conversion to the vertices;
//! it replaces bevy_egui's shader asset (same handle, bindings and vertex layout)
//! only on CPU adapters, so hardware GPUs keep the exact upstream look.

use bevy::prelude::*;
use bevy::render::renderer::RenderAdapterInfo;
use bevy::shader::Shader;
use bevy_egui::render::EGUI_SHADER_HANDLE;

use super::style::software;

const SOURCE: &str = include_str!("../../../assets/shaders/egui_software.wgsl");

fn replace_shader(adapter: Option<Res<RenderAdapterInfo>>, mut shaders: ResMut<Assets<Shader>>) {
    if !software(adapter.as_deref()) {
        return;
    }
    let shader = Shader::from_wgsl(SOURCE, "shaders/egui_software.wgsl");
    if let Err(e) = shaders.insert(EGUI_SHADER_HANDLE.id(), shader) {
        warn!("could not use the software-renderer egui shader: {e}");
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, replace_shader);
}
