//! A deal: one buying opportunity moving through a rep's pipeline.

use serde::{Deserialize, Serialize};

use super::rng::EntityKey;
use super::{RepId, Stage};

/// Stable deal id: the owning seat in the high bits, a per-seat sequence below.
///
/// Ids never depend on other seats' activity, so common random numbers line up
/// between runs that differ only in what happened to another rep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DealId(pub u64);

impl DealId {
    pub fn new(rep: RepId, seq: u32) -> Self {
        DealId(((rep.0 as u64) << 32) | seq as u64)
    }
    pub fn rep(self) -> RepId {
        RepId((self.0 >> 32) as u16)
    }
}

impl std::fmt::Display for DealId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "D{}-{}", self.0 >> 32, self.0 & 0xFFFF_FFFF)
    }
}

/// Why a deal was lost, in the words a debrief uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LossCause {
    /// The buyer was a poor fit.
    PoorFit,
    /// The rep's weakest relevant skill was the biggest drag.
    Skill { skill: super::Skill, level: f64 },
    /// Sat in the stage too long.
    Stalled { weeks: u32 },
    /// A competitor with a price cut took it.
    CompetitorPrice { cut: f64, offered: f64 },
    /// A competitor with fresher news or a sharper story took it.
    Competitor,
    /// The buyer wanted a bigger discount than the market norm allowed.
    Price { offered: f64, expected: f64 },
    /// The rep's low morale showed.
    Morale { level: f64 },
    /// The rep left and nobody picked the deal up.
    RepLeft,
    /// Closed out as dead in a pipeline review.
    Reviewed,
}

/// One deal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub id: DealId,
    pub rep: RepId,
    /// Index into the scenario's account names.
    pub account: u16,
    /// List value before discount.
    pub value: f64,
    pub stage: Stage,
    pub weeks_in_stage: u32,
    /// Hidden buyer fit in log-odds; visible only after a pipeline review.
    pub fit: f64,
    /// Discount the buyer asked for (set on reaching Negotiate).
    pub discount_asked: f64,
    /// Discount actually offered.
    pub discount: f64,
    /// A discount above the cap awaits the manager's decision.
    pub approval_pending: bool,
    /// Tick the discount request was made; unanswered requests lapse after a week.
    pub requested: u32,
    /// The manager rides along in the current stage.
    pub ride_along: bool,
    /// The manager is closing this deal personally in the current stage.
    pub super_close: bool,
    /// The manager ever worked this deal (its win does not count as independent).
    pub manager_touched: bool,
    /// Tick up to which the manager sees the true fit.
    pub revealed_until: Option<u32>,
    /// Came from a targeted prospecting plan.
    pub from_plan: bool,
    /// Was already in the pipeline when the scenario started.
    pub seeded: bool,
    /// Tick the deal was opened and (if closed) closed.
    pub opened: u32,
    pub closed: Option<u32>,
    /// Stage where it was lost and why.
    pub lost_at: Option<Stage>,
    pub loss_cause: Option<LossCause>,
    /// The run seed and id hashed once, for the deal's weekly random streams.
    /// Derived, so never written out: a deal read back has none and must not be
    /// stepped (runs are rebuilt from their decisions, never from saved deals).
    #[serde(skip)]
    pub(crate) key: EntityKey,
}

impl Deal {
    /// Revenue if won: list value less discount.
    pub fn revenue(&self) -> f64 {
        self.value * (1.0 - self.discount)
    }

    pub fn is_open(&self) -> bool {
        self.stage.is_open()
    }
}
