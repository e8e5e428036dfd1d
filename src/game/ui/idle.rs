//! Draw only when something changes: an idle screen costs a frame every couple of
//! seconds, not a core.
//!
//! The game runs Bevy's reactive update mode (see `game::run`), which draws on input
//! and on redraw requests. bevy_egui 0.42 feeds egui a `ModifiersChanged` event every
//! frame whether or not a key changed, and egui answers any input event by asking for
//! the next frame at once, so the screen would redraw forever. This drops the event
//! when the modifiers are what they were, which is what egui would have seen anyway.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

/// Drops `ModifiersChanged` events that change nothing.
fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        let before = last.get(&entity).copied();
        let mut now = before;
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = now != Some(*m);
                now = Some(*m);
                changed
            }
            _ => true,
        });
        if let Some(m) = now {
            last.insert(entity, m);
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(app: &mut App, e: Entity) -> Vec<egui::Event> {
        app.world().get::<EguiInput>(e).unwrap().0.events.clone()
    }

    #[test]
    fn an_unchanged_modifier_state_is_dropped_and_a_change_kept() {
        let mut app = App::new();
        app.add_systems(Update, drop_unchanged_modifiers);
        let none = egui::Event::ModifiersChanged(egui::Modifiers::NONE);
        let shift = egui::Event::ModifiersChanged(egui::Modifiers::SHIFT);
        let key = egui::Event::Text("a".into());
        let e = app.world_mut().spawn(EguiInput::default()).id();
        let frame = |app: &mut App, evs: Vec<egui::Event>| {
            app.world_mut().get_mut::<EguiInput>(e).unwrap().0.events = evs;
            app.update();
            events(app, e)
        };
        // The first state is news; the same state again is not; a change is.
        assert_eq!(frame(&mut app, vec![none.clone()]), vec![none.clone()]);
        assert_eq!(
            frame(&mut app, vec![none.clone(), key.clone()]),
            vec![key.clone()]
        );
        assert_eq!(frame(&mut app, vec![shift.clone()]), vec![shift.clone()]);
        assert_eq!(frame(&mut app, vec![none.clone()]), vec![none]);
    }
}
