//! The model's own nouns in the reader's language: stages, skills, where hours went.

use crate::i18n::{Lang, decimal, lang};
use crate::sim::{Health, Skill, Stage};
use crate::t;

/// A stage's name ("Discover").
pub fn stage(s: Stage) -> String {
    match s {
        Stage::Prospect => t!("week-stage-prospect"),
        Stage::Qualify => t!("week-stage-qualify"),
        Stage::Discover => t!("week-stage-discover"),
        Stage::Propose => t!("week-stage-propose"),
        Stage::Negotiate => t!("week-stage-negotiate"),
        Stage::Won => t!("week-stage-won"),
        Stage::Lost => t!("week-stage-lost"),
    }
}

/// A deal's health as the deal table says it ("on track").
pub fn health(h: Health) -> String {
    match h {
        Health::Healthy => t!("week-health-on-track"),
        Health::Slow => t!("week-health-slow"),
        Health::Stale => t!("week-health-stale"),
        Health::Doomed => t!("week-health-poor-fit"),
    }
}

/// A skill's name ("discovery").
pub fn skill(s: Skill) -> String {
    match s {
        Skill::Prospecting => t!("week-skill-prospecting"),
        Skill::Qualifying => t!("week-skill-qualifying"),
        Skill::Discovery => t!("week-skill-discovery"),
        Skill::Presenting => t!("week-skill-presenting"),
        Skill::Negotiating => t!("week-skill-negotiating"),
        Skill::Closing => t!("week-skill-closing"),
    }
}

/// The name of the manager's hours bucket `i`, in the order of a week's `hours`
/// array ([`crate::sim::TimeUse::COUNT`] of them).
pub fn time_use(i: usize) -> String {
    match i {
        0 => t!("week-time-coaching"),
        1 => t!("week-time-selling"),
        2 => t!("week-time-enablement"),
        3 => t!("week-time-admin"),
        _ => t!("week-time-organisation"),
    }
}

/// A change with its sign, as `{:+.N}` writes it ("+0.05", "-0.02"), in the
/// reader's locale.
pub fn signed(x: f64, places: u8) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "+" };
    format!("{sign}{}", decimal(x.abs(), places))
}

/// A number as Rust's `Display` writes it (shortest exact form), with the reader's
/// decimal separator.
pub fn plain(x: f64) -> String {
    let s = x.to_string();
    match lang() {
        Lang::En => s,
        Lang::De => s.replace('.', ","),
    }
}
