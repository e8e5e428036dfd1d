//! The rule-following bot manager behind every built-in policy.

use serde::{Deserialize, Serialize};

use super::Policy;
use crate::sim::diagnosis::{Benchmark, diagnose};
use crate::sim::{Action, Deal, Plan, Rep, Run, Seat, Skill, Stage};

/// Which skill a bot coaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Focus {
    /// What the rep's funnel says they need (lesson L3).
    #[default]
    Diagnosed,
    /// The rep's weakest skill.
    Weakest,
    /// The rep's strongest skill (coaching the wrong thing).
    Strongest,
    /// A different skill every week ("how's it going?" coaching).
    Rotate,
}

/// What a bot does each week. Hours are per week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BotParams {
    /// What the bot stands for, in English and German (`pitcrew compare`'s legend).
    pub description: crate::sim::scenario::Text,
    /// Hours of coaching spread over the team.
    pub coach_hours: f64,
    pub focus: Focus,
    /// Coaching weeks a rep stays on one skill before the bot reads the funnel again (a
    /// coaching plan); `Rotate` ignores it.
    pub stay_weeks: u32,
    /// Biggest late-stage deals closed personally per week.
    pub super_closes: u32,
    /// Ride-alongs per week on the weakest reps' biggest proposals.
    pub ride_alongs: u32,
    /// Pipeline reviews per week, rotating through the team.
    pub reviews: u32,
    /// Whether discount requests get answered at all.
    pub answer_requests: bool,
    /// Discount approved on request (requests above it are held at this level).
    pub approve_up_to: f64,
    /// Discount cap set in week 1.
    pub discount_cap: Option<f64>,
    /// Refresh the value-metrics pack every N weeks.
    pub metrics_every: Option<u32>,
    /// Run a differentiation workshop every N weeks.
    pub workshop_every: Option<u32>,
    /// Ask the executives what's new every N weeks.
    pub news_every: Option<u32>,
    /// Keep every rep on a targeted prospecting plan.
    pub prospecting_plans: bool,
    /// Ask for a two-year outlook whenever it has lapsed.
    pub ask_outlook: bool,
    /// Recognise reps whose morale is sagging.
    pub recognize: bool,
    /// Share of organisational demands absorbed.
    pub absorb: f64,
    /// Hours per week on a personal book.
    pub carry_book: f64,
    /// Hire into vacant seats.
    pub hire: bool,
}

impl Default for BotParams {
    fn default() -> Self {
        BotParams {
            description: Default::default(),
            coach_hours: 0.0,
            focus: Focus::Diagnosed,
            stay_weeks: 4,
            super_closes: 0,
            ride_alongs: 0,
            reviews: 0,
            answer_requests: true,
            approve_up_to: 0.10,
            discount_cap: None,
            metrics_every: None,
            workshop_every: None,
            news_every: None,
            prospecting_plans: false,
            ask_outlook: false,
            recognize: false,
            absorb: 0.5,
            carry_book: 0.0,
            hire: true,
        }
    }
}

/// A named bot.
#[derive(Clone, Debug)]
pub struct Bot {
    pub name: String,
    pub params: BotParams,
}

/// Builds a plan action by action, keeping within the week's hours and goodwill.
struct Budget<'a> {
    run: &'a Run,
    plan: Plan,
    hours: f64,
    goodwill: f64,
}

impl Budget<'_> {
    fn try_add(&mut self, a: Action) -> bool {
        let (h, g) = self.run.action_cost(&a);
        if h > self.hours + 1e-9 || g > self.goodwill + 1e-9 {
            return false;
        }
        self.hours -= h;
        self.goodwill -= g;
        self.plan.actions.push(a);
        true
    }
}

fn every(n: Option<u32>, since: Option<u32>, tick: u32) -> bool {
    match (n, since) {
        (Some(_), None) => true,
        (Some(n), Some(t)) => tick >= t + n.max(1),
        (None, _) => false,
    }
}

