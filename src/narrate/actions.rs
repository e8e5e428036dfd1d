//! How actions are named: a short label for tables and timelines, the planner's menu
//! entry, and a line for a plan that names its target.

use std::fmt;

use crate::sim::{Action, ActionKind, DealId, RepId, Run};

/// Short label for tables, timelines and errors ("super-close").
pub fn label(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Coach => "coach",
        ActionKind::RideAlong => "ride along",
        ActionKind::SuperClose => "super-close",
        ActionKind::PipelineReview => "pipeline review",
        ActionKind::BuildMetricsPack => "metrics pack",
        ActionKind::DifferentiationWorkshop => "differentiation workshop",
        ActionKind::ProspectingPlan => "prospecting plan",
        ActionKind::Recognize => "recognition",
        ActionKind::Hire => "hire",
        ActionKind::Fire => "fire",
        ActionKind::AskOutlook => "ask for outlook",
        ActionKind::AskWhatsNew => "ask what's new",
        ActionKind::CarryBook => "carry a book",
        ActionKind::Approve => "discount decision",
    }
}

/// The planner's menu entry ("Coach a rep on a skill").
pub fn menu_label(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Coach => "Coach a rep on a skill",
        ActionKind::PipelineReview => "Pipeline review with a rep",
        ActionKind::ProspectingPlan => "Prospecting plan for a rep",
        ActionKind::Recognize => "Recognise a rep",
        ActionKind::BuildMetricsPack => "Build / refresh value-metrics pack",
        ActionKind::DifferentiationWorkshop => "Differentiation workshop",
        ActionKind::AskOutlook => "Ask executives for a 2-year outlook",
        ActionKind::AskWhatsNew => "Ask executives what's new",
        ActionKind::CarryBook => "Work your own book",
        ActionKind::Hire => "Start hiring into a vacant seat",
        ActionKind::Fire => "Let a rep go",
        ActionKind::RideAlong => "Ride along on a deal",
        ActionKind::SuperClose => "Close a deal yourself",
        ActionKind::Approve => "Answer a discount request",
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(label(*self))
    }
}

/// One planned action as a line that names its rep, seat or deal in this run.
pub fn describe_action(run: &Run, a: &Action) -> String {
    let rep = |r: &RepId| {
        run.team()
            .rep(*r)
            .map(|r| r.name.to_string())
            .unwrap_or_else(|| format!("seat {}", r.0 + 1))
    };
    let deal = |d: &DealId| {
        run.pipeline()
            .deal(*d)
            .map(|d| format!("{} ({})", run.account_name(d.account), rep(&d.rep)))
            .unwrap_or_else(|| d.to_string())
    };
    match a {
        Action::Coach {
            rep: r,
            skill,
            hours,
        } => format!("Coach {} on {skill}, {hours:.1} h", rep(r)),
        Action::RideAlong { deal: d } => format!("Ride along: {}", deal(d)),
        Action::SuperClose { deal: d } => format!("Super-close: {}", deal(d)),
        Action::PipelineReview { rep: r } => format!("Pipeline review with {}", rep(r)),
        Action::BuildMetricsPack => "Build value-metrics pack".into(),
        Action::DifferentiationWorkshop => "Differentiation workshop".into(),
        Action::ProspectingPlan { rep: r } => format!("Prospecting plan for {}", rep(r)),
        Action::Recognize { rep: r } => format!("Recognise {}", rep(r)),
        Action::Hire { seat } => format!("Hire into seat {}", seat.0 + 1),
        Action::Fire { rep: r } => format!("Let {} go", rep(r)),
        Action::AskOutlook => "Ask for a two-year outlook".into(),
        Action::AskWhatsNew => "Ask what's new".into(),
        Action::CarryBook { hours } => format!("Own book, {hours:.1} h"),
        Action::Approve { deal: d, discount } => {
            format!(
                "Approve {} off: {}",
                crate::narrate::pct(*discount),
                deal(d)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_distinct_words() {
        let mut labels: Vec<&str> = ActionKind::ALL.iter().map(|k| label(*k)).collect();
        let mut menus: Vec<&str> = ActionKind::ALL.iter().map(|k| menu_label(*k)).collect();
        labels.sort_unstable();
        labels.dedup();
        menus.sort_unstable();
        menus.dedup();
        assert_eq!(labels.len(), ActionKind::ALL.len());
        assert_eq!(menus.len(), ActionKind::ALL.len());
    }
}
