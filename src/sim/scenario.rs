//! The scenario the model runs on (the RON schema). Every optional field has a default; `scenarios/README.md`
//! documents each field's meaning, unit, default and allowed range.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Skill, Skills, Stage};
use crate::i18n::Lang;

/// Words a reader sees, written once for every language (`"Quarter one"`) or once per
/// language (`{"en": "Quarter one", "de": "Quartal eins"}`). The model never reads
/// them; the screens, reports and exports show [`Text::get`] of their language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// One text for every language.
    Plain(String),
    /// A text per language code (`en`, `de`).
    ByLang(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else in English, else the first one written.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::ByLang(m) => m
                .get(lang.code())
                .or_else(|| m.get(Lang::En.code()))
                .or_else(|| m.values().next())
                .map_or("", String::as_str),
        }
    }

    /// The text in the current language, as a `String`'s `as_str` gave it.
    pub fn as_str(&self) -> &str {
        self
    }

    /// Every text written, in every language (for length and emptiness checks).
    pub fn all(&self) -> Vec<&str> {
        match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::ByLang(m) => m.values().map(String::as_str).collect(),
        }
    }

    /// The language codes written, `None` for one text for every language.
    pub fn languages(&self) -> Option<Vec<&str>> {
        match self {
            Text::Plain(_) => None,
            Text::ByLang(m) => Some(m.keys().map(String::as_str).collect()),
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_string())
    }
}

/// The text in the current language, for APIs that take `impl Into<String>`.
impl From<&Text> for String {
    fn from(t: &Text) -> String {
        t.to_string()
    }
}

/// The text in the current language, as a message argument (`title = s.title.clone()`).
impl From<Text> for crate::i18n::FluentValue<'static> {
    fn from(t: Text) -> Self {
        crate::i18n::FluentValue::from(t.to_string())
    }
}

/// The text in the current language ([`crate::i18n::lang`]).
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.get(crate::i18n::lang())
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

/// What a text field wants, in the reader's language; the loader knows a type error
/// about a text by it and explains it in the reader's words.
pub fn text_expected() -> String {
    crate::t!("load-expected-text")
}

/// A plain text is written as a plain string, exactly as before texts had languages,
/// so run files and content hashes of one-language scenarios do not change.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(s) => ser.serialize_str(s),
            Text::ByLang(m) => m.serialize(ser),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&text_expected())
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    if out.contains_key(&lang) {
                        return Err(serde::de::Error::custom(crate::t!(
                            "load-language-twice",
                            lang = lang
                        )));
                    }
                    out.insert(lang, text);
                }
                Ok(Text::ByLang(out))
            }
        }
        de.deserialize_any(V)
    }
}

/// A complete scenario: the team, market, company and organisation a manager inherits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short stable identifier (`first-90-days`); run files refer to it.
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub lesson: Option<Lesson>,
    #[serde(default)]
    pub difficulty: Difficulty,
    /// The story a manager reads before play.
    #[serde(default)]
    pub briefing: Text,
    #[serde(default)]
    pub objectives: Vec<Text>,
    /// Length in weeks.
    pub weeks: u32,
    /// Revenue each seat is expected to bring per 13-week quarter.
    pub quota_per_rep_per_quarter: f64,
    pub team: Vec<RepSpec>,
    #[serde(default)]
    pub manager: ManagerSpec,
    #[serde(default)]
    pub market: Market,
    #[serde(default)]
    pub pipeline: PipelineSpec,
    #[serde(default)]
    pub company: Company,
    #[serde(default)]
    pub org: Org,
    #[serde(default)]
    pub hiring: Hiring,
    #[serde(default)]
    pub effects: Effects,
    #[serde(default)]
    pub costs: Costs,
    #[serde(default)]
    pub events: Vec<EventSpec>,
    #[serde(default)]
    pub weights: Weights,
    /// Contextual hints for guided play (shown by the game).
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Overall score (0-100) a finished run needs to pass, for learning records
    /// (`passed`/`failed`). None: runs are recorded as completed only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<f64>,
}

/// Which of the five lessons a scenario teaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lesson {
    L1,
    L2,
    L3,
    L4,
    L5,
}

