//! What a week did: the figures and the causal event feed a week report shows.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{DealId, LossCause, RepId, Skill, Skills, Stage};
use crate::sim::scenario::EventKind;

/// One line of the week's event feed, kept as data so any screen can word it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Happening {
    Won {
        deal: DealId,
        account: u16,
        rep: RepId,
        revenue: f64,
        discount: f64,
        with_manager: bool,
    },
    Lost {
        deal: DealId,
        account: u16,
        rep: RepId,
        stage: Stage,
        cause: LossCause,
    },
    DiscountRequest {
        deal: DealId,
        account: u16,
        rep: RepId,
        asked: f64,
        cap: f64,
    },
    Stalled {
        deal: DealId,
        account: u16,
        rep: RepId,
        stage: Stage,
        weeks: u32,
    },
    Coached {
        rep: RepId,
        skill: Skill,
        from: f64,
        to: f64,
    },
    Quit {
        name: String,
        morale: f64,
        deals_lost: u32,
    },
    Fired {
        name: String,
        deals_lost: u32,
    },
    HireStarted {
        seat: RepId,
        starts_week: u32,
    },
    Joined {
        name: String,
        seat: RepId,
    },
    /// A scenario event took effect. `text` is the scenario's own headline, where
    /// `{rep}` stands for `rep`, the person it concerns (`None` for an RFP nobody on
    /// the team could take).
    Event {
        kind: EventKind,
        text: Option<super::scenario::Text>,
        rep: Option<String>,
        /// An RFP the rep had to turn away: their pipeline is at its limit.
        turned_away: bool,
    },
    /// Leads a rep turned away: the pipeline is at its limit of open deals.
    LeadsTurnedAway {
        rep: RepId,
        count: u32,
    },
    /// Events beyond the weekly limit that did not happen.
    EventsSkipped {
        count: u32,
        limit: u32,
    },
    MetricsStale,
    NewsStale,
    ReviewCleared {
        rep: RepId,
        closed: u32,
        unstuck: u32,
    },
}

/// A seat's state at the end of a week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepWeek {
    pub id: RepId,
    #[serde(with = "super::shared_name")]
    pub name: Arc<str>,
    pub active: bool,
    pub book: bool,
    pub skills: Skills,
    pub morale: f64,
    pub independence: f64,
    pub discount_habit: f64,
    pub selling_hours: f64,
    pub revenue: f64,
    pub wins: u32,
    pub open_deals: u32,
    pub pipeline_value: f64,
}

/// Everything a week report needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekSummary {
    /// 1-based week number.
    pub week: u32,
    pub revenue: f64,
    pub margin: f64,
    pub list_value_won: f64,
    pub wins: u32,
    pub losses: u32,
    pub leads: u32,
    pub cum_revenue: f64,
    pub cum_margin: f64,
    pub quota_to_date: f64,
    pub open_deals: u32,
    pub pipeline_value: f64,
    /// Manager hours by [`super::TimeUse`] order: coaching, selling, enablement, admin, organisation.
    pub hours: [f64; 5],
    pub org_demand_hours: f64,
    pub buyer_expectation: f64,
    pub differentiation: f64,
    pub metrics_strength: f64,
    pub goodwill: f64,
    pub reps: Vec<RepWeek>,
    pub happenings: Vec<Happening>,
}

impl WeekSummary {
    pub fn rep_name(&self, id: RepId) -> &str {
        self.reps
            .iter()
            .find(|r| r.id == id)
            .map_or("?", |r| &*r.name)
    }
}
