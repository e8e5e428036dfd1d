//! Decision scripts for `pitcrew play`: a list of weekly plans, then optionally a bot.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::policy::{self, Policy};
use crate::scenario::{self, ScenarioError};
use crate::sim::{Plan, PlanError, Run};

/// Weekly plans in order; weeks after the list use `then` (a built-in bot) or an empty plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Script {
    pub weeks: Vec<Plan>,
    pub then: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error(transparent)]
    File(#[from] ScenarioError),
    #[error(
        "{}",
        crate::t!(
            "file-script-unknown-bot",
            path = path.clone(),
            name = format!("{name:?}"),
            choices = choices.clone()
        )
    )]
    UnknownBot {
        path: String,
        name: String,
        choices: String,
    },
    #[error(
        "{}",
        crate::t!(
            "file-script-plan",
            path = path.clone(),
            week = week.to_string(),
            problem = source.to_string()
        )
    )]
    Plan {
        path: String,
        week: u32,
        source: PlanError,
    },
}

impl Script {
    pub fn load(path: &Path) -> Result<Script, ScriptError> {
        let bytes = scenario::read_limited(path, scenario::MAX_FILE_BYTES * 8)?;
        Script::parse(&scenario::shown(path), &bytes)
    }

    /// Parses and checks script bytes; `shown` names the file in messages.
    pub fn parse(shown: &str, bytes: &[u8]) -> Result<Script, ScriptError> {
        let text = scenario::text_of(shown, bytes)?;
        let s: Script = scenario::parse_ron(shown, text)?;
        if let Some(name) = &s.then
            && policy::by_name(name).is_none()
        {
            return Err(ScriptError::UnknownBot {
                path: shown.to_string(),
                name: name.clone(),
                choices: policy::names().join(", "),
            });
        }
        Ok(s)
    }

    /// Plays the script to the end of the run; an invalid plan stops with its week.
    pub fn play(&self, run: &mut Run, name: &str) -> Result<(), ScriptError> {
        let bot = self.then.as_deref().and_then(policy::by_name);
        while !run.is_finished() {
            let week = run.week();
            let plan = match self.weeks.get(run.tick() as usize) {
                Some(p) => p.clone(),
                None => bot.as_ref().map(|b| b.plan(run)).unwrap_or_default(),
            };
            run.step(&plan).map_err(|source| ScriptError::Plan {
                path: name.into(),
                week,
                source,
            })?;
        }
        Ok(())
    }
}
