//! A run: one scenario played from one seed, week by week.

use std::sync::Arc;

use super::actions::range;
use super::limits::{MAX_EVENTS_PER_WEEK, MAX_LEAD_FACTOR};
use super::rng::{EntityKey, Purpose, Stream, entity};
use super::{
    ActiveEvent, Deal, DealId, Departure, Funnel, Happening, Injection, Ledger, ManagerState,
    MarketState, Organisation, Pipeline, Plan, PlanCost, PlanError, Quantity, Rep, RepId, Seat,
    Skills, Stage, StageTable, Team,
};
use crate::sim::scenario::{EventKind, Scenario, Text};

/// The whole state of one run. A pure function of scenario, seed and decisions.
///
/// Made of owned parts, each readable through an accessor and changed only by the
/// week's phases ([`Run::step`]) and the run's own methods, so no screen or report
/// can change the model.
#[derive(Clone, Debug)]
pub struct Run {
    pub(super) scenario: Arc<Scenario>,
    pub(super) seed: u64,
    /// Weeks resolved so far; the week being planned is `tick + 1`.
    pub(super) tick: u32,
    /// Weeks after which the run is finished: the scenario's, or the projection's.
    pub(super) horizon: u32,
    /// The scenario's stage constants, laid out for the weekly loop.
    pub(super) stages: StageTable,
    pub(super) team: Team,
    pub(super) pipeline: Pipeline,
    pub(super) market: MarketState,
    pub(super) manager: ManagerState,
    pub(super) org: Organisation,
    pub(super) ledger: Ledger,
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
            // Names never change an outcome: the reader's words, like every text.
            name: crate::t!("rep-own-book").into(),
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
            team: Team {
                reps,
                departures: Vec::new(),
                original: sc.team.iter().map(|r| r.name.clone()).collect(),
                start_capability,
                start_selling: 0.0,
                hires_made: 0,
            },
            pipeline: Pipeline {
                open: Vec::with_capacity(open),
                closed: Vec::with_capacity(closed),
                closed_elsewhere: 0,
            },
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
            org: Organisation::default(),
            ledger: Ledger {
                history: Vec::with_capacity(weeks),
                plans: Vec::with_capacity(weeks),
                ..Ledger::default()
            },
            scenario,
            seed,
            tick: 0,
            horizon,
            stages,
        };
        run.team.start_selling = run.selling_capability();
        run.seed_pipelines();
        run.open_week();
        run
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Weeks resolved so far; the week being planned is `tick + 1`.
    pub fn tick(&self) -> u32 {
        self.tick
    }

    pub fn team(&self) -> &Team {
        &self.team
    }

    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    pub fn market(&self) -> &MarketState {
        &self.market
    }

    pub fn manager(&self) -> &ManagerState {
        &self.manager
    }

    pub fn org(&self) -> &Organisation {
        &self.org
    }

    pub fn ledger(&self) -> &Ledger {
        &self.ledger
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
        self.seat_quota_per_week() * week as f64 * self.team.seats().count() as f64
    }

    /// One seat's quota per week.
    pub fn seat_quota_per_week(&self) -> f64 {
        self.scenario.quota_per_rep_per_quarter / 13.0
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
        let wanted = absorb.clamp(0.0, 1.0) * self.org.demand_hours * self.scenario.org.absorb_cost;
        wanted.min(self.scenario.manager.free_hours())
    }

    /// Share of the demands actually absorbed (less than asked when the week is full).
    pub fn absorbed_share(&self, absorb: f64) -> f64 {
        let full = self.org.demand_hours * self.scenario.org.absorb_cost;
        if full <= 0.0 {
            absorb.clamp(0.0, 1.0)
        } else {
            self.absorbed_hours(absorb) / full
        }
    }

    /// Selling hours each rep loses to the demands the manager passes on.
    pub fn passed_on_hours(&self, absorb: f64) -> f64 {
        let persons = self
            .team
            .reps
            .iter()
            .filter(|r| r.is_person())
            .count()
            .max(1) as f64;
        (1.0 - self.absorbed_share(absorb)) * self.org.demand_hours / persons
            * self.scenario.org.pass_on_cost
    }

    /// Checks a plan against this week's state; returns what it costs.
    pub fn validate_plan(&self, plan: &Plan) -> Result<PlanCost, PlanError> {
        if self.is_finished() {
            return Err(PlanError::Finished);
        }
        range(Quantity::Absorb, plan.absorb, 0.0, 1.0)?;
        if let Some(cap) = plan.discount_cap {
            range(Quantity::DiscountCap, cap, 0.0, 0.5)?;
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

    /// Queues a facilitator event for a later week (recorded for replays).
    pub fn inject(&mut self, week: u32, kind: EventKind, text: Option<Text>) {
        self.org.injections.push(Injection {
            week,
            kind,
            text,
            card: None,
        });
    }

    /// Adds the events another run recorded (a run file, a team's game), deck cards
    /// and all, so a replayed game still knows which cards it has played.
    pub fn inject_recorded(&mut self, recorded: &[Injection]) {
        self.org.injections.extend_from_slice(recorded);
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
        let before: Vec<f64> = self.team.reps.iter().map(|r| r.selling_hours).collect();
        for r in 0..self.team.reps.len() {
            if !self.team.reps[r].is_person() {
                continue;
            }
            self.team.reps[r].selling_hours = selling;
            // Expected deals in stage = arrivals reaching it × expected weeks there,
            // using this seat's own odds so the pipeline matches its steady state.
            let odds = self.seat_odds(&self.team.reps[r], 0);
            let lambda = self.lead_rate(&self.team.reps[r]);
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
                    self.pipeline.open.push(d);
                }
                reach *= super::odds::conversion(self.stages.logit[i], odds.shift[i].total() + fit);
            }
        }
        // Discounts of deals already at Negotiate follow the same rule as later ones. A
        // discount above what buyers expect speeds a deal out of Negotiate, so fewer sit
        // there at any time: each is kept with the inverse of its speed-up.
        let pace = self.scenario.effects.discount_pace;
        let mut i = 0;
        while i < self.pipeline.open.len() {
            if self.pipeline.open[i].stage != Stage::Negotiate {
                i += 1;
                continue;
            }
            self.set_discount(i, None);
            let d = &mut self.pipeline.open[i];
            d.approval_pending = false;
            let above = (d.discount - self.market.buyer_expectation).max(0.0);
            let keep = 1.0 / (1.0 + pace * 10.0 * above);
            let u = Stream::keyed(d.key, 0, Purpose::InitialPipeline).uniform();
            if u < keep {
                i += 1;
            } else {
                self.pipeline.open.remove(i);
            }
        }
        for (r, h) in self.team.reps.iter_mut().zip(before) {
            r.selling_hours = h;
        }
    }

    /// How many more deals a seat that has `seat_open` open deals may take on: the
    /// room left under every limit of [`super::limits`].
    pub(super) fn deal_room(&self, seat_open: usize) -> usize {
        use super::limits::{MAX_DEALS, MAX_OPEN_DEALS, MAX_OPEN_DEALS_PER_REP};
        let open = self.pipeline.open.len();
        (MAX_OPEN_DEALS_PER_REP.saturating_sub(seat_open))
            .min(MAX_OPEN_DEALS.saturating_sub(open))
            .min(MAX_DEALS.saturating_sub(open + self.pipeline.closed_count()))
    }

    /// Open deals of one seat.
    pub(super) fn seat_open(&self, seat: usize) -> usize {
        self.pipeline
            .open
            .iter()
            .filter(|d| d.rep.0 as usize == seat)
            .count()
    }

    /// Leads per week a seat can expect now.
    pub(super) fn lead_rate(&self, rep: &Rep) -> f64 {
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
    pub(super) fn new_deal(&mut self, seat: usize, stage: Stage) -> Deal {
        let rep = &mut self.team.reps[seat];
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
    pub(super) fn set_discount(&mut self, i: usize, approved: Option<f64>) {
        let m = &self.scenario.market;
        let fx = &self.scenario.effects;
        let d = &self.pipeline.open[i];
        let rep = &self.team.reps[d.rep.0 as usize];
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
        let d = &mut self.pipeline.open[i];
        d.discount_asked = ask;
        match approved {
            Some(a) => {
                d.discount = a.min(ask);
                d.approval_pending = false;
            }
            None => {
                let f = &mut self.team.reps[d.rep.0 as usize].funnel;
                f.asked_sum += ask;
                f.asks += 1;
                let d = &mut self.pipeline.open[i];
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
    pub(super) fn raise_offers(&mut self, cap: f64) {
        if cap <= self.manager.discount_cap {
            return;
        }
        let pull = self.scenario.effects.cap_pull;
        for d in &mut self.pipeline.open {
            if d.stage == Stage::Negotiate && !d.approval_pending {
                let offer = d.discount_asked.min(cap) + pull * (cap - d.discount_asked).max(0.0);
                d.discount = d.discount.max(offer);
            }
        }
    }

    /// Opens the week being planned: completes hires, fires events, sets demands.
    pub(super) fn open_week(&mut self) {
        self.ledger.opening.clear();
        if self.is_finished() {
            return;
        }
        let tick = self.tick;
        for i in 0..self.team.reps.len() {
            if let Seat::Vacant {
                hire_ready: Some(t),
            } = self.team.reps[i].seat
                && t <= tick
            {
                self.join(i);
            }
        }
        self.fire_events();
        let persons = self.team.reps.iter().filter(|r| r.is_person()).count() as f64;
        let org = &self.scenario.org;
        let z = Stream::new(self.seed, entity::ORG, tick, Purpose::OrgDemand).normal();
        let per_rep = (org.demand_hours_per_rep + org.demand_sd * z).max(0.0);
        self.org.demand_hours = persons * (per_rep + self.market.crunch_hours);
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
            crate::t!("rep-new-hire", n = self.team.hires_made + 1)
        } else {
            h.names[(self.team.hires_made as usize + i) % h.names.len()].clone()
        };
        self.team.hires_made += 1;
        let r = &mut self.team.reps[i];
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
        self.ledger.opening.push(Happening::Joined {
            name,
            seat: RepId(i as u16),
        });
    }

    /// Removes a person from their seat; their open deals are lost.
    pub(super) fn depart(&mut self, i: usize, fired: bool) -> u32 {
        let tick = self.tick;
        let id = self.team.reps[i].id;
        let mut lost = 0;
        let mut k = 0;
        while k < self.pipeline.open.len() {
            if self.pipeline.open[k].rep == id {
                // The rep's leaving is not a loss at the deal's stage in their funnel.
                self.lose_deal(k, super::LossCause::RepLeft, false);
                lost += 1;
            } else {
                k += 1;
            }
        }
        let original = self.team.is_original(&self.team.reps[i].name);
        let r = &mut self.team.reps[i];
        self.team.departures.push(Departure {
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
    pub(super) fn lose_deal(
        &mut self,
        i: usize,
        cause: super::LossCause,
        in_funnel: bool,
    ) -> &Deal {
        let mut d = self.pipeline.open.swap_remove(i);
        let stage = d.stage;
        if in_funnel && let Some(k) = stage.index() {
            self.team.reps[d.rep.0 as usize].funnel.lost_at[k] += 1;
        }
        d.lost_at = Some(stage);
        d.stage = Stage::Lost;
        d.closed = Some(self.tick);
        d.loss_cause = Some(cause);
        self.pipeline.closed.push(d);
        self.pipeline.closed.last().expect("just pushed")
    }

    /// Fires scheduled, random and injected events for the week being opened.
    fn fire_events(&mut self) {
        let week = self.tick + 1;
        let mut due: Vec<(EventKind, Option<Text>)> = Vec::new();
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
        for inj in &self.org.injections {
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
            self.ledger.opening.push(Happening::EventsSkipped {
                count: skipped as u32,
                limit: MAX_EVENTS_PER_WEEK as u32,
            });
        }
        self.org.events.retain(|e| e.until > self.tick);
        let m = &mut self.market;
        m.competitor_cut = 0.0;
        m.launch_lift = 0.0;
        m.lead_factor = 1.0;
        m.crunch_hours = 0.0;
        for e in &self.org.events {
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

    fn apply_event(&mut self, kind: EventKind, text: Option<Text>) {
        let tick = self.tick;
        let mut person = None;
        let mut turned_away = false;
        match &kind {
            EventKind::RepResigns { rep } => {
                let who = match rep {
                    Some(name) => self
                        .team
                        .reps
                        .iter()
                        .position(|r| r.is_person() && *r.name == **name),
                    None => self.top_seller(),
                };
                if let Some(i) = who {
                    let name = self.team.reps[i].name.to_string();
                    let morale = self.team.reps[i].morale;
                    let deals_lost = self.depart(i, false);
                    self.ledger.opening.push(Happening::Event {
                        kind: kind.clone(),
                        text,
                        rep: Some(name.clone()),
                        turned_away: false,
                    });
                    self.ledger.opening.push(Happening::Quit {
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
                        self.team
                            .reps
                            .iter()
                            .position(|r| r.is_person() && *r.name == **name)
                    })
                    .or_else(|| self.top_seller());
                let room = who.map_or(0, |i| self.deal_room(self.seat_open(i)));
                if let Some(i) = who {
                    person = Some(self.team.reps[i].name.to_string());
                    if room == 0 {
                        turned_away = true;
                    } else {
                        let mut d = self.new_deal(i, Stage::Qualify);
                        d.value = *value;
                        d.fit = d.fit.max(0.3);
                        self.pipeline.open.push(d);
                    }
                }
            }
            EventKind::ProductLaunch { .. } => self.market.news_tick = tick as f64,
            _ => {}
        }
        self.ledger.opening.push(Happening::Event {
            kind: kind.clone(),
            text,
            rep: person,
            turned_away,
        });
        if kind.weeks() > 0 {
            self.org.events.push(ActiveEvent {
                until: tick + kind.weeks(),
                kind,
            });
        }
    }

    /// The person with the most revenue so far (best skills on ties).
    fn top_seller(&self) -> Option<usize> {
        self.team
            .reps
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