impl Lesson {
    /// The lesson's name in the current language.
    pub fn title(self) -> String {
        crate::t!(match self {
            Lesson::L1 => "lang-lesson-l1",
            Lesson::L2 => "lang-lesson-l2",
            Lesson::L3 => "lang-lesson-l3",
            Lesson::L4 => "lang-lesson-l4",
            Lesson::L5 => "lang-lesson-l5",
        })
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

/// One rep on the starting team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepSpec {
    pub name: String,
    pub skills: Skills,
    #[serde(default = "d::morale")]
    pub morale: f64,
    #[serde(default = "d::independence")]
    pub independence: f64,
    /// Discount (fraction of list price) the rep habitually offers.
    #[serde(default = "d::discount_habit")]
    pub discount_habit: f64,
    #[serde(default = "d::tenure")]
    pub tenure_weeks: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ManagerSpec {
    pub hours_per_week: f64,
    /// Hours of the week already spoken for before any plan: the forecast call, the VP's
    /// staff meeting, recruiting, email. The plan gets what is left.
    pub standing_hours: f64,
    /// How well the manager coaches, 0..1 (multiplies every coaching gain).
    pub coaching_quality: f64,
    /// Executive goodwill at the start (spent on asks).
    pub goodwill: f64,
    pub goodwill_per_week: f64,
    pub goodwill_max: f64,
    /// The manager's own selling skill, used for a personal book.
    pub selling_skill: f64,
    /// Discount a rep may give without approval at the start.
    pub discount_cap: f64,
}

impl ManagerSpec {
    /// Hours a week the manager's plan and absorbed demands can use.
    pub fn free_hours(&self) -> f64 {
        (self.hours_per_week - self.standing_hours).max(0.0)
    }
}

impl Default for ManagerSpec {
    fn default() -> Self {
        ManagerSpec {
            hours_per_week: 45.0,
            standing_hours: 10.0,
            coaching_quality: 0.7,
            goodwill: 3.0,
            goodwill_per_week: 0.25,
            goodwill_max: 5.0,
            selling_skill: 0.75,
            discount_cap: 0.10,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Market {
    /// Leads per rep per week at full selling time and prospecting skill 0.5.
    pub lead_rate: f64,
    /// Median deal value (currency units).
    pub deal_median: f64,
    /// Log-normal shape of deal values.
    pub deal_sigma: f64,
    /// Cost of delivery as a fraction of list price.
    pub cost_ratio: f64,
    /// Discount buyers push for on top of a rep's habit.
    pub price_pressure: f64,
    /// Discount buyers expect at the start (the market norm).
    pub buyer_expectation: f64,
    /// How much competitors contest deals, 0..1.
    pub competitor_intensity: f64,
    /// Account names for deals.
    pub accounts: Vec<Text>,
}

impl Default for Market {
    fn default() -> Self {
        Market {
            lead_rate: 3.0,
            deal_median: 30_000.0,
            deal_sigma: 0.9,
            cost_ratio: 0.65,
            price_pressure: 0.04,
            buyer_expectation: 0.05,
            competitor_intensity: 0.3,
            accounts: d::accounts(),
        }
    }
}

/// A value per open stage.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerStage {
    pub prospect: f64,
    pub qualify: f64,
    pub discover: f64,
    pub propose: f64,
    pub negotiate: f64,
}

impl PerStage {
    pub fn get(&self, s: Stage) -> f64 {
        match s {
            Stage::Prospect => self.prospect,
            Stage::Qualify => self.qualify,
            Stage::Discover => self.discover,
            Stage::Propose => self.propose,
            Stage::Negotiate => self.negotiate,
            _ => 0.0,
        }
    }
    pub fn to_array(&self) -> [f64; 5] {
        [
            self.prospect,
            self.qualify,
            self.discover,
            self.propose,
            self.negotiate,
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineSpec {
    /// Probability a deal leaving the stage advances (else it is lost).
    pub conversion: PerStage,
    /// Mean weeks a deal spends in the stage.
    pub mean_weeks: PerStage,
    /// Which skills drive each stage's conversion, with weights.
    pub stage_skills: BTreeMap<Stage, BTreeMap<Skill, f64>>,
    /// Open deals a rep can work before every deal slows down.
    pub rep_capacity: u32,
}

impl Default for PipelineSpec {
    fn default() -> Self {
        let mut m = BTreeMap::new();
        let w = |pairs: &[(Skill, f64)]| pairs.iter().copied().collect::<BTreeMap<_, _>>();
        m.insert(Stage::Prospect, w(&[(Skill::Qualifying, 1.0)]));
        m.insert(
            Stage::Qualify,
            w(&[(Skill::Qualifying, 0.6), (Skill::Discovery, 0.4)]),
        );
        m.insert(
            Stage::Discover,
            w(&[(Skill::Presenting, 0.7), (Skill::Discovery, 0.3)]),
        );
        m.insert(
            Stage::Propose,
            w(&[(Skill::Discovery, 0.7), (Skill::Presenting, 0.3)]),
        );
        m.insert(
            Stage::Negotiate,
            w(&[
                (Skill::Closing, 0.5),
                (Skill::Negotiating, 0.3),
                (Skill::Discovery, 0.2),
            ]),
        );
        PipelineSpec {
            conversion: PerStage {
                prospect: 0.30,
                qualify: 0.65,
                discover: 0.70,
                propose: 0.65,
                negotiate: 0.75,
            },
            mean_weeks: PerStage {
                prospect: 1.0,
                qualify: 1.5,
                discover: 2.5,
                propose: 2.5,
                negotiate: 2.0,
            },
            stage_skills: m,
            rep_capacity: 30,
        }
    }
}

/// The company's real performance, which value metrics put in front of buyers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Company {
    /// Share of orders delivered right first time.
    pub order_accuracy: f64,
    /// Hours to answer a customer issue.
    pub response_hours: f64,
    /// Share of orders returned.
    pub return_rate: f64,
    /// Weeks a value-metrics pack stays current before it goes stale.
    pub metrics_shelf_life_weeks: u32,
    /// Weeks "what's new" news stays fresh.
    pub news_shelf_life_weeks: u32,
    /// Weeks a two-year outlook keeps helping after it is shared.
    pub outlook_weeks: u32,
    /// Weeks since there was news at the start.
    pub news_age_weeks: u32,
    /// Accountability without responsibility, 0..1: pressure from above that wears morale.
    pub blame: f64,
}

impl Default for Company {
    fn default() -> Self {
        Company {
            order_accuracy: 0.97,
            response_hours: 8.0,
            return_rate: 0.03,
            metrics_shelf_life_weeks: 12,
            news_shelf_life_weeks: 10,
            outlook_weeks: 26,
            news_age_weeks: 4,
            blame: 0.0,
        }
    }
}

impl Company {
    /// How convincing the company's real numbers are, 0..1.
    pub fn metrics_quality(&self) -> f64 {
        let acc = ((self.order_accuracy - 0.90) / 0.09).clamp(0.0, 1.0);
        let resp = ((48.0 - self.response_hours) / 44.0).clamp(0.0, 1.0);
        let ret = ((0.10 - self.return_rate) / 0.09).clamp(0.0, 1.0);
        (acc + resp + ret) / 3.0
    }
}

/// Demands the wider organisation puts on the team each week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Org {
    /// A rep's selling hours in a normal week.
    pub rep_selling_hours: f64,
    /// Mean hours of reports, meetings and requests per rep per week.
    pub demand_hours_per_rep: f64,
    /// Week-to-week spread of that figure.
    pub demand_sd: f64,
    /// Hours the manager spends per demand hour absorbed (batching makes it < 1).
    pub absorb_cost: f64,
    /// Hours a rep loses per demand hour passed on (context switching makes it > 1).
    pub pass_on_cost: f64,
}

impl Default for Org {
    fn default() -> Self {
        Org {
            rep_selling_hours: 30.0,
            demand_hours_per_rep: 4.0,
            demand_sd: 0.5,
            absorb_cost: 0.8,
            pass_on_cost: 1.5,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Hiring {
    pub vacancy_weeks_min: u32,
    pub vacancy_weeks_max: u32,
    /// Weeks until a new hire is fully productive.
    pub ramp_weeks: u32,
    /// Productivity of a new hire in their first week, 0..1.
    pub ramp_start: f64,
    /// Mean skill of a new hire.
    pub new_hire_skill: f64,
    pub names: Vec<String>,
}

impl Default for Hiring {
    fn default() -> Self {
        Hiring {
            vacancy_weeks_min: 8,
            vacancy_weeks_max: 16,
            ramp_weeks: 26,
            ramp_start: 0.3,
            new_hire_skill: 0.42,
            names: d::hire_names(),
        }
    }
}

/// Effect sizes. Log-odds shifts are added to logit(conversion); rates are per week.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Effects {
    /// Log-odds per unit of (skill − 0.5), weighted by `pipeline.stage_skills`.
    pub skill: f64,
    /// Extra log-odds lost per unit a weighted skill sits below 0.35 (a glaring gap).
    pub skill_gap: f64,
    /// Log-odds per unit of (morale − 0.65).
    pub morale: f64,
    /// Log-odds per unit of (independence − 0.6) at Negotiate.
    pub independence: f64,
    /// Log-odds of fresh metrics from a company with perfect numbers, at Propose and Negotiate.
    pub metrics: f64,
    /// Share of a buyer's discount ask that fresh, convincing metrics remove.
    pub metrics_discount_cut: f64,
    /// Log-odds of full differentiation against full competition (Propose, Negotiate).
    pub differentiation: f64,
    /// Differentiation gained per workshop.
    pub workshop_gain: f64,
    /// Differentiation lost per week.
    pub differentiation_decay: f64,
    /// Log-odds per unit of discount above what buyers expect, at Negotiate.
    pub discount: f64,
    /// Log-odds of a deal's hidden fit, per unit of fit.
    pub health: f64,
    pub ride_along: f64,
    pub super_close: f64,
    /// Log-odds lost per mean-stage-length a deal sits beyond twice the mean.
    pub stale: f64,
    /// Log-odds lost at Propose and Negotiate per unit of competition when news is stale.
    pub stale_news: f64,
    /// Deal value uplift for deals proposed with a two-year outlook.
    pub outlook_value: f64,
    pub outlook_logit: f64,
    /// Log-odds per unit of competitor price cut at Negotiate.
    pub competitor_cut: f64,
    /// Coaching: skill gain per week at full response for a mid-skill rep.
    pub coach_rate: f64,
    /// Rep selling hours each coaching hour takes (much coaching happens on live deals).
    pub coach_rep_time: f64,
    /// Width of the receptiveness peak around a mid-skill rep (mean skill 0.5): CEB found
    /// coaching lifts the middle 60 % of a team, little for stars and strugglers.
    pub coach_receptive_width: f64,
    /// Hours of coaching that give 63 % of the full response.
    pub coach_half_hours: f64,
    /// Consecutive coaching weeks on one skill at which its focus reaches 63 % of full.
    pub coach_focus_weeks: f64,
    /// Skill gained by the rep per ride-along.
    pub ride_along_learning: f64,
    /// Skill lost per week without practice (towards 0.1).
    pub skill_decay: f64,
    /// Skill gained per deal the rep moves through a stage alone.
    pub practice: f64,
    pub super_close_independence: f64,
    pub super_close_morale: f64,
    pub ride_along_independence: f64,
    pub win_independence: f64,
    pub coaching_morale: f64,
    pub recognition_morale: f64,
    pub win_morale: f64,
    pub morale_baseline: f64,
    pub morale_reversion: f64,
    /// Morale lost per week per hour of organisational demands passed on.
    pub passed_on_morale: f64,
    /// Morale lost per week per unit of blame.
    pub blame_morale: f64,
    /// Weekly quit hazard at baseline morale.
    pub quit_base: f64,
    /// How steeply quitting rises as morale falls below 0.6.
    pub quit_steepness: f64,
    /// How much a rep's discount habit moves towards their own last discount.
    pub habit_self: f64,
    /// How much it moves towards what the manager approves.
    pub habit_leader: f64,
    /// How fast buyers' expected discount follows the discounts they get.
    pub buyer_learning: f64,
    /// Lead-rate uplift with a prospecting plan.
    pub plan_lead_boost: f64,
    /// Mean fit of leads from a targeted plan.
    pub plan_fit: f64,
    /// Mean fit of "phone book" leads without a plan.
    pub phone_book_fit: f64,
    pub plan_weeks: u32,
    /// Log-odds per unit of skill above 0.5, as a share of `skill`: a funnel breaks at
    /// its weakest link, so polishing a strength pays less than fixing a gap.
    pub skill_above_mid: f64,
    /// Share of the room under the discount cap a rep uses to close: reps use the
    /// latitude the policy gives them (Alavi et al. 2018).
    pub cap_pull: f64,
    /// Ceiling of reps' discount habit and of buyers' expected discount: the ratchet
    /// stops where buyers would walk to a cheaper supplier anyway.
    pub discount_ceiling: f64,
    /// How much faster Negotiate closes per 10 points of discount above what buyers
    /// expect: a discount pulls the signature forward.
    pub discount_pace: f64,
    /// Rep skill at a stage (weighted) at which enablement gives its full lift; a rep
    /// below it uses metrics, stories and outlooks only in proportion (from 0.35 up).
    pub enablement_skill: f64,
    /// Weeks a new value-metrics pack takes to reach every rep's conversations.
    pub metrics_rollout_weeks: u32,
    /// Fraction of Negotiate hazard kept by a rep with zero independence.
    pub dependent_speed: f64,
    /// Weeks a pipeline review keeps deal health visible.
    pub review_weeks: u32,
    /// Optimism of rep-reported deal health (log-odds) where unreviewed.
    pub rep_optimism: f64,
}

impl Default for Effects {
    fn default() -> Self {
        Effects {
            skill: 3.0,
            skill_gap: 2.5,
            morale: 0.8,
            independence: 1.5,
            metrics: 0.25,
            metrics_discount_cut: 0.6,
            differentiation: 0.8,
            workshop_gain: 0.25,
            differentiation_decay: 0.02,
            discount: 7.0,
            health: 0.5,
            ride_along: 0.6,
            super_close: 1.3,
            stale: 0.4,
            stale_news: 0.5,
            outlook_value: 0.04,
            outlook_logit: 0.05,
            competitor_cut: 5.0,
            coach_rate: 0.24,
            coach_half_hours: 8.0,
            coach_focus_weeks: 2.0,
            coach_receptive_width: 0.1,
            coach_rep_time: 0.3,
            ride_along_learning: 0.01,
            skill_decay: 0.002,
            practice: 0.002,
            super_close_independence: 0.08,
            super_close_morale: 0.04,
            ride_along_independence: 0.01,
            win_independence: 0.03,
            coaching_morale: 0.003,
            recognition_morale: 0.05,
            win_morale: 0.008,
            morale_baseline: 0.65,
            morale_reversion: 0.05,
            passed_on_morale: 0.002,
            blame_morale: 0.05,
            quit_base: 0.005,
            quit_steepness: 4.0,
            habit_self: 0.3,
            habit_leader: 0.2,
            buyer_learning: 0.05,
            plan_lead_boost: 0.06,
            plan_fit: 0.04,
            phone_book_fit: 0.0,
            plan_weeks: 8,
            skill_above_mid: 0.15,
            cap_pull: 0.6,
            discount_ceiling: 0.3,
            metrics_rollout_weeks: 3,
            discount_pace: 1.0,
            enablement_skill: 0.7,
            dependent_speed: 0.3,
            review_weeks: 4,
            rep_optimism: 0.6,
        }
    }
}

/// Hours (and goodwill) each manager action costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Costs {
    pub ride_along: f64,
    pub super_close: f64,
    pub pipeline_review: f64,
    pub metrics_pack: f64,
    pub workshop: f64,
    pub prospecting_plan: f64,
    pub recognition: f64,
    pub hire: f64,
    pub fire: f64,
    pub ask_outlook: f64,
    pub ask_news: f64,
    pub approval: f64,
    pub outlook_goodwill: f64,
    pub news_goodwill: f64,
    /// Longest single coaching session in hours.
    pub coach_max_hours: f64,
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            ride_along: 3.0,
            super_close: 5.0,
            pipeline_review: 1.5,
            metrics_pack: 12.0,
            workshop: 8.0,
            prospecting_plan: 4.0,
            recognition: 0.5,
            hire: 6.0,
            fire: 3.0,
            ask_outlook: 4.0,
            ask_news: 1.0,
            approval: 0.25,
            outlook_goodwill: 2.0,
            news_goodwill: 1.0,
            coach_max_hours: 8.0,
        }
    }
}

/// A scheduled or random event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    /// Fires at the start of this week (1-based), if set.
    #[serde(default)]
    pub week: Option<u32>,
    /// Otherwise fires each week with this probability.
    #[serde(default)]
    pub chance: Option<f64>,
    pub kind: EventKind,
    /// Headline shown to the manager; a default is written from the kind.
    #[serde(default)]
    pub text: Option<Text>,
}

/// What an event does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    /// A competitor cuts prices by `depth` for `weeks`.
    CompetitorPriceCut { depth: f64, weeks: u32 },
    /// A rep resigns (by name; the top seller if none is given).
    RepResigns { rep: Option<String> },
    /// A new product gives the team news and a lift for `weeks`.
    ProductLaunch { lift: f64, weeks: u32 },
    /// Extra organisational demand hours per rep for `weeks`.
    ReportingCrunch { hours: f64, weeks: u32 },
    /// Lead rates multiplied by `lead_factor` for `weeks`.
    EconomicSlowdown { lead_factor: f64, weeks: u32 },
    /// A big account issues an RFP: one deal of `value` enters Qualify.
    BigRfp { value: f64, rep: Option<String> },
}

impl EventKind {
    /// The kind's name in the current language.
    pub fn name(&self) -> String {
        crate::t!(match self {
            EventKind::CompetitorPriceCut { .. } => "lang-event-competitor-price-cut",
            EventKind::RepResigns { .. } => "lang-event-rep-resigns",
            EventKind::ProductLaunch { .. } => "lang-event-product-launch",
            EventKind::ReportingCrunch { .. } => "lang-event-reporting-crunch",
            EventKind::EconomicSlowdown { .. } => "lang-event-economic-slowdown",
            EventKind::BigRfp { .. } => "lang-event-big-rfp",
        })
    }

    /// Weeks the effect lasts (0 for one-off events).
    pub fn weeks(&self) -> u32 {
        match self {
            EventKind::CompetitorPriceCut { weeks, .. }
            | EventKind::ProductLaunch { weeks, .. }
            | EventKind::ReportingCrunch { weeks, .. }
            | EventKind::EconomicSlowdown { weeks, .. } => *weeks,
            EventKind::RepResigns { .. } | EventKind::BigRfp { .. } => 0,
        }
    }
}

/// How a scenario weights the scores (relative; need not sum to 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    pub revenue: f64,
    pub margin: f64,
    pub capability: f64,
    pub retention: f64,
    pub independence: f64,
    pub forecast: f64,
    /// The next two quarters the team sells under a neutral manager.
    pub projection: f64,
    /// No longer scored (hours are an input, not an outcome); accepted so older
    /// scenarios still load, with a warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<f64>,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            revenue: 3.0,
            margin: 2.0,
            capability: 2.0,
            retention: 1.0,
            independence: 1.0,
            forecast: 1.0,
            projection: 3.0,
            time: None,
        }
    }
}

/// A hint the game shows in guided play when its trigger first happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub trigger: HintTrigger,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HintTrigger {
    /// The first planning screen.
    FirstPlan,
    /// The first week a deal goes stale.
    FirstStalledDeal,
    /// The first discount request above the cap.
    FirstDiscountRequest,
    /// The first week report.
    FirstReport,
    /// The first time the plan is over budget.
    OverBudget,
    /// The first rep with morale below 0.4.
    LowMorale,
    /// A given week's planning screen.
    Week(u32),
}

/// Defaults that are data, not logic.
mod d {
    pub fn morale() -> f64 {
        0.7
    }
    pub fn independence() -> f64 {
        0.6
    }
    pub fn discount_habit() -> f64 {
        0.05
    }
    pub fn tenure() -> u32 {
        104
    }
    pub fn accounts() -> Vec<super::Text> {
        crate::sim::names::names().accounts.clone()
    }
    pub fn hire_names() -> Vec<String> {
        crate::sim::names::names().hires.clone()
    }
}
