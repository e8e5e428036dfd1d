//! The screens, drawn with egui: one module per screen, plus the overlays (hints,
//! pause menu, notices) that float over any of them.

mod access;
mod briefing;
mod debrief;
mod idle;
#[cfg(test)]
mod keyboard;
mod overlay;
mod pause;
mod planning;
mod report;
mod software_shader;
mod style;
mod title;
pub mod widgets;
mod workshop;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        style::plugin,
        software_shader::plugin,
        title::plugin,
        briefing::plugin,
        planning::plugin,
        report::plugin,
        debrief::plugin,
        pause::plugin,
        overlay::plugin,
        workshop::plugin,
        idle::plugin,
        access::plugin,
    ));
}
