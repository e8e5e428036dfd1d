//! Arming the team: value-metrics packs, differentiation workshops, prospecting plans,
//! and asking the executives for a two-year outlook or news.

use crate::sim::scenario::Costs;
use crate::sim::{RepId, Run};

pub(super) fn metrics_pack_cost(c: &Costs) -> (f64, f64) {
    (c.metrics_pack, 0.0)
}

/// A fresh pack: its strength fades with age (see `Run::metrics_strength`).
pub(super) fn metrics_pack(run: &mut Run) {
    run.market.metrics_built = Some(run.tick);
}

pub(super) fn workshop_cost(c: &Costs) -> (f64, f64) {
    (c.workshop, 0.0)
}

pub(super) fn workshop(run: &mut Run) {
    let gain = run.scenario.effects.workshop_gain;
    run.market.differentiation = (run.market.differentiation + gain).min(1.0);
}

pub(super) fn prospecting_plan_cost(c: &Costs) -> (f64, f64) {
    (c.prospecting_plan, 0.0)
}

pub(super) fn prospecting_plan(run: &mut Run, rep: RepId) {
    run.team.reps[rep.0 as usize].plan_until = Some(run.tick + run.scenario.effects.plan_weeks);
}

pub(super) fn outlook_cost(c: &Costs) -> (f64, f64) {
    (c.ask_outlook, c.outlook_goodwill)
}

pub(super) fn outlook(run: &mut Run) {
    run.market.outlook_until = Some(run.tick + run.scenario.company.outlook_weeks);
}

pub(super) fn news_cost(c: &Costs) -> (f64, f64) {
    (c.ask_news, c.news_goodwill)
}

pub(super) fn news(run: &mut Run) {
    run.market.news_tick = run.tick as f64;
}
