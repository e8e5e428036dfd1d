//! The flow of the game as app states.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

/// Which screen is showing.
#[derive(States, Default, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Title and scenario picker.
    #[default]
    Title,
    /// The scenario's story and objectives.
    Briefing,
    /// Planning the week.
    Planning,
    /// What the week did.
    Report,
    /// Scores, causes, charts and the bots on the same seed.
    Debrief,
    /// The facilitator's comparison of a workshop's teams.
    Workshop,
}

/// The pause menu (save, load, settings, quit) floats over any screen: a state of
/// its own beside [`Screen`], so systems can run only while the game runs or only
/// while it is paused (`run_if(in_state(Pause::Paused))`).
#[derive(States, Default, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pause {
    #[default]
    Running,
    Paused,
}

/// Where the player is and goes: the screen on show, the next one, the pause menu.
#[derive(SystemParam)]
pub struct Nav<'w> {
    pub screen: Res<'w, State<Screen>>,
    pub next: ResMut<'w, NextState<Screen>>,
    pub pause: ResMut<'w, NextState<Pause>>,
}

impl Nav<'_> {
    pub fn on(&self) -> Screen {
        *self.screen.get()
    }

    pub fn go(&mut self, to: Screen) {
        self.next.set(to);
    }

    /// Opens or closes the pause menu.
    pub fn set_paused(&mut self, paused: bool) {
        self.pause.set(if paused {
            Pause::Paused
        } else {
            Pause::Running
        });
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>().init_state::<Pause>();
}
