//! A run: one scenario played from one seed, week by week.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::actions::range;
use super::limits::{MAX_EVENTS_PER_WEEK, MAX_LEAD_FACTOR};
use super::rng::{EntityKey, Purpose, Stream, entity};
use super::{
    Deal, DealId, Departure, Funnel, Happening, Plan, PlanCost, PlanError, Rep, RepId, Seat,
    Skills, Stage, StageTable, WeekSummary,
};
use crate::scenario::{EventKind, Scenario};

/// Market conditions that decisions and events move.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarketState {
    /// Discount buyers have learned to expect (the market norm).
    pub buyer_expectation: f64,
    /// How clearly the team tells its story against competitors, 0..1.
    pub differentiation: f64,
    /// Tick the current value-metrics pack was built.
    pub metrics_built: Option<u32>,
    /// Tick of the last news customers heard (may be before the start).
    pub news_tick: f64,
    /// Tick until which the two-year outlook helps.
    pub outlook_until: Option<u32>,
    /// Depth of an active competitor price cut.
    pub competitor_cut: f64,
    /// Log-odds lift from an active product launch.
    pub launch_lift: f64,
    /// Lead-rate multiplier from the economy.
    pub lead_factor: f64,
    /// Extra demand hours per rep from reporting crunches.
    pub crunch_hours: f64,
}

/// An event whose effect lasts some weeks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveEvent {
    pub kind: EventKind,
    /// First tick it no longer applies.
    pub until: u32,
}

/// An event a facilitator triggers during a workshop, recorded so replays stay exact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Injection {
    /// 1-based week it takes effect.
    pub week: u32,
    pub kind: EventKind,
    #[serde(default)]
    pub text: Option<String>,
    /// The workshop deck card it came from, so a game never plays a card twice.
    #[serde(default)]
    pub card: Option<u32>,
}

/// The manager's standing state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManagerState {
    pub goodwill: f64,
    /// Discount a rep may give without asking.
    pub discount_cap: f64,
    /// Total hours by time use (see [`super::TimeUse`]).
    pub hours: [f64; 5],
}

/// A forecast the model records every four weeks, scored against what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub week: u32,
    /// Revenue the manager would forecast from late-stage deals (what they can see).
    pub forecast: f64,
    pub deals: Vec<DealId>,
}

/// The whole state of one run. A pure function of scenario, seed and decisions.
#[derive(Clone, Debug)]
pub struct Run {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
    /// Weeks resolved so far; the week being planned is `tick + 1`.
    pub tick: u32,
    /// Seats; the last one is the manager's own book.
    pub reps: Vec<Rep>,
    /// Open deals.
    pub deals: Vec<Deal>,
    /// Won and lost deals, in the order they closed.
    pub closed: Vec<Deal>,
    pub departures: Vec<Departure>,
    pub manager: ManagerState,
    pub market: MarketState,
    pub active_events: Vec<ActiveEvent>,
    pub injections: Vec<Injection>,
    pub history: Vec<WeekSummary>,
    /// The plan carried out each week, in order.
    pub plans: Vec<Plan>,
    /// Organisational demand hours for the week being planned (team total).
    pub org_demand: f64,
    /// What happened when the current week opened (events, new hires).
    pub opening: Vec<Happening>,
    /// Mean skill of the starting team.
    pub start_capability: f64,
    /// Selling capability of the starting team ([`Run::selling_capability`]).
    pub start_selling: f64,
    pub checkpoints: Vec<Checkpoint>,
    /// Names of the starting team, for retention.
    pub original: Vec<String>,
    pub(crate) hires_made: u32,
    /// The scenario's stage constants, laid out for the weekly loop.
    pub(crate) stages: StageTable,
    /// Keeps only what the projection reads of each week (revenue and margin): no
    /// per-rep records, happenings, plans or forecast checkpoints.
    pub(crate) quiet: bool,
    /// Weeks after which the run is finished: the scenario's, or the projection's.
    pub(crate) horizon: u32,
    /// Closed deals not kept in `closed` (a projection starts without the run's), still
    /// counted against [`super::limits::MAX_DEALS`].
    pub(crate) closed_elsewhere: usize,
}

