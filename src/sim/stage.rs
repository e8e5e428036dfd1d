//! Pipeline stages and the rep skills that drive them.

use serde::{Deserialize, Serialize};

/// Where a deal is. Deals move forward one stage at a time or are lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    Prospect,
    Qualify,
    Discover,
    Propose,
    Negotiate,
    Won,
    Lost,
}

impl Stage {
    /// The five open stages, in order.
    pub const OPEN: [Stage; 5] = [
        Stage::Prospect,
        Stage::Qualify,
        Stage::Discover,
        Stage::Propose,
        Stage::Negotiate,
    ];

    /// Index among the open stages (0..5); `None` for Won and Lost.
    pub fn index(self) -> Option<usize> {
        match self {
            Stage::Prospect => Some(0),
            Stage::Qualify => Some(1),
            Stage::Discover => Some(2),
            Stage::Propose => Some(3),
            Stage::Negotiate => Some(4),
            Stage::Won | Stage::Lost => None,
        }
    }

    /// The stage a deal reaches when it converts out of this one.
    pub fn next(self) -> Stage {
        match self {
            Stage::Prospect => Stage::Qualify,
            Stage::Qualify => Stage::Discover,
            Stage::Discover => Stage::Propose,
            Stage::Propose => Stage::Negotiate,
            Stage::Negotiate => Stage::Won,
            s => s,
        }
    }

    pub fn is_open(self) -> bool {
        self.index().is_some()
    }

    /// The stage's identifier as scenario and run files write it (`Negotiate`); a
    /// reader's word for it comes from `narrate::words`.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Prospect => "Prospect",
            Stage::Qualify => "Qualify",
            Stage::Discover => "Discover",
            Stage::Propose => "Propose",
            Stage::Negotiate => "Negotiate",
            Stage::Won => "Won",
            Stage::Lost => "Lost",
        }
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The six selling skills of a rep, each in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Skill {
    Prospecting,
    Qualifying,
    Discovery,
    Presenting,
    Negotiating,
    Closing,
}

impl Skill {
    pub const ALL: [Skill; 6] = [
        Skill::Prospecting,
        Skill::Qualifying,
        Skill::Discovery,
        Skill::Presenting,
        Skill::Negotiating,
        Skill::Closing,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The skill's field name in scenario files (`negotiating`); a reader's word for
    /// it comes from `narrate::words`.
    pub fn name(self) -> &'static str {
        match self {
            Skill::Prospecting => "prospecting",
            Skill::Qualifying => "qualifying",
            Skill::Discovery => "discovery",
            Skill::Presenting => "presenting",
            Skill::Negotiating => "negotiating",
            Skill::Closing => "closing",
        }
    }
}

impl std::fmt::Display for Skill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Skill levels indexed by [`Skill`]; serialised as a named record in RON.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skills {
    pub prospecting: f64,
    pub qualifying: f64,
    pub discovery: f64,
    pub presenting: f64,
    pub negotiating: f64,
    pub closing: f64,
}

impl Default for Skills {
    fn default() -> Self {
        Skills::uniform(0.5)
    }
}

impl Skills {
    pub fn uniform(v: f64) -> Self {
        Skills {
            prospecting: v,
            qualifying: v,
            discovery: v,
            presenting: v,
            negotiating: v,
            closing: v,
        }
    }

    pub fn get(&self, k: Skill) -> f64 {
        match k {
            Skill::Prospecting => self.prospecting,
            Skill::Qualifying => self.qualifying,
            Skill::Discovery => self.discovery,
            Skill::Presenting => self.presenting,
            Skill::Negotiating => self.negotiating,
            Skill::Closing => self.closing,
        }
    }

    pub fn get_mut(&mut self, k: Skill) -> &mut f64 {
        match k {
            Skill::Prospecting => &mut self.prospecting,
            Skill::Qualifying => &mut self.qualifying,
            Skill::Discovery => &mut self.discovery,
            Skill::Presenting => &mut self.presenting,
            Skill::Negotiating => &mut self.negotiating,
            Skill::Closing => &mut self.closing,
        }
    }

    pub fn mean(&self) -> f64 {
        Skill::ALL.iter().map(|&k| self.get(k)).sum::<f64>() / 6.0
    }

    /// The weakest skill (first in [`Skill::ALL`] order on ties).
    pub fn weakest(&self) -> Skill {
        let mut best = Skill::Prospecting;
        for k in Skill::ALL {
            if self.get(k) < self.get(best) {
                best = k;
            }
        }
        best
    }
}