impl Bot {
    pub fn new(name: &str, params: BotParams) -> Bot {
        Bot {
            name: name.to_string(),
            params,
        }
    }

    /// The skill to coach a rep on, or `None` when the bot would not know yet.
    fn skill_for(&self, run: &Run, bench: &Benchmark, rep: &Rep) -> Option<Skill> {
        // A coaching plan runs its course before the next reading.
        if let Some(k) = rep.streak.skill
            && rep.streak.weeks < self.params.stay_weeks
            && self.params.focus != Focus::Rotate
        {
            return Some(k);
        }
        Some(match self.params.focus {
            Focus::Diagnosed => {
                let d = diagnose(rep, run.tick(), bench);
                if !d.confident {
                    return None;
                }
                d.skill
            }
            Focus::Weakest => rep.skills.weakest(),
            Focus::Strongest => {
                let mut best = Skill::Prospecting;
                for k in Skill::ALL {
                    if rep.skills.get(k) > rep.skills.get(best) {
                        best = k;
                    }
                }
                best
            }
            Focus::Rotate => Skill::ALL[(run.tick() as usize + rep.id.0 as usize) % 6],
        })
    }
}

/// What a healthy funnel looks like in this scenario.
pub fn benchmark(run: &Run) -> Benchmark {
    let sc = &run.scenario();
    let c = sc.pipeline.conversion.to_array();
    let people: Vec<&Rep> = run.team().reps.iter().filter(|r| r.is_person()).collect();
    let weeks = run.tick() as f64;
    let leads: u32 = people.iter().map(|r| r.funnel.leads).sum();
    let (asked, asks) = people.iter().fold((0.0, 0), |(s, n), r| {
        (s + r.funnel.asked_sum, n + r.funnel.asks)
    });
    Benchmark {
        team_leads_per_week: (weeks > 0.0 && !people.is_empty())
            .then(|| leads as f64 / weeks / people.len() as f64),
        team_asked: (asks > 0).then(|| asked / asks as f64),
        // A mid-skill rep at baseline morale with a full selling week.
        leads_per_week: sc.market.lead_rate * (0.85 + 0.2 * sc.effects.morale_baseline),
        proposals_per_week: sc.market.lead_rate * c[0] * c[1] * c[2],
        proposal_win_rate: c[3] * c[4],
        // Heavy: well above what a mid-skill rep asks in this market.
        heavy_discount: 1.3 * (sc.market.buyer_expectation + sc.market.price_pressure) + 0.02,
        conversion: c,
        stage_skill: std::array::from_fn(|k| {
            let stage = crate::sim::Stage::OPEN[k];
            sc.pipeline
                .stage_skills
                .get(&stage)
                .and_then(|w| {
                    w.iter()
                        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                        .map(|(k, _)| *k)
                })
                .unwrap_or(Skill::Closing)
        }),
    }
}

fn biggest<'a>(deals: impl Iterator<Item = &'a Deal>) -> Vec<&'a Deal> {
    let mut v: Vec<&Deal> = deals.collect();
    // Ids are unique, so the order is total and an unstable sort gives the same list.
    v.sort_unstable_by(|a, b| b.value.total_cmp(&a.value).then(a.id.cmp(&b.id)));
    v
}

impl Policy for Bot {
    fn name(&self) -> &str {
        &self.name
    }

