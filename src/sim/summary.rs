//! What a week did: the figures and the causal event feed a week report shows.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{DealId, LossCause, RepId, Skill, Skills, Stage};

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
    Event {
        text: String,
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

/// A share as a whole percentage ("42 %").
pub fn pct(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// Money in thousands, the way sales teams talk ("42 k").
pub fn money(x: f64) -> String {
    if x.abs() >= 1_000_000.0 {
        format!("{:.2} M", x / 1_000_000.0)
    } else {
        format!("{:.0} k", x / 1000.0)
    }
}

/// A number with its noun: `1 win`, `3 wins`, `0 wins`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Words a happening in the causal style of a week report.
pub fn describe(h: &Happening, week: &WeekSummary, accounts: &[String]) -> String {
    let acct = |a: u16| {
        accounts
            .get(a as usize % accounts.len().max(1))
            .cloned()
            .unwrap_or_else(|| format!("Account {a}"))
    };
    let rep = |r: RepId| week.rep_name(r).to_string();
    match h {
        Happening::Won {
            account,
            rep: r,
            revenue,
            discount,
            with_manager,
            ..
        } => {
            let who = if *with_manager {
                format!("{} (with you on the deal)", rep(*r))
            } else {
                rep(*r)
            };
            if *discount > 0.005 {
                format!(
                    "{} won by {who}: {} at {} off",
                    acct(*account),
                    money(*revenue),
                    pct(*discount)
                )
            } else {
                format!(
                    "{} won by {who}: {} at list price",
                    acct(*account),
                    money(*revenue)
                )
            }
        }
        Happening::Lost {
            account,
            rep: r,
            stage,
            cause,
            ..
        } => {
            let why = match cause {
                LossCause::PoorFit => "a poor fit from the start".to_string(),
                LossCause::Skill { skill, level } => {
                    format!("{}'s {skill} is {level:.2}", rep(*r))
                }
                LossCause::Stalled { weeks } => format!("stalled {weeks} weeks in {stage}"),
                LossCause::CompetitorPrice { cut, offered } => format!(
                    "competitor cut price {}, {} offered {}",
                    pct(*cut),
                    rep(*r),
                    pct(*offered)
                ),
                LossCause::Competitor => "a competitor had something newer to say".to_string(),
                LossCause::Price { offered, expected } => format!(
                    "buyer expected {} off, {} offered {}",
                    pct(*expected),
                    rep(*r),
                    pct(*offered)
                ),
                LossCause::Morale { level } => {
                    format!("{}'s morale is {level:.2}", rep(*r))
                }
                LossCause::RepLeft => "nobody picked it up after the rep left".to_string(),
                LossCause::Reviewed => "closed out as dead in a pipeline review".to_string(),
            };
            format!("{} lost at {stage}: {why}", acct(*account))
        }
        Happening::DiscountRequest {
            account,
            rep: r,
            asked,
            cap,
            ..
        } => format!(
            "{} asks to give {} {} off (your cap is {})",
            rep(*r),
            acct(*account),
            pct(*asked),
            pct(*cap)
        ),
        Happening::Stalled {
            account,
            rep: r,
            stage,
            weeks,
            ..
        } => format!(
            "{}'s {} deal is stalling: {weeks} weeks in {stage}",
            rep(*r),
            acct(*account)
        ),
        Happening::Coached {
            rep: r,
            skill,
            from,
            to,
        } => format!("{}'s {skill} rose from {from:.2} to {to:.2}", rep(*r)),
        Happening::Quit {
            name,
            morale,
            deals_lost,
        } => {
            let lost = counted(*deals_lost as usize, "open deal", "open deals");
            format!("{name} resigned (morale {morale:.2}); {lost} went with them")
        }
        Happening::Fired { name, deals_lost } => {
            let lost = counted(*deals_lost as usize, "open deal was", "open deals were");
            format!("{name} was let go; {lost} dropped")
        }
        Happening::HireStarted { seat, starts_week } => {
            format!(
                "Hiring for seat {} started: the new rep starts in week {starts_week}",
                seat.0 + 1
            )
        }
        Happening::Joined { name, seat } => {
            format!("{name} joined in seat {} and starts ramping up", seat.0 + 1)
        }
        Happening::Event { text } => text.clone(),
        Happening::MetricsStale => {
            "The value-metrics pack is stale: buyers no longer believe the numbers".to_string()
        }
        Happening::NewsStale => {
            "You have had nothing new to tell customers for a while: competitors are getting in"
                .to_string()
        }
        Happening::ReviewCleared {
            rep: r,
            closed,
            unstuck,
        } => {
            let dead = counted(*closed as usize, "dead deal", "dead deals") + " closed out";
            let stuck = counted(*unstuck as usize, "stuck deal", "stuck deals") + " moving again";
            let found = match (closed, unstuck) {
                (0, 0) => "no dead or stuck deals".to_string(),
                (_, 0) => dead,
                (0, _) => stuck,
                _ => format!("{dead}, {stuck}"),
            };
            format!("Pipeline review with {}: {found}", rep(*r))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::counted;

    #[test]
    fn counted_takes_the_singular_only_for_one() {
        assert_eq!(counted(0, "win", "wins"), "0 wins");
        assert_eq!(counted(1, "win", "wins"), "1 win");
        assert_eq!(counted(2, "loss", "losses"), "2 losses");
    }
}
