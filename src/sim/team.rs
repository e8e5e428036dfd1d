//! The team part of a run: every seat and the people in them, who left, who started.

use super::{Departure, Rep, RepId};

/// The people. Reached read-only through [`super::Run::team`]; only the week's
/// phases change it.
#[derive(Clone, Debug)]
pub struct Team {
    /// Seats; the last one is the manager's own book.
    pub reps: Vec<Rep>,
    /// Everyone who left, in order.
    pub departures: Vec<Departure>,
    /// Names of the starting team, for retention.
    pub original: Vec<String>,
    /// Mean skill of the starting team.
    pub start_capability: f64,
    /// Selling capability of the starting team ([`super::Run::selling_capability`]).
    pub start_selling: f64,
    /// Hires made so far, which picks the next hire's name.
    pub(super) hires_made: u32,
}

impl Team {
    /// Seats held by people (filled or vacant), not the manager's book.
    pub fn seats(&self) -> impl Iterator<Item = &Rep> {
        self.reps.iter().filter(|r| !r.is_book())
    }

    pub fn rep(&self, id: RepId) -> Option<&Rep> {
        self.reps.get(id.0 as usize)
    }

    /// Whether a name belongs to the team the scenario started with.
    pub fn is_original(&self, name: &str) -> bool {
        self.original.iter().any(|o| o == name)
    }

    /// People on the team now (filled seats, not the manager's book).
    pub fn persons(&self) -> usize {
        self.reps.iter().filter(|r| r.is_person()).count()
    }
}