    fn plan(&self, run: &Run) -> Plan {
        let p = &self.params;
        let tick = run.tick();
        let mut plan = Plan {
            absorb: p.absorb,
            ..Plan::default()
        };
        if tick == 0 {
            plan.discount_cap = p.discount_cap;
        }
        let mut b = Budget {
            run,
            hours: run.available_hours(p.absorb),
            goodwill: run.manager().goodwill,
            plan,
        };
        let persons: Vec<&Rep> = run.team().reps.iter().filter(|r| r.is_person()).collect();
        // What a healthy funnel looks like this week, read once for every rep.
        let bench = benchmark(run);

        if p.hire {
            for r in &run.team().reps {
                if matches!(r.seat, Seat::Vacant { hire_ready: None }) {
                    b.try_add(Action::Hire { seat: r.id });
                }
            }
        }
        if p.answer_requests {
            let cap = p.discount_cap.unwrap_or(run.manager().discount_cap);
            for d in run.pipeline().pending_approvals() {
                let discount = d.discount_asked.min(p.approve_up_to.max(cap));
                b.try_add(Action::Approve {
                    deal: d.id,
                    discount,
                });
            }
        }
        if every(p.metrics_every, run.market().metrics_built, tick) {
            b.try_add(Action::BuildMetricsPack);
        }
        if let Some(n) = p.workshop_every
            && tick.is_multiple_of(n.max(1))
        {
            b.try_add(Action::DifferentiationWorkshop);
        }
        if let Some(n) = p.news_every
            && tick.is_multiple_of(n.max(1))
        {
            b.try_add(Action::AskWhatsNew);
        }
        if p.ask_outlook && !run.outlook_active() {
            b.try_add(Action::AskOutlook);
        }
        if p.prospecting_plans {
            for r in &persons {
                if r.plan_until.is_none_or(|u| u <= tick) {
                    b.try_add(Action::ProspectingPlan { rep: r.id });
                }
            }
        }
        if p.recognize {
            for r in &persons {
                if r.morale < 0.55 {
                    b.try_add(Action::Recognize { rep: r.id });
                }
            }
        }
        let late = biggest(
            run.pipeline()
                .open
                .iter()
                .filter(|d| d.stage >= Stage::Propose && !d.super_close)
                .filter(|d| run.team().rep(d.rep).is_some_and(|r| r.is_person())),
        );
        let mut closing = 0;
        for d in &late {
            if closing >= p.super_closes {
                break;
            }
            if b.try_add(Action::SuperClose { deal: d.id }) {
                closing += 1;
            }
        }
        if p.ride_alongs > 0 {
            // The reps whose proposals win least often (their funnels, not their
            // hidden skills), newest first when the funnels cannot tell yet.
            let bench = bench.proposal_win_rate;
            let win_rate = |r: &Rep| {
                let f = &r.funnel;
                let proposals = f.entered[3] as f64;
                (f.won as f64 + 4.0 * bench) / (proposals + 4.0)
            };
            let mut weakest: Vec<&Rep> = persons.clone();
            weakest.sort_by(|a, b| {
                win_rate(a)
                    .total_cmp(&win_rate(b))
                    .then(a.tenure_weeks.cmp(&b.tenure_weeks))
            });
            let mut done = 0;
            for r in weakest {
                if done >= p.ride_alongs {
                    break;
                }
                if let Some(d) = late
                    .iter()
                    .find(|d| d.rep == r.id && d.stage == Stage::Propose)
                    && b.try_add(Action::RideAlong { deal: d.id })
                {
                    done += 1;
                }
            }
        }
        if p.reviews > 0 && !persons.is_empty() {
            let n = persons.len();
            for j in 0..(p.reviews as usize).min(n) {
                let r = persons[(tick as usize * p.reviews as usize + j) % n];
                b.try_add(Action::PipelineReview { rep: r.id });
            }
        }
        if p.coach_hours > 0.0 && !persons.is_empty() {
            let max = run.scenario().costs.coach_max_hours;
            let each = (p.coach_hours / persons.len() as f64).clamp(0.25, max);
            for r in &persons {
                // A bot that reads funnels waits until a funnel says something.
                let Some(skill) = self.skill_for(run, &bench, r) else {
                    continue;
                };
                let hours = each.min(b.hours);
                if hours >= 0.25 {
                    b.try_add(Action::Coach {
                        rep: r.id,
                        skill,
                        hours,
                    });
                }
            }
        }
        if p.carry_book > 0.0 {
            let hours = p.carry_book.min(b.hours);
            if hours > 0.0 {
                b.try_add(Action::CarryBook { hours });
            }
        }
        b.plan
    }
}
