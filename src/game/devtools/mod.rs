//! Tools for developers and CI, not for players: the tour that drives every screen
//! and saves a screenshot of each (`--tour DIR`), and the diagnostics that measure
//! launch, frame and week times and memory (`--diagnostics`).

pub mod diagnostics;
pub mod tour;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((tour::plugin, diagnostics::plugin));
}
