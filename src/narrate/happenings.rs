//! Week-report lines and event headlines: the model's happenings in words.

use super::numbers::{money, pct};
use super::words::{skill, stage};
use crate::i18n::{decimal, whole};
use crate::scenario::{EventKind, Text};
use crate::sim::{Happening, LossCause, RepId, WeekSummary};
use crate::t;

/// An event's headline: the scenario's own text or one written from its kind, with
/// `{rep}` standing for the person it concerns.
pub fn event_headline(
    kind: &EventKind,
    text: Option<&str>,
    rep: Option<&str>,
    turned_away: bool,
) -> String {
    let headline = text.map_or_else(|| default_headline(kind), str::to_string);
    let who = rep.map_or_else(|| t!("event-nobody"), str::to_string);
    let headline = headline.replace("{rep}", &who);
    if turned_away {
        t!("event-turned-away", headline = headline, rep = who)
    } else {
        headline
    }
}

/// Headline for an event with no text of its own; `{rep}` stands for the person it
/// concerns.
pub fn default_headline(kind: &EventKind) -> String {
    const REP: &str = "{rep}";
    match kind {
        EventKind::CompetitorPriceCut { depth, weeks } => {
            t!(
                "event-competitor-price-cut",
                depth = pct(*depth),
                weeks = *weeks
            )
        }
        EventKind::RepResigns { .. } => t!("event-rep-resigns", rep = REP),
        EventKind::ProductLaunch { weeks, .. } => t!("event-product-launch", weeks = *weeks),
        EventKind::ReportingCrunch { hours, weeks } => t!(
            "event-reporting-crunch",
            hours = decimal(*hours, 0),
            hours_whole = whole(*hours),
            weeks = *weeks
        ),
        EventKind::EconomicSlowdown { lead_factor, weeks } => t!(
            "event-economic-slowdown",
            share = pct(1.0 - lead_factor),
            weeks = *weeks
        ),
        EventKind::BigRfp { value, .. } => t!("event-big-rfp", value = money(*value), rep = REP),
    }
}

