//! The organisation part of a run: its demands on the team and its events.

use serde::{Deserialize, Serialize};

use crate::sim::scenario::{EventKind, Text};

/// An event whose effect lasts some weeks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveEvent {
    pub kind: EventKind,
    /// First tick it no longer applies.
    pub until: u32,
}

/// An event a facilitator triggers during a workshop, recorded so replays stay exact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Injection {
    /// 1-based week it takes effect.
    pub week: u32,
    pub kind: EventKind,
    /// What the teams read, in one language or several (a deck card's words).
    #[serde(default)]
    pub text: Option<Text>,
    /// The workshop deck card it came from, so a game never plays a card twice.
    #[serde(default)]
    pub card: Option<u32>,
}

/// The company around the team. Reached read-only through [`super::Run::org`].
#[derive(Clone, Debug, Default)]
pub struct Organisation {
    /// Demand hours for the week being planned (team total).
    pub demand_hours: f64,
    /// Events still in effect.
    pub events: Vec<ActiveEvent>,
    /// Facilitator events, past and queued.
    pub injections: Vec<Injection>,
}
