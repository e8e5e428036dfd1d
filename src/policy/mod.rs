//! Built-in bot managers: the debrief's counterfactuals and the lessons' playtesters.
//!
//! Every bot is the same rule-following [`Bot`] with its own [`BotParams`], loaded from
//! `assets/data/policies.ron`. Bots see only what a manager could see and draw no
//! random numbers, so a bot run is a pure function of scenario and seed.

mod bot;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use bot::{Bot, BotParams, Focus, benchmark as bot_benchmark};

use crate::sim::{Plan, Run};

/// Something that decides a week's plan.
pub trait Policy: Send + Sync {
    fn name(&self) -> &str;
    fn plan(&self, run: &Run) -> Plan;
}

/// The built-in bots, in file order of their names.
pub fn builtin() -> &'static BTreeMap<String, BotParams> {
    static BOTS: OnceLock<BTreeMap<String, BotParams>> = OnceLock::new();
    BOTS.get_or_init(|| {
        crate::scenario::ron_options()
            .from_str(include_str!("../../assets/data/policies.ron"))
            .expect("assets/data/policies.ron is checked by a unit test")
    })
}

/// The names of the bots `compare` runs and the debrief shows, in display order.
pub const STANDARD: [&str; 8] = [
    "passive",
    "typical",
    "coach",
    "mixed",
    "super_closer",
    "discounter",
    "value_seller",
    "balanced",
];

/// Finds a built-in bot by name.
pub fn by_name(name: &str) -> Option<Bot> {
    builtin().get(name).map(|p| Bot::new(name, p.clone()))
}

/// All names a user may pass to `--policy`.
pub fn names() -> Vec<String> {
    builtin().keys().cloned().collect()
}

/// Plays a whole run with a policy.
pub fn play(run: &mut Run, policy: &dyn Policy) {
    while !run.is_finished() {
        let plan = policy.plan(run);
        // A bot's plan is always within budget; if a rule ever produced an invalid
        // plan, the week is played with an empty plan rather than aborting the run.
        if run.step(&plan).is_err() {
            let _ = run.step(&Plan::default());
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn policies_file_parses_and_has_the_standard_bots() {
        for n in super::STANDARD {
            assert!(super::by_name(n).is_some(), "{n} missing");
        }
    }

    /// Every bot says what it stands for in English and German (compare's legend).
    #[test]
    fn every_bot_is_described_in_both_languages() {
        for (name, p) in super::builtin() {
            let langs = p.description.languages().unwrap_or_default();
            assert!(
                langs.contains(&"en") && langs.contains(&"de"),
                "{name}: {:?}",
                p.description
            );
            assert!(
                p.description.all().iter().all(|t| !t.trim().is_empty()),
                "{name}"
            );
        }
    }
}