/// Words a happening in the causal style of a week report.
pub fn describe(h: &Happening, week: &WeekSummary, accounts: &[Text]) -> String {
    let acct = |a: u16| {
        accounts
            .get(a as usize % accounts.len().max(1))
            .map(Text::to_string)
            .unwrap_or_else(|| t!("week-account", n = a))
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
                t!("week-with-manager", rep = rep(*r))
            } else {
                rep(*r)
            };
            if *discount > 0.005 {
                t!(
                    "week-won-discount",
                    account = acct(*account),
                    rep = who,
                    revenue = money(*revenue),
                    discount = pct(*discount)
                )
            } else {
                t!(
                    "week-won-list",
                    account = acct(*account),
                    rep = who,
                    revenue = money(*revenue)
                )
            }
        }
        Happening::Lost {
            account,
            rep: r,
            stage: at,
            cause,
            ..
        } => {
            let account = acct(*account);
            let at = stage(*at);
            match cause {
                LossCause::PoorFit => t!("week-lost-poor-fit", account = account, stage = at),
                LossCause::Skill { skill: s, level } => t!(
                    "week-lost-skill",
                    account = account,
                    stage = at,
                    rep = rep(*r),
                    skill = skill(*s),
                    level = decimal(*level, 2)
                ),
                LossCause::Stalled { weeks } => t!(
                    "week-lost-stalled",
                    account = account,
                    stage = at,
                    weeks = *weeks
                ),
                LossCause::CompetitorPrice { cut, offered } => t!(
                    "week-lost-competitor-price",
                    account = account,
                    stage = at,
                    cut = pct(*cut),
                    rep = rep(*r),
                    offered = pct(*offered)
                ),
                LossCause::Competitor => t!("week-lost-competitor", account = account, stage = at),
                LossCause::Price { offered, expected } => t!(
                    "week-lost-price",
                    account = account,
                    stage = at,
                    expected = pct(*expected),
                    rep = rep(*r),
                    offered = pct(*offered)
                ),
                LossCause::Morale { level } => t!(
                    "week-lost-morale",
                    account = account,
                    stage = at,
                    rep = rep(*r),
                    level = decimal(*level, 2)
                ),
                LossCause::RepLeft => t!("week-lost-rep-left", account = account, stage = at),
                LossCause::Reviewed => t!("week-lost-reviewed", account = account, stage = at),
            }
        }
        Happening::DiscountRequest {
            account,
            rep: r,
            asked,
            cap,
            ..
        } => t!(
            "week-discount-request",
            rep = rep(*r),
            account = acct(*account),
            asked = pct(*asked),
            cap = pct(*cap)
        ),
        Happening::Stalled {
            account,
            rep: r,
            stage: at,
            weeks,
            ..
        } => t!(
            "week-stalled",
            rep = rep(*r),
            account = acct(*account),
            weeks = *weeks,
            stage = stage(*at)
        ),
        // No skill levels while playing: what coaching did shows in the rep's funnel
        // over the following weeks, and the debrief puts the levels beside it.
        Happening::Coached {
            rep: r, skill: s, ..
        } => {
            t!("week-coached", rep = rep(*r), skill = skill(*s))
        }
        Happening::Quit {
            name,
            morale,
            deals_lost,
        } => t!(
            "week-quit",
            name = name.to_string(),
            morale = decimal(*morale, 2),
            deals = *deals_lost
        ),
        Happening::Fired { name, deals_lost } => {
            t!("week-fired", name = name.to_string(), deals = *deals_lost)
        }
        Happening::HireStarted { seat, starts_week } => {
            t!("week-hire-started", seat = seat.0 + 1, week = *starts_week)
        }
        Happening::Joined { name, seat } => {
            t!("week-joined", name = name.to_string(), seat = seat.0 + 1)
        }
        Happening::Event {
            kind,
            text,
            rep,
            turned_away,
        } => event_headline(kind, text.as_deref(), rep.as_deref(), *turned_away),
        Happening::LeadsTurnedAway { rep: r, count } => {
            t!("week-leads-turned-away", rep = rep(*r), count = *count)
        }
        Happening::EventsSkipped { count, limit } => {
            t!("week-events-skipped", count = *count, limit = *limit)
        }
        Happening::MetricsStale => t!("week-metrics-stale"),
        Happening::NewsStale => t!("week-news-stale"),
        Happening::ReviewCleared {
            rep: r,
            closed,
            unstuck,
        } => match (closed, unstuck) {
            (0, 0) => t!("week-review-nothing", rep = rep(*r)),
            (_, 0) => t!("week-review-closed", rep = rep(*r), closed = *closed),
            (0, _) => t!("week-review-unstuck", rep = rep(*r), unstuck = *unstuck),
            _ => t!(
                "week-review-both",
                rep = rep(*r),
                closed = *closed,
                unstuck = *unstuck
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn a_week_line_reads_in_german() {
        let kind = EventKind::CompetitorPriceCut {
            depth: 0.15,
            weeks: 4,
        };
        with_lang(Lang::En, || {
            assert_eq!(
                default_headline(&kind),
                "A competitor cut prices by 15 % for 4 weeks"
            );
        });
        with_lang(Lang::De, || {
            let line = default_headline(&kind);
            assert_eq!(
                line,
                "Ein Wettbewerber senkt seine Preise 4 Wochen lang um 15 %"
            );
            let turned = event_headline(&kind, Some("{rep} ist krank"), None, true);
            assert!(
                turned.starts_with("niemand im Team ist krank (abgewiesen"),
                "{turned}"
            );
        });
    }

    /// One week and one hour are singular in English ("1 weeks" read wrong).
    #[test]
    fn one_week_and_one_hour_are_singular_in_english() {
        let crunch = |hours, weeks| default_headline(&EventKind::ReportingCrunch { hours, weeks });
        with_lang(Lang::En, || {
            assert_eq!(
                crunch(1.0, 1),
                "Reporting crunch: head office wants 1 extra hour per rep for 1 week"
            );
            assert_eq!(
                crunch(2.0, 3),
                "Reporting crunch: head office wants 2 extra hours per rep for 3 weeks"
            );
            let cut = EventKind::CompetitorPriceCut {
                depth: 0.1,
                weeks: 1,
            };
            assert_eq!(
                default_headline(&cut),
                "A competitor cut prices by 10 % for 1 week"
            );
        });
    }

    #[test]
    fn a_lost_deal_reads_in_german() {
        let s = crate::scenario::load_id_or_file("baseline")
            .expect("shipped")
            .scenario;
        let mut run = crate::sim::Run::new(s, 1);
        let week = run
            .step(&crate::sim::Plan::default())
            .expect("an empty plan is valid")
            .clone();
        let name = week.rep_name(RepId(0)).to_string();
        let lost = Happening::Lost {
            deal: crate::sim::DealId(1),
            account: 0,
            rep: RepId(0),
            stage: crate::sim::Stage::Propose,
            cause: LossCause::Price {
                offered: 0.05,
                expected: 0.13,
            },
        };
        let accounts = [Text::from("Acme")];
        let en = with_lang(Lang::En, || describe(&lost, &week, &accounts));
        assert_eq!(
            en,
            format!("Acme lost at Propose: buyer expected 13 % off, {name} offered 5 %")
        );
        let de = with_lang(Lang::De, || describe(&lost, &week, &accounts));
        assert_eq!(
            de,
            format!(
                "Acme verloren in der Phase Angebot: Der Käufer erwartete 13 % Rabatt, {name} bot 5 %"
            )
        );
        let quit = Happening::Quit {
            name: "Kim".into(),
            morale: 0.25,
            deals_lost: 1,
        };
        let de = with_lang(Lang::De, || describe(&quit, &week, &accounts));
        assert_eq!(
            de,
            "Kim hat gekündigt (Stimmung 0,25); ein offener Deal ging mit"
        );
    }
}
