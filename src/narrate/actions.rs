//! How actions are named: a short label for tables and timelines, the planner's menu
//! entry, and a line for a plan that names its target.

use std::fmt;

use crate::i18n::decimal;
use crate::sim::{Action, ActionKind, DealId, RepId, Run};
use crate::t;

/// Short label for tables, timelines and errors ("super-close").
pub fn label(kind: ActionKind) -> String {
    match kind {
        ActionKind::Coach => t!("action-label-coach"),
        ActionKind::RideAlong => t!("action-label-ride-along"),
        ActionKind::SuperClose => t!("action-label-super-close"),
        ActionKind::PipelineReview => t!("action-label-pipeline-review"),
        ActionKind::BuildMetricsPack => t!("action-label-metrics-pack"),
        ActionKind::DifferentiationWorkshop => t!("action-label-differentiation-workshop"),
        ActionKind::ProspectingPlan => t!("action-label-prospecting-plan"),
        ActionKind::Recognize => t!("action-label-recognize"),
        ActionKind::Hire => t!("action-label-hire"),
        ActionKind::Fire => t!("action-label-fire"),
        ActionKind::AskOutlook => t!("action-label-ask-outlook"),
        ActionKind::AskWhatsNew => t!("action-label-ask-whats-new"),
        ActionKind::CarryBook => t!("action-label-carry-book"),
        ActionKind::Approve => t!("action-label-approve"),
    }
}

/// The planner's menu entry ("Coach a rep on a skill").
pub fn menu_label(kind: ActionKind) -> String {
    match kind {
        ActionKind::Coach => t!("action-menu-coach"),
        ActionKind::PipelineReview => t!("action-menu-pipeline-review"),
        ActionKind::ProspectingPlan => t!("action-menu-prospecting-plan"),
        ActionKind::Recognize => t!("action-menu-recognize"),
        ActionKind::BuildMetricsPack => t!("action-menu-metrics-pack"),
        ActionKind::DifferentiationWorkshop => t!("action-menu-differentiation-workshop"),
        ActionKind::AskOutlook => t!("action-menu-ask-outlook"),
        ActionKind::AskWhatsNew => t!("action-menu-ask-whats-new"),
        ActionKind::CarryBook => t!("action-menu-carry-book"),
        ActionKind::Hire => t!("action-menu-hire"),
        ActionKind::Fire => t!("action-menu-fire"),
        ActionKind::RideAlong => t!("action-menu-ride-along"),
        ActionKind::SuperClose => t!("action-menu-super-close"),
        ActionKind::Approve => t!("action-menu-approve"),
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&label(*self))
    }
}

/// One planned action as a line that names its rep, seat or deal in this run.
pub fn describe_action(run: &Run, a: &Action) -> String {
    let rep = |r: &RepId| {
        run.team()
            .rep(*r)
            .map(|r| r.name.to_string())
            .unwrap_or_else(|| t!("action-seat", seat = r.0 + 1))
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
        } => t!(
            "action-coach",
            rep = rep(r),
            skill = super::words::skill(*skill),
            hours = decimal(*hours, 1)
        ),
        Action::RideAlong { deal: d } => t!("action-ride-along", deal = deal(d)),
        Action::SuperClose { deal: d } => t!("action-super-close", deal = deal(d)),
        Action::PipelineReview { rep: r } => t!("action-pipeline-review", rep = rep(r)),
        Action::BuildMetricsPack => t!("action-metrics-pack"),
        Action::DifferentiationWorkshop => t!("action-differentiation-workshop"),
        Action::ProspectingPlan { rep: r } => t!("action-prospecting-plan", rep = rep(r)),
        Action::Recognize { rep: r } => t!("action-recognize", rep = rep(r)),
        Action::Hire { seat } => t!("action-hire", seat = seat.0 + 1),
        Action::Fire { rep: r } => t!("action-fire", rep = rep(r)),
        Action::AskOutlook => t!("action-ask-outlook"),
        Action::AskWhatsNew => t!("action-ask-whats-new"),
        Action::CarryBook { hours } => t!("action-carry-book", hours = decimal(*hours, 1)),
        Action::Approve { deal: d, discount } => t!(
            "action-approve",
            discount = crate::narrate::pct(*discount),
            deal = deal(d)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::i18n::{Lang, with_lang};

    #[test]
    fn every_kind_has_distinct_words() {
        for lang in Lang::ALL {
            with_lang(lang, || {
                let mut labels: Vec<String> = ActionKind::ALL.iter().map(|k| label(*k)).collect();
                let mut menus: Vec<String> =
                    ActionKind::ALL.iter().map(|k| menu_label(*k)).collect();
                labels.sort_unstable();
                labels.dedup();
                menus.sort_unstable();
                menus.dedup();
                assert_eq!(labels.len(), ActionKind::ALL.len(), "{lang}");
                assert_eq!(menus.len(), ActionKind::ALL.len(), "{lang}");
            });
        }
    }

    #[test]
    fn the_menu_speaks_german() {
        with_lang(Lang::De, || {
            assert_eq!(
                menu_label(ActionKind::SuperClose),
                "Einen Deal selbst abschließen"
            );
            assert_eq!(ActionKind::Coach.to_string(), "Coaching");
        });
        with_lang(Lang::En, || {
            assert_eq!(menu_label(ActionKind::SuperClose), "Close a deal yourself");
        });
    }
}
