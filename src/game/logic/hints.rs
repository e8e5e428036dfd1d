//! Guided play: a scenario's hints appear at the moment they matter (first planning
//! screen, first stalled deal, first discount request, ...), one at a time, each once.

use bevy::prelude::*;

use super::screen::Screen;
use super::session::Session;
use super::settings::Settings;
use crate::scenario::HintTrigger;
use crate::sim::{Health, PlanError};

/// The hint on screen, as an index into the scenario's hints.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveHint(pub Option<usize>);

/// Whether a trigger holds on the current screen.
fn holds(trigger: HintTrigger, screen: Screen, game: &super::session::Game) -> bool {
    let run = &game.run;
    match (trigger, screen) {
        (HintTrigger::FirstPlan, Screen::Planning) => true,
        (HintTrigger::FirstReport, Screen::Report) => true,
        (HintTrigger::Week(n), Screen::Planning) => run.week() == n,
        (HintTrigger::FirstDiscountRequest, Screen::Planning) => {
            run.pipeline().pending_approvals().next().is_some()
        }
        (HintTrigger::FirstStalledDeal, Screen::Planning | Screen::Report) => run
            .pipeline()
            .open
            .iter()
            .any(|d| run.health(d) == Health::Stale),
        (HintTrigger::OverBudget, Screen::Planning) => {
            matches!(game.check(), Err(PlanError::OverBudget { .. }))
        }
        (HintTrigger::LowMorale, Screen::Planning | Screen::Report) => run
            .team()
            .reps
            .iter()
            .any(|r| r.is_person() && r.morale < 0.4),
        _ => false,
    }
}

fn pick(
    screen: Res<State<Screen>>,
    session: Res<Session>,
    settings: Res<Settings>,
    mut active: ResMut<ActiveHint>,
) {
    if active.0.is_some() || !settings.hints {
        return;
    }
    let Some(game) = &session.game else { return };
    let next = game
        .run
        .scenario()
        .hints
        .iter()
        .enumerate()
        .find(|(i, h)| !game.hints_seen.contains(i) && holds(h.trigger, *screen.get(), game))
        .map(|(i, _)| i);
    if next.is_some() {
        active.0 = next;
    }
}

/// Close the hint on screen.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct DismissHint;

fn dismiss(
    mut asked: MessageReader<DismissHint>,
    mut active: ResMut<ActiveHint>,
    mut session: ResMut<Session>,
) {
    for _ in asked.read() {
        if let Some(i) = active.0.take()
            && let Some(g) = &mut session.game
        {
            g.hints_seen.push(i);
        }
    }
}

/// A hint left open when its screen closes counts as seen; a new screen starts clean.
fn clear(mut active: ResMut<ActiveHint>, mut session: ResMut<Session>) {
    if let Some(i) = active.0.take()
        && let Some(g) = &mut session.game
    {
        g.hints_seen.push(i);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ActiveHint>()
        .add_message::<DismissHint>()
        .add_systems(PreUpdate, dismiss.after(super::flow::FlowSet))
        .add_systems(Update, pick)
        .add_systems(OnExit(Screen::Planning), clear)
        .add_systems(OnExit(Screen::Report), clear)
        .add_systems(OnEnter(Screen::Title), clear);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::sim::{Plan, Run};

    #[test]
    fn a_resumed_game_skips_only_the_hints_already_due() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/first-90-days.ron");
        let scenario = crate::scenario::load_file(&path).unwrap().scenario;
        let mut run = Run::new(scenario, 1);
        assert!(
            crate::game::logic::session::hints_seen_before(&run).is_empty(),
            "nothing is seen before week 1"
        );
        let triggers = |run: &Run| -> Vec<HintTrigger> {
            crate::game::logic::session::hints_seen_before(run)
                .into_iter()
                .map(|i| run.scenario().hints[i].trigger)
                .collect()
        };
        for _ in 0..5 {
            run.step(&Plan::default()).unwrap();
        }
        // Planning week 6: its own hint is still to come.
        assert_eq!(
            triggers(&run),
            [HintTrigger::FirstPlan, HintTrigger::FirstReport]
        );
        run.step(&Plan::default()).unwrap();
        assert_eq!(
            triggers(&run),
            [
                HintTrigger::FirstPlan,
                HintTrigger::FirstReport,
                HintTrigger::Week(6)
            ]
        );
    }
}
