//! Screen readers. egui describes every widget to AccessKit, and bevy_egui's
//! `accesskit` feature hands that tree to the window's adapter (AT-SPI on Linux through
//! Bevy's `accesskit_unix`). The way back is missing in bevy_egui 0.42: a reader's
//! request ("press this button", "focus that field") arrives as Bevy's
//! [`ActionRequest`] message and stops there. This passes it on to egui, which acts on
//! it in the same frame as a click.

use bevy::a11y::ActionRequest;
use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiPreUpdateSet, PrimaryEguiContext, egui};

/// Hands the reader's requests to the game's egui context as input events.
fn forward_reader_actions(
    mut requests: MessageReader<ActionRequest>,
    mut inputs: Query<&mut EguiInput, With<PrimaryEguiContext>>,
) {
    // The game has one window, so every request is for its one context.
    let Ok(mut input) = inputs.single_mut() else {
        requests.clear();
        return;
    };
    for request in requests.read() {
        input
            .0
            .events
            .push(egui::Event::AccessKitActionRequest(request.0.clone()));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<ActionRequest>().add_systems(
        PreUpdate,
        forward_reader_actions
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

#[cfg(test)]
/// The AccessKit nodes a frame of egui produced: (role, name) of each, for audits.
pub fn named_nodes(output: &egui::FullOutput) -> Vec<(egui::accesskit::Role, Option<String>)> {
    let Some(update) = &output.platform_output.accesskit_update else {
        return Vec::new();
    };
    update
        .nodes
        .iter()
        .map(|(_, node)| (node.role(), node.label().map(str::to_string)))
        .collect()
}

#[cfg(test)]
/// Whether a role is something a player operates (and so must have a name).
pub fn is_interactive(role: egui::accesskit::Role) -> bool {
    use egui::accesskit::Role;
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::ComboBox
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::SpinButton
            | Role::Slider
            | Role::Link
            | Role::Tab
            | Role::MenuItem
            | Role::Switch
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::accesskit::{Action, ActionRequest as Request, TreeId};

    /// A reader's "press" reaches the button it names: the request goes through the
    /// plugin's system into egui's input, and egui reports the button clicked.
    #[test]
    fn a_screen_reader_can_press_a_button() {
        let mut app = App::new();
        app.add_message::<ActionRequest>()
            .add_systems(Update, forward_reader_actions);
        let context = app
            .world_mut()
            .spawn((EguiInput::default(), PrimaryEguiContext))
            .id();

        let ctx = egui::Context::default();
        ctx.enable_accesskit();
        let mut clicked = false;
        let frame = |input: egui::RawInput, clicked: &mut bool| {
            let mut out = ctx.run_ui(input, |ui| {
                *clicked |= ui.button("Resolve the week").clicked();
            });
            out.textures_delta.clear();
            out
        };
        let first = frame(egui::RawInput::default(), &mut clicked);
        let button = first
            .platform_output
            .accesskit_update
            .as_ref()
            .and_then(|u| {
                u.nodes
                    .iter()
                    .find(|(_, n)| n.label() == Some("Resolve the week"))
                    .map(|(id, _)| *id)
            })
            .expect("the button is in the tree with its name");
        assert!(!clicked);

        app.world_mut().write_message(ActionRequest(Request {
            action: Action::Click,
            target_tree: TreeId::ROOT,
            target_node: button,
            data: None,
        }));
        app.update();
        let input = app.world().get::<EguiInput>(context).unwrap().0.clone();
        assert_eq!(input.events.len(), 1, "the request reached egui's input");
        frame(input, &mut clicked);
        assert!(clicked, "egui pressed the button the reader named");
    }
}