impl Run {
    /// Starts a run. The scenario should have passed validation.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Run {
        let sc = &*scenario;
        let mut reps: Vec<Rep> = sc
            .team
            .iter()
            .enumerate()
            .map(|(i, spec)| Rep {
                id: RepId(i as u16),
                name: spec.name.as_str().into(),
                seat: Seat::Filled,
                skills: spec.skills,
                morale: spec.morale,
                independence: spec.independence,
                discount_habit: spec.discount_habit,
                tenure_weeks: spec.tenure_weeks,
                plan_until: None,
                selling_hours: sc.org.rep_selling_hours,
                next_seq: 0,
                coached_hours: 0.0,
                streak: Default::default(),
                funnel: Funnel::default(),
            })
            .collect();
        reps.push(Rep {
            id: RepId(sc.team.len() as u16),
            name: "Your own book".into(),
            seat: Seat::ManagerBook,
            skills: Skills::uniform(sc.manager.selling_skill),
            morale: 0.7,
            independence: 1.0,
            discount_habit: sc.market.buyer_expectation,
            tenure_weeks: 520,
            plan_until: None,
            selling_hours: 0.0,
            next_seq: 0,
            coached_hours: 0.0,
            streak: Default::default(),
            funnel: Funnel::default(),
        });
        let start_capability = mean_skill(reps.iter().filter(|r| r.is_person()));
        let stages = StageTable::new(&sc.pipeline);
        // Room for what a run usually holds, so the weekly loop rarely reallocates
        // (capped: validation bounds scenarios, but a guess should never be huge).
        let weeks = sc.weeks as usize;
        let expected_leads = sc.market.lead_rate * sc.team.len() as f64 * sc.weeks as f64;
        let closed = (expected_leads.max(0.0) as usize).min(1 << 16);
        let open = (sc.team.len() * 12).min(1 << 12);
        let horizon = sc.weeks;
        let mut run = Run {
            original: sc.team.iter().map(|r| r.name.clone()).collect(),
            market: MarketState {
                buyer_expectation: sc.market.buyer_expectation,
                differentiation: 0.0,
                metrics_built: None,
                news_tick: -(sc.company.news_age_weeks as f64),
                outlook_until: None,
                competitor_cut: 0.0,
                launch_lift: 0.0,
                lead_factor: 1.0,
                crunch_hours: 0.0,
            },
            manager: ManagerState {
                goodwill: sc.manager.goodwill,
                discount_cap: sc.manager.discount_cap,
                hours: [0.0; 5],
            },
            scenario,
            seed,
            tick: 0,
            reps,
            deals: Vec::with_capacity(open),
            closed: Vec::with_capacity(closed),
            departures: Vec::new(),
            active_events: Vec::new(),
            injections: Vec::new(),
            history: Vec::with_capacity(weeks),
            plans: Vec::with_capacity(weeks),
            org_demand: 0.0,
            opening: Vec::new(),
            start_capability,
            start_selling: 0.0,
            checkpoints: Vec::new(),
            hires_made: 0,
            quiet: false,
            horizon,
            stages,
            closed_elsewhere: 0,
        };
        run.start_selling = run.selling_capability();
        run.seed_pipelines();
        run.open_week();
        run
    }

    /// The week being planned, 1-based.
    pub fn week(&self) -> u32 {
        self.tick + 1
    }

    pub fn weeks(&self) -> u32 {
        self.scenario.weeks
    }

    pub fn is_finished(&self) -> bool {
        self.tick >= self.horizon
    }

    /// Seats held by people (filled or vacant), not the manager's book.
    pub fn team_seats(&self) -> impl Iterator<Item = &Rep> {
        self.reps.iter().filter(|r| !r.is_book())
    }

    pub fn rep(&self, id: RepId) -> Option<&Rep> {
        self.reps.get(id.0 as usize)
    }

    pub fn deal(&self, id: DealId) -> Option<&Deal> {
        self.deals.iter().find(|d| d.id == id)
    }

    /// Account name of a deal.
    pub fn account_name(&self, account: u16) -> &str {
        let a = &self.scenario.market.accounts;
        if a.is_empty() {
            "Account"
        } else {
            &a[account as usize % a.len()]
        }
    }

    /// Quota for the whole team up to the end of a given week.
    pub fn quota_to(&self, week: u32) -> f64 {
        self.seat_quota_per_week() * week as f64 * self.team_seats().count() as f64
    }

    /// One seat's quota per week.
    pub fn seat_quota_per_week(&self) -> f64 {
        self.scenario.quota_per_rep_per_quarter / 13.0
    }

    /// Open deals waiting for a discount decision.
    pub fn pending_approvals(&self) -> impl Iterator<Item = &Deal> {
        self.deals.iter().filter(|d| d.approval_pending)
    }

    /// Hours the manager has this week if they absorb `absorb` of the demands.
    ///
    /// The one hours rule: never negative. Demands can exceed the manager's week (a
    /// long reporting crunch, few hours); then what they absorb takes the whole week
    /// and no more ([`Run::absorbed_hours`]), and an empty plan is still possible, for
    /// a player, `play`, the bots and the game alike.
    pub fn available_hours(&self, absorb: f64) -> f64 {
        (self.scenario.manager.free_hours() - self.absorbed_hours(absorb)).max(0.0)
    }

    /// Manager hours the absorbed demands take. One rule for every caller: a manager
    /// cannot absorb more than their week; what does not fit is passed on.
    pub fn absorbed_hours(&self, absorb: f64) -> f64 {
        let wanted = absorb.clamp(0.0, 1.0) * self.org_demand * self.scenario.org.absorb_cost;
        wanted.min(self.scenario.manager.free_hours())
    }

    /// Share of the demands actually absorbed (less than asked when the week is full).
    pub fn absorbed_share(&self, absorb: f64) -> f64 {
        let full = self.org_demand * self.scenario.org.absorb_cost;
        if full <= 0.0 {
            absorb.clamp(0.0, 1.0)
        } else {
            self.absorbed_hours(absorb) / full
        }
    }

    /// Selling hours each rep loses to the demands the manager passes on.
    pub fn passed_on_hours(&self, absorb: f64) -> f64 {
        let persons = self.reps.iter().filter(|r| r.is_person()).count().max(1) as f64;
        (1.0 - self.absorbed_share(absorb)) * self.org_demand / persons
            * self.scenario.org.pass_on_cost
    }

    /// Checks a plan against this week's state; returns what it costs.
    pub fn validate_plan(&self, plan: &Plan) -> Result<PlanCost, PlanError> {
        if self.is_finished() {
            return Err(PlanError::Finished);
        }
        range("share of demands absorbed", plan.absorb, 0.0, 1.0)?;
        if let Some(cap) = plan.discount_cap {
            range("discount cap", cap, 0.0, 0.5)?;
        }
        let mut hours = 0.0;
        let mut goodwill = 0.0;
        let mut hiring = Vec::new();
        for a in &plan.actions {
            self.check_action(a, &mut hiring)?;
            let (h, g) = self.action_cost(a);
            hours += h;
            goodwill += g;
            if g > 0.0 && goodwill > self.manager.goodwill + 1e-9 {
                return Err(PlanError::NoGoodwill {
                    what: a.kind(),
                    needed: goodwill,
                    available: self.manager.goodwill,
                });
            }
        }
        let available = self.available_hours(plan.absorb);
        if hours > available + 1e-9 {
            return Err(PlanError::OverBudget {
                needed: hours,
                available,
            });
        }
        Ok(PlanCost {
            hours,
            goodwill,
            available,
            absorbed_hours: self.absorbed_hours(plan.absorb),
        })
    }

    /// Whether a name belongs to the team the scenario started with.
    pub fn is_original(&self, name: &str) -> bool {
        self.original.iter().any(|o| o == name)
    }

    /// Queues a facilitator event for a later week (recorded for replays).
    pub fn inject(&mut self, week: u32, kind: EventKind, text: Option<String>) {
        self.injections.push(Injection {
            week,
            kind,
            text,
            card: None,
        });
    }

    /// Adds the events another run recorded (a run file, a team's game), deck cards
    /// and all, so a replayed game still knows which cards it has played.
    pub fn inject_recorded(&mut self, recorded: &[Injection]) {
        self.injections.extend_from_slice(recorded);
    }

    /// Builds each seat's starting pipeline from the stage chain's steady state, so
    /// week 1 looks like an ongoing business rather than an empty one.
    fn seed_pipelines(&mut self) {
        let mean = self.scenario.pipeline.mean_weeks.to_array();
        let fit = self.scenario.effects.phone_book_fit * self.scenario.effects.health;
        // The selling week the team will have: half the demands passed on, as the
        // neutral manager does, so the pipeline is the one that week sustains.
        let org = &self.scenario.org;
        let selling =
            (org.rep_selling_hours - 0.5 * org.demand_hours_per_rep * org.pass_on_cost).max(0.0);
        let before: Vec<f64> = self.reps.iter().map(|r| r.selling_hours).collect();
        for r in 0..self.reps.len() {
            if !self.reps[r].is_person() {
                continue;
            }
            self.reps[r].selling_hours = selling;
            // Expected deals in stage = arrivals reaching it × expected weeks there,
            // using this seat's own odds so the pipeline matches its steady state.
            let odds = self.seat_odds(&self.reps[r], 0);
            let lambda = self.lead_rate(&self.reps[r]);
            let mut s = Stream::new(self.seed, r as u64, 0, Purpose::InitialPipeline);
            let mut reach = 1.0;
            let mut seat_open = 0;
            for (i, stage) in Stage::OPEN.into_iter().enumerate() {
                let n = s.poisson(lambda * reach / odds.hazard[i].max(0.05));
                let n = n.min(self.deal_room(seat_open) as u32);
                seat_open += n as usize;
                for _ in 0..n {
                    let max_age = (2.0 * mean[i]).ceil() as u32;
                    let age = s.range_inclusive(0, max_age.saturating_sub(1));
                    let mut d = self.new_deal(r, stage);
                    d.weeks_in_stage = age;
                    d.seeded = true;
                    self.deals.push(d);
                }
                reach *=
                    super::pipeline::conversion(self.stages.logit[i], odds.shift[i].total() + fit);
            }
        }
        // Discounts of deals already at Negotiate follow the same rule as later ones. A
        // discount above what buyers expect speeds a deal out of Negotiate, so fewer sit
        // there at any time: each is kept with the inverse of its speed-up.
        let pace = self.scenario.effects.discount_pace;
        let mut i = 0;
        while i < self.deals.len() {
            if self.deals[i].stage != Stage::Negotiate {
                i += 1;
                continue;
            }
            self.set_discount(i, None);
            let d = &mut self.deals[i];
            d.approval_pending = false;
            let above = (d.discount - self.market.buyer_expectation).max(0.0);
            let keep = 1.0 / (1.0 + pace * 10.0 * above);
            let u = Stream::keyed(d.key, 0, Purpose::InitialPipeline).uniform();
            if u < keep {
                i += 1;
            } else {
                self.deals.remove(i);
            }
        }
        for (r, h) in self.reps.iter_mut().zip(before) {
            r.selling_hours = h;
        }
    }

    /// How many more deals a seat that has `seat_open` open deals may take on: the
    /// room left under every limit of [`super::limits`].
    pub(crate) fn deal_room(&self, seat_open: usize) -> usize {
        use super::limits::{MAX_DEALS, MAX_OPEN_DEALS, MAX_OPEN_DEALS_PER_REP};
        let open = self.deals.len();
        (MAX_OPEN_DEALS_PER_REP.saturating_sub(seat_open))
            .min(MAX_OPEN_DEALS.saturating_sub(open))
            .min(MAX_DEALS.saturating_sub(open + self.closed_count()))
    }

    /// Deals closed so far, won or lost.
    pub(crate) fn closed_count(&self) -> usize {
        self.closed.len() + self.closed_elsewhere
    }

    /// Open deals of one seat.
    pub(crate) fn seat_open(&self, seat: usize) -> usize {
        self.deals
            .iter()
            .filter(|d| d.rep.0 as usize == seat)
            .count()
    }

    /// Leads per week a seat can expect now.
    pub(crate) fn lead_rate(&self, rep: &Rep) -> f64 {
        if !rep.is_active() {
            return 0.0;
        }
        let m = &self.scenario.market;
        let fx = &self.scenario.effects;
        // Prospecting above the middle adds leads at the reduced slope of any strength.
        let p = rep.skills.prospecting;
        let skill = p.min(0.5) + fx.skill_above_mid * (p - 0.5).max(0.0);
        let mut l = m.lead_rate * (0.5 + skill) * self.time_factor(rep);
        l *= 0.85 + 0.2 * rep.morale;
        if rep.plan_until.is_some_and(|u| self.tick < u) {
            l *= 1.0 + fx.plan_lead_boost;
        }
        l * self.market.lead_factor
    }

    /// Creates a deal for a seat with its traits drawn from the deal's own stream.
    pub(crate) fn new_deal(&mut self, seat: usize, stage: Stage) -> Deal {
        let rep = &mut self.reps[seat];
        let id = DealId::new(rep.id, rep.next_seq);
        rep.next_seq += 1;
        let from_plan = rep.plan_until.is_some_and(|u| self.tick < u);
        let m = &self.scenario.market;
        let fx = &self.scenario.effects;
        let key = EntityKey::new(self.seed, id.0);
        let mut s = Stream::keyed(key, 0, Purpose::DealTraits);
        let value = m.deal_median * libm::exp(m.deal_sigma * s.normal());
        let account = (s.uniform() * m.accounts.len().max(1) as f64) as u16;
        let mean_fit = if from_plan {
            fx.plan_fit
        } else {
            fx.phone_book_fit
        };
        let fit = mean_fit + 0.6 * s.normal();
        Deal {
            id,
            rep: rep.id,
            account,
            value,
            stage,
            weeks_in_stage: 0,
            fit,
            discount_asked: 0.0,
            discount: 0.0,
            approval_pending: false,
            requested: 0,
            ride_along: false,
            super_close: false,
            manager_touched: false,
            revealed_until: None,
            from_plan,
            seeded: false,
            opened: self.tick,
            closed: None,
            lost_at: None,
            loss_cause: None,
            key,
        }
    }

    /// Sets the discount a deal reaching Negotiate asks for and is offered.
    /// The ask grows with the rep's habit and buyer pressure and shrinks with value
    /// metrics and differentiation; the offer is capped by the manager's policy
    /// (`approved` overrides the cap for an answered request).
    pub(crate) fn set_discount(&mut self, i: usize, approved: Option<f64>) {
        let m = &self.scenario.market;
        let fx = &self.scenario.effects;
        let d = &self.deals[i];
        let rep = &self.reps[d.rep.0 as usize];
        let mut ask = rep.discount_habit + m.price_pressure + 0.5 * self.market.competitor_cut;
        // Weak negotiators give more away; strong ones hold value.
        ask *= 1.5 - rep.skills.negotiating;
        ask *= 1.0 - fx.metrics_discount_cut * self.metrics_strength().max(0.0);
        ask -= 0.03 * self.market.differentiation;
        let mut s = Stream::keyed(d.key, 0, Purpose::Discount);
        ask = (ask * libm::exp(0.35 * s.normal())).clamp(0.0, 0.4);
        let cap = self.manager.discount_cap;
        let fx_cap_pull = fx.cap_pull;
        let tick = self.tick;
        let d = &mut self.deals[i];
        d.discount_asked = ask;
        match approved {
            Some(a) => {
                d.discount = a.min(ask);
                d.approval_pending = false;
            }
            None => {
                let f = &mut self.reps[d.rep.0 as usize].funnel;
                f.asked_sum += ask;
                f.asks += 1;
                let d = &mut self.deals[i];
                // Room under the cap gets used: reps close with the latitude they have.
                let room = (cap - ask).max(0.0);
                d.discount = ask.min(cap) + fx_cap_pull * room;
                d.approval_pending = ask > cap + 1e-9;
                d.requested = tick;
            }
        }
    }

    /// A higher cap reaches deals already in negotiation: reps re-offer with the new
    /// room ("I can do 20 % if you sign this week"). Offers are never withdrawn.
    pub(crate) fn raise_offers(&mut self, cap: f64) {
        if cap <= self.manager.discount_cap {
            return;
        }
        let pull = self.scenario.effects.cap_pull;
        for d in &mut self.deals {
            if d.stage == Stage::Negotiate && !d.approval_pending {
                let offer = d.discount_asked.min(cap) + pull * (cap - d.discount_asked).max(0.0);
                d.discount = d.discount.max(offer);
            }
        }
    }

    /// Opens the week being planned: completes hires, fires events, sets demands.
    pub(crate) fn open_week(&mut self) {
        self.opening.clear();
        if self.is_finished() {
            return;
        }
        let tick = self.tick;
        for i in 0..self.reps.len() {
            if let Seat::Vacant {
                hire_ready: Some(t),
            } = self.reps[i].seat
                && t <= tick
            {
                self.join(i);
            }
        }
        self.fire_events();
        let persons = self.reps.iter().filter(|r| r.is_person()).count() as f64;
        let org = &self.scenario.org;
        let z = Stream::new(self.seed, entity::ORG, tick, Purpose::OrgDemand).normal();
        let per_rep = (org.demand_hours_per_rep + org.demand_sd * z).max(0.0);
        self.org_demand = persons * (per_rep + self.market.crunch_hours);
    }

    /// A new hire takes a vacant seat.
    fn join(&mut self, i: usize) {
        let h = &self.scenario.hiring;
        let mut s = Stream::new(self.seed, i as u64, self.tick, Purpose::Hiring);
        let mut skills = Skills::uniform(0.0);
        for k in super::Skill::ALL {
            *skills.get_mut(k) = (h.new_hire_skill + 0.08 * s.normal()).clamp(0.05, 0.95);
        }
        let name = if h.names.is_empty() {
            format!("New rep {}", self.hires_made + 1)
        } else {
            h.names[(self.hires_made as usize + i) % h.names.len()].clone()
        };
        self.hires_made += 1;
        let r = &mut self.reps[i];
        r.name = name.as_str().into();
        r.seat = Seat::Filled;
        r.skills = skills;
        r.morale = 0.75;
        r.independence = 0.4;
        r.discount_habit = self.market.buyer_expectation;
        r.tenure_weeks = 0;
        r.plan_until = None;
        r.coached_hours = 0.0;
        r.streak = Default::default();
        self.opening.push(Happening::Joined {
            name,
            seat: RepId(i as u16),
        });
    }

    /// Removes a person from their seat; their open deals are lost.
    pub(crate) fn depart(&mut self, i: usize, fired: bool) -> u32 {
        let tick = self.tick;
        let id = self.reps[i].id;
        let mut lost = 0;
        let mut k = 0;
        while k < self.deals.len() {
            if self.deals[k].rep == id {
                // The rep's leaving is not a loss at the deal's stage in their funnel.
                self.lose_deal(k, super::LossCause::RepLeft, false);
                lost += 1;
            } else {
                k += 1;
            }
        }
        let original = self.is_original(&self.reps[i].name);
        let r = &mut self.reps[i];
        self.departures.push(Departure {
            name: r.name.to_string(),
            seat: id,
            week: tick + 1,
            fired,
            morale: r.morale,
            original,
        });
        r.seat = Seat::Vacant { hire_ready: None };
        r.plan_until = None;
        r.selling_hours = 0.0;
        lost
    }

    /// Closes open deal `i` as lost: the one way a deal is lost. `in_funnel` counts it
    /// at its stage in the rep's funnel (not when the rep left). Returns the closed deal.
    pub(crate) fn lose_deal(
        &mut self,
        i: usize,
        cause: super::LossCause,
        in_funnel: bool,
    ) -> &Deal {
        let mut d = self.deals.swap_remove(i);
        let stage = d.stage;
        if in_funnel && let Some(k) = stage.index() {
            self.reps[d.rep.0 as usize].funnel.lost_at[k] += 1;
        }
        d.lost_at = Some(stage);
        d.stage = Stage::Lost;
        d.closed = Some(self.tick);
        d.loss_cause = Some(cause);
        self.closed.push(d);
        self.closed.last().expect("just pushed")
    }

    /// Fires scheduled, random and injected events for the week being opened.
    fn fire_events(&mut self) {
        let week = self.tick + 1;
        let mut due: Vec<(EventKind, Option<String>)> = Vec::new();
        let mut s = Stream::new(self.seed, entity::ORG, self.tick, Purpose::Events);
        for e in &self.scenario.events {
            let u = s.uniform();
            let fires = match (e.week, e.chance) {
                (Some(w), _) => w == week,
                (None, Some(p)) => u < p,
                (None, None) => false,
            };
            if fires {
                due.push((e.kind.clone(), e.text.clone()));
            }
        }
        for inj in &self.injections {
            if inj.week == week {
                due.push((inj.kind.clone(), inj.text.clone()));
            }
        }
        let skipped = due.len().saturating_sub(MAX_EVENTS_PER_WEEK);
        due.truncate(MAX_EVENTS_PER_WEEK);
        for (kind, text) in due {
            self.apply_event(kind, text);
        }
        if skipped > 0 {
            self.opening.push(Happening::EventsSkipped {
                count: skipped as u32,
                limit: MAX_EVENTS_PER_WEEK as u32,
            });
        }
        self.active_events.retain(|e| e.until > self.tick);
        let m = &mut self.market;
        m.competitor_cut = 0.0;
        m.launch_lift = 0.0;
        m.lead_factor = 1.0;
        m.crunch_hours = 0.0;
        for e in &self.active_events {
            match e.kind {
                EventKind::CompetitorPriceCut { depth, .. } => {
                    m.competitor_cut = m.competitor_cut.max(depth)
                }
                EventKind::ProductLaunch { lift, .. } => m.launch_lift += lift,
                EventKind::EconomicSlowdown { lead_factor, .. } => m.lead_factor *= lead_factor,
                EventKind::ReportingCrunch { hours, .. } => m.crunch_hours += hours,
                _ => {}
            }
        }
        m.lead_factor = m.lead_factor.min(MAX_LEAD_FACTOR);
    }

    fn apply_event(&mut self, kind: EventKind, text: Option<String>) {
        let tick = self.tick;
        let mut person = None;
        let mut turned_away = false;
        match &kind {
            EventKind::RepResigns { rep } => {
                let who = match rep {
                    Some(name) => self
                        .reps
                        .iter()
                        .position(|r| r.is_person() && *r.name == **name),
                    None => self.top_seller(),
                };
                if let Some(i) = who {
                    let name = self.reps[i].name.to_string();
                    let morale = self.reps[i].morale;
                    let deals_lost = self.depart(i, false);
                    self.opening.push(Happening::Event {
                        kind: kind.clone(),
                        text,
                        rep: Some(name.clone()),
                        turned_away: false,
                    });
                    self.opening.push(Happening::Quit {
                        name,
                        morale,
                        deals_lost,
                    });
                }
                return;
            }
            EventKind::BigRfp { value, rep } => {
                // The RFP comes to the team even if the named rep has left: the top
                // seller takes it.
                let who = rep
                    .as_ref()
                    .and_then(|name| {
                        self.reps
                            .iter()
                            .position(|r| r.is_person() && *r.name == **name)
                    })
                    .or_else(|| self.top_seller());
                let room = who.map_or(0, |i| self.deal_room(self.seat_open(i)));
                if let Some(i) = who {
                    person = Some(self.reps[i].name.to_string());
                    if room == 0 {
                        turned_away = true;
                    } else {
                        let mut d = self.new_deal(i, Stage::Qualify);
                        d.value = *value;
                        d.fit = d.fit.max(0.3);
                        self.deals.push(d);
                    }
                }
            }
            EventKind::ProductLaunch { .. } => self.market.news_tick = tick as f64,
            _ => {}
        }
        self.opening.push(Happening::Event {
            kind: kind.clone(),
            text,
            rep: person,
            turned_away,
        });
        if kind.weeks() > 0 {
            self.active_events.push(ActiveEvent {
                until: tick + kind.weeks(),
                kind,
            });
        }
    }

    /// The person with the most revenue so far (best skills on ties).
    fn top_seller(&self) -> Option<usize> {
        self.reps
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_person())
            .max_by(|(_, a), (_, b)| {
                (a.funnel.revenue, a.skills.mean())
                    .partial_cmp(&(b.funnel.revenue, b.skills.mean()))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
            .map(|(i, _)| i)
    }
}

/// Mean skill over some reps (0 when there are none).
pub fn mean_skill<'a>(reps: impl Iterator<Item = &'a Rep>) -> f64 {
    let (sum, n) = reps.fold((0.0, 0), |(s, n), r| (s + r.skills.mean(), n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}
