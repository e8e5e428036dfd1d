//! The scenario's per-stage constants in the shape the weekly loop reads them.
//!
//! A scenario keeps its stage skills in nested maps (readable RON, ordered keys);
//! walking those maps and taking logarithms for every seat every week was a fifth
//! of a run's time. The table is built once per run, in the maps' own order, so
//! every sum is taken in the same order and a run stays bit-identical.

use super::rng::logit;
use super::{Skill, Stage};
use crate::sim::scenario::PipelineSpec;

/// The skills a stage draws on, with their weights, in [`Skill`] order.
#[derive(Clone, Copy, Debug)]
pub struct StageSkills {
    len: usize,
    weights: [(Skill, f64); 6],
}

impl Default for StageSkills {
    fn default() -> Self {
        StageSkills {
            len: 0,
            weights: [(Skill::Prospecting, 0.0); 6],
        }
    }
}

impl StageSkills {
    /// The (skill, weight) pairs, in the scenario map's order.
    pub fn iter(&self) -> impl Iterator<Item = (Skill, f64)> + '_ {
        self.weights[..self.len].iter().copied()
    }

    /// The weight of one skill at this stage (0 when the stage does not use it).
    pub fn weight(&self, skill: Skill) -> f64 {
        self.iter()
            .find(|&(k, _)| k == skill)
            .map_or(0.0, |(_, w)| w)
    }
}

/// Per open stage (index by [`Stage::index`]): base log-odds, exit rate and skills.
#[derive(Clone, Debug, Default)]
pub struct StageTable {
    /// logit of the stage's base conversion.
    pub logit: [f64; 5],
    /// 1 / mean weeks in the stage: the exit hazard of an average seat.
    pub exit_rate: [f64; 5],
    pub skills: [StageSkills; 5],
}

impl StageTable {
    pub fn new(p: &PipelineSpec) -> StageTable {
        let mut table = StageTable::default();
        for s in Stage::OPEN {
            let Some(i) = s.index() else { continue };
            table.logit[i] = logit(p.conversion.get(s));
            table.exit_rate[i] = 1.0 / p.mean_weeks.get(s);
            if let Some(weights) = p.stage_skills.get(&s) {
                let t = &mut table.skills[i];
                // A map keyed by Skill holds at most one entry per skill: six.
                for (&k, &w) in weights.iter().take(6) {
                    t.weights[t.len] = (k, w);
                    t.len += 1;
                }
            }
        }
        table
    }

    /// The skills of a stage; none for Won and Lost.
    pub fn skills(&self, stage: Stage) -> Option<&StageSkills> {
        stage.index().map(|i| &self.skills[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_mirrors_the_scenario_maps() {
        let p = PipelineSpec::default();
        let t = StageTable::new(&p);
        for s in Stage::OPEN {
            let i = s.index().unwrap();
            let from_map: Vec<(Skill, f64)> = p
                .stage_skills
                .get(&s)
                .map(|m| m.iter().map(|(&k, &w)| (k, w)).collect())
                .unwrap_or_default();
            assert_eq!(t.skills[i].iter().collect::<Vec<_>>(), from_map, "{s:?}");
            assert_eq!(t.logit[i], logit(p.conversion.get(s)));
            assert_eq!(t.exit_rate[i], 1.0 / p.mean_weeks.get(s));
        }
        assert!(t.skills(Stage::Won).is_none());
    }
}
