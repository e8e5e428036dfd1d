//! The game in progress: the model, the week's draft plan, and messages for the player.

use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;

use crate::scenario::Scenario;
use crate::sim::{Plan, PlanCost, PlanError, Run};

/// One game: the model and what the player is drafting for the coming week.
#[derive(Clone, Debug)]
pub struct Game {
    pub run: Run,
    /// The plan being drafted for the week on screen.
    pub draft: Plan,
    /// Name recorded in run files (a workshop team, or empty).
    pub player: String,
    /// This game's id, recorded in every save so a workshop folder tells games apart.
    pub run_id: String,
    /// Hints already shown (indices into the scenario's hints).
    pub hints_seen: Vec<usize>,
    /// Time the last week took to resolve in the model, for diagnostics.
    pub last_step: Duration,
    /// The picker entry the game was opened from (for hot reload before week 1).
    pub entry: Option<usize>,
    /// Its weeks are resolved by a workshop server (`--join`), not here.
    pub remote: bool,
}

impl Game {
    /// The run file of this game as it stands: its run, its player and its id.
    pub fn run_file(&self) -> crate::format::RunFile {
        let mut f = crate::format::RunFile::from_run(&self.run, &self.player);
        f.run_id = self.run_id.clone();
        f
    }

    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Game {
        Game {
            draft: Plan {
                absorb: 0.5,
                ..Plan::default()
            },
            run: Run::new(scenario, seed),
            player: String::new(),
            run_id: crate::format::runfile::new_run_id(),
            hints_seen: Vec::new(),
            last_step: Duration::ZERO,
            entry: None,
            remote: false,
        }
    }

    /// The draft checked against this week: its cost, or why it cannot be carried out.
    pub fn check(&self) -> Result<PlanCost, PlanError> {
        self.run.validate_plan(&self.draft)
    }
}

/// The hints a resumed game has certainly shown already: the first planning screen
/// and report, and the hints of weeks before the one being planned. Situational ones
/// (a stale deal, low morale, ...) may show again when their situation does.
pub fn hints_seen_before(run: &crate::sim::Run) -> Vec<usize> {
    if run.tick() == 0 {
        return Vec::new();
    }
    let week = run.week();
    (run.scenario().hints.iter().enumerate())
        .filter(|(_, h)| match h.trigger {
            crate::scenario::HintTrigger::FirstPlan | crate::scenario::HintTrigger::FirstReport => {
                true
            }
            crate::scenario::HintTrigger::Week(n) => n < week,
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// The draft plan as the planning screen shows it, worked out once each time the
/// game changes rather than on every frame: the whole plan checked, the hours it
/// uses and has, and each action's hours.
#[derive(Resource, Debug, Default)]
pub struct PlanView {
    /// The plan's cost, or why it cannot be carried out.
    pub check: Option<Result<PlanCost, PlanError>>,
    /// Hours the actions take.
    pub used: f64,
    /// Hours free for actions after the absorbed demands.
    pub available: f64,
    /// Each action's hours, in the draft's order.
    pub hours: Vec<f64>,
}

/// The game with its plan view, for the screens that show the plan.
#[derive(bevy::ecs::system::SystemParam)]
pub struct Draft<'w> {
    pub session: Res<'w, Session>,
    pub view: Res<'w, PlanView>,
}

fn update_plan_view(session: Res<Session>, mut view: ResMut<PlanView>) {
    if !session.is_changed() {
        return;
    }
    *view = match &session.game {
        None => PlanView::default(),
        Some(g) => {
            let hours: Vec<f64> = g
                .draft
                .actions
                .iter()
                .map(|a| g.run.action_cost(a).0)
                .collect();
            PlanView {
                check: Some(g.check()),
                // An empty sum of floats is -0.0, which would print as "-0.0 h".
                used: hours.iter().sum::<f64>() + 0.0,
                available: g.run.available_hours(g.draft.absorb),
                hours,
            }
        }
    };
}

/// The game in progress, if any.
#[derive(Resource, Default, Debug)]
pub struct Session {
    pub game: Option<Game>,
}

/// Short messages for the player: what was saved where, what failed and why.
#[derive(Resource, Default, Debug)]
pub struct Notices {
    pub items: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

impl Notices {
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(text.into(), false);
    }
    pub fn warn(&mut self, text: impl Into<String>) {
        self.push(text.into(), true);
    }
    fn push(&mut self, text: String, error: bool) {
        self.items.push(Notice { text, error });
        // Keep the last few; older ones have been seen.
        if self.items.len() > 6 {
            self.items.remove(0);
        }
    }
    pub fn last_error(&self) -> Option<&str> {
        self.items
            .iter()
            .rev()
            .find(|n| n.error)
            .map(|n| n.text.as_str())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Session>()
        .init_resource::<Notices>()
        .init_resource::<PlanView>()
        .add_systems(Update, update_plan_view);
}
