//! What floats over every screen: the current hint and the player's notices.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, BAD, OverlayUi};
use crate::game::logic::hints::ActiveHint;
use crate::game::logic::hints::DismissHint;
use crate::game::logic::session::{Notices, Session};
use crate::t;

fn hint(
    mut contexts: EguiContexts,
    active: Res<ActiveHint>,
    session: Res<Session>,
    mut dismiss: MessageWriter<DismissHint>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(i), Some(g)) = (active.0, &session.game) else {
        return Ok(());
    };
    let Some(h) = g.run.scenario().hints.get(i) else {
        return Ok(());
    };
    egui::Window::new(t!("game-hint-title"))
        .id(egui::Id::new("hint"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 70.0])
        .frame(
            egui::Frame::window(&ctx.global_style()).fill(egui::Color32::from_rgb(255, 248, 214)),
        )
        .show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(egui::RichText::new(&h.text).size(15.0));
            ui.add_space(4.0);
            if ui.button(t!("game-hint-got-it")).clicked() || widgets::key(ctx, egui::Key::Space) {
                dismiss.write(DismissHint);
            }
        });
    Ok(())
}

fn notices(mut contexts: EguiContexts, mut notices: ResMut<Notices>) -> Result {
    let ctx = contexts.ctx_mut()?;
    if notices.items.is_empty() {
        return Ok(());
    }
    let mut clear = false;
    egui::Area::new(egui::Id::new("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(520.0);
                for n in notices.items.iter().rev().take(3) {
                    ui.label(egui::RichText::new(&n.text).color(if n.error {
                        BAD
                    } else {
                        egui::Color32::from_rgb(30, 30, 30)
                    }));
                }
                if ui.small_button(t!("game-notices-dismiss")).clicked() {
                    clear = true;
                }
            });
        });
    if clear {
        notices.items.clear();
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (hint, notices)
            .in_set(OverlayUi)
            .after(super::widgets::ScreenUi),
    );
}
