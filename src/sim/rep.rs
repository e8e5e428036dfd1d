//! Reps (and the seats they fill).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Skill, Skills, Stage};

/// A seat on the team. Seat ids are stable; a new hire takes the seat of whoever left.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RepId(pub u16);

/// Whether a seat is filled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Seat {
    Filled,
    /// Empty; a hire has been started if `hire_ready` is set (tick the new rep starts).
    Vacant {
        hire_ready: Option<u32>,
    },
    /// The manager's personal book: always filled, never coached, never quits.
    ManagerBook,
}

/// Counters of what a seat's pipeline did, for funnels and diagnosis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Funnel {
    pub leads: u32,
    /// Deals that entered each open stage.
    pub entered: [u32; 5],
    /// Deals lost at each open stage.
    pub lost_at: [u32; 5],
    pub won: u32,
    pub won_alone: u32,
    pub revenue: f64,
    pub list_value_won: f64,
    pub margin: f64,
    pub discount_sum: f64,
    /// Discounts asked for on reaching Negotiate (before any cap), and how many.
    pub asked_sum: f64,
    pub asks: u32,
    /// Sum of weeks from lead to win over `cycle_wins` deals opened during the run.
    pub cycle_weeks: u32,
    pub cycle_wins: u32,
}

impl Funnel {
    pub fn entered(&self, s: Stage) -> u32 {
        s.index().map_or(0, |i| self.entered[i])
    }
    pub fn avg_discount(&self) -> f64 {
        if self.won == 0 {
            0.0
        } else {
            self.discount_sum / self.won as f64
        }
    }
    /// Average discount asked for at Negotiate (0 when none yet).
    pub fn avg_asked(&self) -> f64 {
        if self.asks == 0 {
            0.0
        } else {
            self.asked_sum / self.asks as f64
        }
    }
    /// Wins per deal that reached Propose.
    pub fn proposal_win_rate(&self) -> Option<f64> {
        let p = self.entered[3];
        (p > 0).then(|| self.won as f64 / p as f64)
    }
}

/// A rep (or a vacant seat).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rep {
    pub id: RepId,
    /// Shared with every week's [`super::RepWeek`], so recording a week copies no text.
    #[serde(with = "super::shared_name")]
    pub name: Arc<str>,
    pub seat: Seat,
    pub skills: Skills,
    pub morale: f64,
    pub independence: f64,
    /// Discount the rep habitually offers.
    pub discount_habit: f64,
    pub tenure_weeks: u32,
    /// Tick until which the rep works a targeted prospecting plan.
    pub plan_until: Option<u32>,
    /// Selling hours available this week (after demands and coaching).
    pub selling_hours: f64,
    /// Next per-seat deal sequence number.
    pub next_seq: u32,
    /// Coaching hours received, total.
    pub coached_hours: f64,
    /// The skill of the latest coaching and how many sessions in a row were on it.
    #[serde(default)]
    pub streak: Streak,
    /// What this seat's pipeline did in the scored weeks.
    pub funnel: Funnel,
}

/// Coaching on one skill session after session compounds; switching skill starts over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Streak {
    pub skill: Option<Skill>,
    /// Consecutive coaching sessions on `skill`.
    pub weeks: u32,
}

impl Rep {
    pub fn is_active(&self) -> bool {
        !matches!(self.seat, Seat::Vacant { .. })
    }
    pub fn is_person(&self) -> bool {
        matches!(self.seat, Seat::Filled)
    }
    pub fn is_book(&self) -> bool {
        matches!(self.seat, Seat::ManagerBook)
    }
}

/// A rep who left the team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Departure {
    pub name: String,
    pub seat: RepId,
    pub week: u32,
    pub fired: bool,
    pub morale: f64,
    /// Was on the starting team.
    pub original: bool,
}
