//! Week-report lines and event headlines: the model's happenings in words.

use super::numbers::{counted, money, pct};
use crate::scenario::EventKind;
use crate::sim::{Happening, LossCause, RepId, WeekSummary};

/// An event's headline: the scenario's own text or one written from its kind, with
/// `{rep}` standing for the person it concerns.
pub fn event_headline(
    kind: &EventKind,
    text: Option<&str>,
    rep: Option<&str>,
    turned_away: bool,
) -> String {
    let headline = text.map_or_else(|| default_headline(kind), str::to_string);
    let who = rep.unwrap_or("nobody on the team");
    let headline = headline.replace("{rep}", who);
    if turned_away {
        format!("{headline} (turned away: {who}'s pipeline is at the limit of open deals)")
    } else {
        headline
    }
}

/// Headline for an event with no text of its own.
pub fn default_headline(kind: &EventKind) -> String {
    match kind {
        EventKind::CompetitorPriceCut { depth, weeks } => format!(
            "A competitor cut prices by {:.0} % for {weeks} weeks",
            depth * 100.0
        ),
        EventKind::RepResigns { .. } => "{rep} handed in their notice".to_string(),
        EventKind::ProductLaunch { weeks, .. } => {
            format!("New product launch: customers have something new to hear for {weeks} weeks")
        }
        EventKind::ReportingCrunch { hours, weeks } => format!(
            "Reporting crunch: head office wants {hours:.0} extra hours per rep for {weeks} weeks"
        ),
        EventKind::EconomicSlowdown { lead_factor, weeks } => format!(
            "Economic slowdown: lead flow down {:.0} % for {weeks} weeks",
            (1.0 - lead_factor) * 100.0
        ),
        EventKind::BigRfp { value, .. } => format!(
            "A big account issued an RFP worth {}: {{rep}} takes it",
            money(*value)
        ),
    }
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
        // No skill levels while playing: what coaching did shows in the rep's funnel
        // over the following weeks, and the debrief puts the levels beside it.
        Happening::Coached { rep: r, skill, .. } => {
            format!("{} was coached on {skill}", rep(*r))
        }
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
        Happening::Event {
            kind,
            text,
            rep,
            turned_away,
        } => event_headline(kind, text.as_deref(), rep.as_deref(), *turned_away),
        Happening::LeadsTurnedAway { rep: r, count } => format!(
            "{} turned away {}: the pipeline is at its limit of open deals",
            rep(*r),
            counted(*count as usize, "lead", "leads")
        ),
        Happening::EventsSkipped { count, limit } => format!(
            "{} more this week did not happen: at most {limit} events take effect in one week",
            counted(*count as usize, "event", "events")
        ),
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
