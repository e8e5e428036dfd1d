//! Week planning: the team board, a rep's funnel against the benchmark, a sortable
//! deal table, the organisation's demands, and the action planner with its hour budget.
//! The pipeline board (Bevy 2D) shows through the space the panels leave.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, ACCENT, BAD, GOOD, MUTED, ScreenUi, WARN, pct};
use crate::game::board::BoardArea;
use crate::game::logic::flow::Command;
use crate::game::logic::join::Remote;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::{Draft, Game, PlanView};
use crate::i18n::decimal;
use crate::narrate::money;
use crate::narrate::{describe_action, menu_label, words};
use crate::policy::bot_benchmark;
use crate::sim::diagnosis::diagnose;
use crate::sim::{
    Action, ActionKind, Deal, DealId, PlanError, Rep, RepId, Run, Seat, Skill, Stage, Target,
};
use crate::t;

/// Deal table columns that sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Account,
    Rep,
    Stage,
    Value,
    Age,
    Health,
}

/// The planner's form and the table's view settings.
#[derive(Resource, Debug)]
pub struct Planner {
    pub kind: ActionKind,
    pub rep: RepId,
    pub skill: Skill,
    pub hours: f64,
    /// The rep whose card and funnel are expanded.
    pub focus: Option<RepId>,
    pub sort: SortBy,
    pub descending: bool,
    pub only_focus: bool,
    pub change_cap: bool,
    pub cap: f64,
}

impl Default for Planner {
    fn default() -> Self {
        Planner {
            kind: ActionKind::Coach,
            rep: RepId(0),
            skill: Skill::Discovery,
            hours: 2.0,
            focus: None,
            sort: SortBy::Value,
            descending: true,
            only_focus: false,
            change_cap: false,
            cap: 0.10,
        }
    }
}

/// A seat in the pickers: its rep, or its number (from 1) while it is vacant.
fn seat_label(r: &Rep) -> String {
    if r.is_person() {
        r.name.to_string()
    } else {
        t!("game-seat-label", n = r.id.0 + 1)
    }
}

/// The week, revenue against quota, the hours planned and goodwill; the menu and
/// Resolve. egui reports one click a frame, so one choice at most.
fn top_bar(ui: &mut egui::Ui, game: &Game, view: &PlanView) -> Option<Command> {
    let run = &game.run;
    let last = run.ledger().history.last();
    let to_date = last.map_or(0.0, |w| w.cum_revenue);
    let quota = run.quota_to(run.weeks());
    let mut chosen = None;
    ui.horizontal(|ui| {
        ui.heading(
            egui::RichText::new(t!("game-plan-week", week = run.week(), weeks = run.weeks()))
                .strong(),
        );
        ui.separator();
        ui.label(t!("game-plan-revenue"));
        widgets::bar(
            ui,
            to_date / quota.max(1.0),
            220.0,
            t!(
                "game-plan-revenue-bar",
                revenue = money(to_date),
                quota = money(quota)
            ),
            if to_date >= run.quota_to(run.tick()) {
                GOOD
            } else {
                WARN
            },
        );
        ui.separator();
        let (avail, used) = (view.available, view.used);
        let plan_ok = matches!(view.check, Some(Ok(_)));
        ui.label(t!("game-plan-your-hours"));
        widgets::bar(
            ui,
            used / avail.max(0.1),
            200.0,
            t!(
                "game-plan-hours-bar",
                used = decimal(used, 1),
                available = decimal(avail, 1)
            ),
            if used > avail + 1e-9 {
                BAD
            } else {
                egui::Color32::from_rgb(150, 190, 235)
            },
        );
        ui.label(t!(
            "game-plan-goodwill",
            goodwill = decimal(run.manager().goodwill, 1)
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("game-plan-menu")).clicked() {
                chosen = Some(Command::Pause(true));
            }
            if widgets::primary(ui, &t!("game-plan-resolve"), plan_ok)
                .on_hover_text(t!("game-key-enter"))
                .clicked()
            {
                chosen = Some(Command::Resolve);
            }
        });
    });
    chosen
}

/// A seat on the team board: a vacant seat and its hire, or the rep's card (and
/// funnel when it is the focus). Clicking the name focuses the rep.
fn rep_card(ui: &mut egui::Ui, game: &Game, r: &Rep, planner: &mut Planner) {
    let focused = planner.focus == Some(r.id);
    let clicked = egui::Frame::group(ui.style())
        .fill(if focused {
            egui::Color32::from_rgb(232, 240, 252)
        } else {
            egui::Color32::WHITE
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match r.seat {
                Seat::Vacant { hire_ready } => {
                    vacant_seat(ui, r, hire_ready);
                    false
                }
                Seat::ManagerBook => false,
                Seat::Filled => {
                    let clicked = rep_head(ui, &game.run, r, focused);
                    rep_figures(ui, r);
                    if focused {
                        funnel(ui, game, r);
                    }
                    clicked
                }
            }
        })
        .inner;
    if clicked {
        planner.focus = if focused { None } else { Some(r.id) };
        planner.rep = r.id;
    }
}

/// A vacant seat, and when its new hire starts.
fn vacant_seat(ui: &mut egui::Ui, r: &Rep, hire_ready: Option<u32>) {
    ui.label(
        egui::RichText::new(t!("game-plan-seat-vacant", n = r.id.0 + 1))
            .strong()
            .color(BAD),
    );
    ui.label(match hire_ready {
        Some(t) => t!("game-plan-hire-starts", week = t + 1),
        None => t!("game-plan-no-hire"),
    });
}

/// The rep's name (clickable: whether it was clicked), tenure and attainment.
fn rep_head(ui: &mut egui::Ui, run: &Run, r: &Rep, focused: bool) -> bool {
    let quota = run.seat_quota_per_week() * run.tick().max(1) as f64;
    let head = ui.horizontal(|ui| {
        let name = ui.selectable_label(focused, egui::RichText::new(&*r.name).strong().size(15.0));
        ui.label(egui::RichText::new(t!("game-plan-tenure", weeks = r.tenure_weeks)).color(MUTED));
        let att = if run.tick() == 0 {
            0.0
        } else {
            r.funnel.revenue / quota.max(1.0)
        };
        ui.label(
            egui::RichText::new(t!("game-plan-of-quota", share = pct(att))).color(if att >= 1.0 {
                GOOD
            } else {
                MUTED
            }),
        );
        name
    });
    head.inner.clicked()
}

/// What a manager sees of a rep week to week: morale, wins without them, the funnel
/// in one line, and a coaching streak.
fn rep_figures(ui: &mut egui::Ui, r: &Rep) {
    ui.horizontal(|ui| {
        ui.label(t!("game-morale"));
        widgets::bar(
            ui,
            r.morale,
            70.0,
            format!("{:.2}", r.morale),
            widgets::level_color(r.morale),
        );
        // What a manager sees of independence: wins closed without them.
        ui.label(
            egui::RichText::new(t!(
                "game-plan-won-alone",
                alone = r.funnel.won_alone,
                won = r.funnel.won
            ))
            .color(MUTED),
        );
    });
    // The funnel in one line; skills stay hidden until the debrief.
    let f = &r.funnel;
    let discount = if f.won > 0 {
        pct(f.discount_sum / f.won as f64)
    } else {
        "—".into()
    };
    ui.label(
        egui::RichText::new(t!(
            "game-plan-funnel-line",
            leads = f.leads,
            proposals = f.entered[3],
            wins = f.won,
            discount = discount,
        ))
        .size(12.0)
        .color(MUTED),
    );
    // Coaching compounds when it stays on one skill week after week.
    if let Some(k) = r.streak.skill.filter(|_| r.streak.weeks > 0) {
        ui.label(
            egui::RichText::new(t!(
                "game-plan-coaching-streak",
                skill = k.to_string(),
                weeks = r.streak.weeks
            ))
            .size(12.0)
            .color(MUTED),
        );
    }
}

/// The rep's funnel: open deals and value per stage, conversion against the team and
/// the benchmark (with how many deals it rests on), and what the shape says they need.
fn funnel(ui: &mut egui::Ui, game: &Game, r: &Rep) {
    let run = &game.run;
    let bench = run.scenario().pipeline.conversion.to_array();
    let team = team_conversion(run);
    egui::Grid::new(("funnel", r.id.0))
        .striped(true)
        .show(ui, |ui| {
            for h in [
                "game-funnel-stage",
                "game-funnel-open",
                "game-funnel-value",
                "game-funnel-conversion",
                "game-funnel-team",
                "game-funnel-bench",
            ] {
                ui.label(egui::RichText::new(t!(h)).small().strong());
            }
            ui.end_row();
            for (i, s) in Stage::OPEN.iter().enumerate() {
                let open: Vec<_> = run
                    .pipeline()
                    .open
                    .iter()
                    .filter(|d| d.rep == r.id && d.stage == *s)
                    .collect();
                // Deals that left the stage: the sample a conversion rests on.
                let next = if i < 4 {
                    r.funnel.entered[i + 1]
                } else {
                    r.funnel.won
                };
                let left = next + r.funnel.lost_at[i];
                ui.label(words::stage(*s));
                ui.label(open.len().to_string());
                ui.label(money(open.iter().map(|d| d.value).sum()));
                conversion(ui, next, left, bench[i]);
                ui.label(if team[i].is_nan() {
                    "—".into()
                } else {
                    pct(team[i])
                });
                ui.label(pct(bench[i]));
                ui.end_row();
            }
        });
    let d = diagnose(r, run.tick(), &bot_benchmark(run));
    ui.label(
        egui::RichText::new(t!(
            "game-plan-reading",
            reading = crate::narrate::reading(&d.reading).to_string()
        ))
        .italics(),
    );
}

/// The team's pooled conversion per stage, for comparison (NaN where no deal left it).
fn team_conversion(run: &Run) -> [f64; 5] {
    std::array::from_fn(|i| {
        let (out, left) =
            run.team()
                .seats()
                .filter(|x| x.is_person())
                .fold((0u32, 0u32), |(o, l), x| {
                    let out = if i < 4 {
                        x.funnel.entered[i + 1]
                    } else {
                        x.funnel.won
                    };
                    (o + out, l + out + x.funnel.lost_at[i])
                });
        if left == 0 {
            f64::NAN
        } else {
            out as f64 / left as f64
        }
    })
}

/// A stage's conversion with its sample; red when well under the benchmark, and no
/// rate at all on fewer than three deals.
fn conversion(ui: &mut egui::Ui, next: u32, left: u32, bench: f64) {
    if left >= 3 {
        let c = next as f64 / left as f64;
        ui.label(
            egui::RichText::new(format!("{} ({next}/{left})", pct(c))).color(if c < 0.8 * bench {
                BAD
            } else {
                GOOD
            }),
        );
    } else {
        ui.label(egui::RichText::new(format!("— ({next}/{left})")).color(MUTED));
    }
}

/// The planner: the week's demands and discount cap, the action form, the plan.
fn planner_panel(
    ui: &mut egui::Ui,
    game: &Game,
    view: &PlanView,
    planner: &mut Planner,
) -> Vec<Command> {
    ui.heading(t!("game-plan-your-week"));
    let mut chosen = week_settings(ui, game, planner);
    ui.separator();
    chosen.extend(action_form(ui, &game.run, planner));
    ui.separator();
    chosen.extend(planned(ui, game, view));
    chosen
}

/// The organisation's demands (absorb them or pass them on) and the discount cap.
/// Both may change in one frame, and the cap is set until the draft holds one.
fn week_settings(ui: &mut egui::Ui, game: &Game, planner: &mut Planner) -> Vec<Command> {
    let run = &game.run;
    let m = &run.scenario().manager;
    let mut chosen = Vec::new();
    ui.label(t!(
        "game-plan-demands",
        hours = decimal(m.hours_per_week, 0),
        standing = decimal(m.standing_hours, 0),
        demand = decimal(run.org().demand_hours, 1)
    ));
    let mut absorb = game.draft.absorb;
    // The value in the slider's name: one control a screen reader can say whole.
    let absorb_name = format!("{} {}", pct(absorb), t!("game-plan-absorb"));
    if ui
        .add(
            egui::Slider::new(&mut absorb, 0.0..=1.0)
                .show_value(false)
                .text(absorb_name),
        )
        .changed()
    {
        chosen.push(Command::SetAbsorb((absorb * 20.0).round() / 20.0));
    }
    ui.label(
        egui::RichText::new(t!(
            "game-plan-absorb-effect",
            spend = decimal(run.absorbed_hours(absorb), 1),
            lose = decimal(run.passed_on_hours(absorb), 1)
        ))
        .small()
        .color(MUTED),
    );
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut planner.change_cap, t!("game-plan-change-cap"))
            .changed()
            && !planner.change_cap
        {
            chosen.push(Command::SetDiscountCap(None));
        }
        ui.label(
            egui::RichText::new(t!(
                "game-plan-cap-now",
                cap = pct(run.manager().discount_cap)
            ))
            .color(MUTED),
        );
    });
    if planner.change_cap {
        let mut cap = game.draft.discount_cap.unwrap_or(planner.cap);
        let cap_name = format!("{} {}", pct(cap), t!("game-plan-new-cap"));
        if ui
            .add(
                egui::Slider::new(&mut cap, 0.0..=0.5)
                    .show_value(false)
                    .text(cap_name),
            )
            .changed()
            || game.draft.discount_cap.is_none()
        {
            planner.cap = (cap * 100.0).round() / 100.0;
            chosen.push(Command::SetDiscountCap(Some(planner.cap)));
        }
    }
    chosen
}

/// The form that adds a rep, team or seat action (deal actions come from the table).
fn action_form(ui: &mut egui::Ui, run: &Run, planner: &mut Planner) -> Option<Command> {
    let sc = &run.scenario();
    ui.label(egui::RichText::new(t!("game-plan-add-action")).strong());
    let kind = egui::ComboBox::from_id_salt("kind")
        .width(ui.available_width() - 10.0)
        .selected_text(menu_label(planner.kind))
        .show_ui(ui, |ui| {
            // Deal actions are planned from the deal table.
            for k in ActionKind::ALL
                .into_iter()
                .filter(|k| k.target() != Target::Deal)
            {
                ui.selectable_value(&mut planner.kind, k, menu_label(k));
            }
        });
    widgets::name_for_readers(&kind.response, &t!("game-plan-add-action"));
    if matches!(planner.kind.target(), Target::Rep | Target::VacantSeat) {
        seat_picker(ui, run, planner);
    }
    if planner.kind == ActionKind::Coach {
        let skill = egui::ComboBox::from_id_salt("skill")
            .selected_text(words::skill(planner.skill))
            .show_ui(ui, |ui| {
                for k in Skill::ALL {
                    ui.selectable_value(&mut planner.skill, k, words::skill(k));
                }
            });
        widgets::name_for_readers(&skill.response, &t!("game-a11y-skill"));
    }
    if planner.kind.takes_hours() {
        let max = if planner.kind == ActionKind::Coach {
            sc.costs.coach_max_hours
        } else {
            sc.manager.free_hours()
        };
        let hours_name = format!("{} {}", decimal(planner.hours, 1), t!("game-plan-hours"));
        ui.add(
            egui::Slider::new(&mut planner.hours, 0.5..=max)
                .step_by(0.5)
                .show_value(false)
                .text(hours_name),
        );
    }
    add_to_plan(ui, run, planner)
}

/// The rep (or vacant seat, for a hire) the action is for; the choice moves to the
/// first that fits when the one chosen does not.
fn seat_picker(ui: &mut egui::Ui, run: &Run, planner: &mut Planner) {
    let seats: Vec<&Rep> = run
        .team()
        .reps
        .iter()
        .filter(|r| {
            if planner.kind.target() == Target::VacantSeat {
                matches!(r.seat, Seat::Vacant { hire_ready: None })
            } else {
                r.is_person()
            }
        })
        .collect();
    if seats.is_empty() {
        ui.label(
            egui::RichText::new(if planner.kind.target() == Target::VacantSeat {
                t!("game-plan-no-vacant-seat")
            } else {
                t!("game-plan-no-rep")
            })
            .color(MUTED),
        );
        return;
    }
    if !seats.iter().any(|r| r.id == planner.rep) {
        planner.rep = seats[0].id;
    }
    let seat = egui::ComboBox::from_id_salt("rep")
        .selected_text(
            run.team()
                .rep(planner.rep)
                .map(seat_label)
                .unwrap_or_default(),
        )
        .show_ui(ui, |ui| {
            for r in &seats {
                ui.selectable_value(&mut planner.rep, r.id, seat_label(r));
            }
        });
    widgets::name_for_readers(&seat.response, &t!("game-a11y-seat"));
}

/// The action the form describes, its cost, and the button that adds it.
fn add_to_plan(ui: &mut egui::Ui, run: &Run, planner: &Planner) -> Option<Command> {
    // The menu lists only kinds the form can build; deal actions come from the table.
    let action = planner
        .kind
        .build(planner.rep, planner.skill, planner.hours)?;
    let (h, gw) = run.action_cost(&action);
    let mut chosen = None;
    ui.horizontal(|ui| {
        if ui.button(t!("game-plan-add")).clicked() {
            chosen = Some(Command::Add(action));
        }
        ui.label(
            egui::RichText::new(if gw > 0.0 {
                t!(
                    "game-plan-cost-goodwill",
                    hours = decimal(h, 1),
                    goodwill = decimal(gw, 1)
                )
            } else {
                t!("game-hours", hours = decimal(h, 1))
            })
            .color(MUTED),
        );
    });
    chosen
}

/// The plan so far, each action with its hours, and whether it can be carried out.
/// egui reports one click a frame: remove one action, or clear them all.
fn planned(ui: &mut egui::Ui, game: &Game, view: &PlanView) -> Option<Command> {
    ui.label(egui::RichText::new(t!("game-plan-planned")).strong());
    if game.draft.actions.is_empty() {
        ui.label(egui::RichText::new(t!("game-plan-nothing-yet")).color(MUTED));
    }
    let mut chosen = None;
    for (i, a) in game.draft.actions.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("x")
                .on_hover_text(t!("game-plan-remove"))
                .clicked()
            {
                chosen = Some(Command::Remove(i));
            }
            ui.label(describe_action(&game.run, a));
            // Coaching and your own book already say their hours.
            if !a.kind().takes_hours() {
                let h = view.hours.get(i).copied().unwrap_or(0.0);
                ui.label(egui::RichText::new(t!("game-hours", hours = decimal(h, 1))).color(MUTED));
            }
        });
    }
    plan_check(ui, game, view);
    if !game.draft.actions.is_empty() && ui.button(t!("game-plan-clear")).clicked() {
        chosen = Some(Command::ClearPlan);
    }
    chosen
}

/// Whether the plan can be carried out: the hours it leaves free, or what is wrong
/// and how to mend it.
fn plan_check(ui: &mut egui::Ui, game: &Game, view: &PlanView) {
    match view.check.clone().unwrap_or_else(|| game.check()) {
        Ok(c) => {
            ui.label(
                egui::RichText::new(t!(
                    "game-plan-fits",
                    planned = decimal(c.hours, 1),
                    free = decimal(c.available - c.hours, 1)
                ))
                .color(GOOD),
            );
        }
        Err(e) => {
            let id = match e {
                PlanError::OverBudget { .. } => "game-plan-invalid-over-budget",
                _ => "game-plan-invalid",
            };
            ui.label(
                egui::RichText::new(t!(id, error = e.to_string()))
                    .color(BAD)
                    .strong(),
            );
        }
    }
}

/// One column of the deal table: its header's message id, width, the sort it offers
/// and its cell.
struct DealColumn {
    name: &'static str,
    width: f32,
    sort: Option<SortBy>,
    cell: fn(&Run, &Deal) -> egui::RichText,
}

/// The deal table's columns, in order; the actions column follows them.
const DEAL_COLUMNS: [DealColumn; 6] = [
    DealColumn {
        name: "game-deal-col-account",
        width: 118.0,
        sort: Some(SortBy::Account),
        cell: |run, d| run.account_name(d.account).into(),
    },
    DealColumn {
        name: "game-deal-col-rep",
        width: 62.0,
        sort: Some(SortBy::Rep),
        cell: |run, d| run.team().rep(d.rep).map(|r| &*r.name).unwrap_or("").into(),
    },
    DealColumn {
        name: "game-deal-col-stage",
        width: 68.0,
        sort: Some(SortBy::Stage),
        cell: |_, d| words::stage(d.stage).into(),
    },
    DealColumn {
        name: "game-deal-col-value",
        width: 58.0,
        sort: Some(SortBy::Value),
        cell: |_, d| money(d.value).into(),
    },
    DealColumn {
        name: "game-deal-col-weeks",
        width: 44.0,
        sort: Some(SortBy::Age),
        cell: |_, d| d.weeks_in_stage.to_string().into(),
    },
    DealColumn {
        name: "game-deal-col-health",
        width: 62.0,
        sort: Some(SortBy::Health),
        // The health is written, never shown by colour alone.
        cell: |run, d| {
            let h = run.health(d);
            egui::RichText::new(words::health(h)).color(widgets::health_color(h))
        },
    },
];

/// Width of the actions column.
const ACT_WIDTH: f32 = 200.0;

/// The deal table: a line of counts, the sortable headers, then a row per open deal
/// with what the player can do about it.
fn deals_panel(ui: &mut egui::Ui, game: &Game, planner: &mut Planner) -> Vec<Command> {
    let run = &game.run;
    let rows = deal_rows(run, planner);
    deals_header(ui, run, planner, rows.len());
    column_headers(ui, planner);
    let mut chosen = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, 22.0, rows.len(), |ui, range| {
            for d in &rows[range] {
                chosen.extend(deal_row(ui, game, d));
            }
        });
    chosen
}

/// The open deals the table lists (the focused rep's alone if asked; never the
/// manager's book), in the chosen order.
fn deal_rows<'a>(run: &'a Run, planner: &Planner) -> Vec<&'a Deal> {
    let mut rows: Vec<&Deal> = run
        .pipeline()
        .open
        .iter()
        .filter(|d| !planner.only_focus || Some(d.rep) == planner.focus)
        .filter(|d| run.team().rep(d.rep).is_some_and(|r| !r.is_book()))
        .collect();
    let key = |d: &&Deal| -> (i64, String) {
        match planner.sort {
            SortBy::Account => (0, run.account_name(d.account).to_string()),
            SortBy::Rep => (d.rep.0 as i64, String::new()),
            SortBy::Stage => (d.stage.index().unwrap_or(9) as i64, String::new()),
            SortBy::Value => ((d.value * 100.0) as i64, String::new()),
            SortBy::Age => (d.weeks_in_stage as i64, String::new()),
            SortBy::Health => (run.health(d) as i64, String::new()),
        }
    };
    rows.sort_by(|a, b| {
        let o = key(a).cmp(&key(b)).then(a.id.cmp(&b.id));
        if planner.descending { o.reverse() } else { o }
    });
    // Pending discount requests first: they need an answer this week.
    rows.sort_by_key(|d| !d.approval_pending);
    rows
}

/// How many deals, the discount requests waiting, the focused rep's filter.
fn deals_header(ui: &mut egui::Ui, run: &Run, planner: &mut Planner, count: usize) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(t!("game-deals-count", n = count)).strong());
        let pending = run.pipeline().pending_approvals().count();
        if pending > 0 {
            ui.label(
                egui::RichText::new(t!("game-deals-pending", n = pending))
                    .color(BAD)
                    .strong(),
            );
        }
        if let Some(f) = planner.focus.and_then(|id| run.team().rep(id)) {
            ui.checkbox(
                &mut planner.only_focus,
                t!("game-deals-only", rep = f.name.to_string()),
            );
        }
        ui.label(
            egui::RichText::new(t!("game-deals-sort-hint"))
                .color(MUTED)
                .small(),
        );
    });
}

/// The column headers: a click sorts by the column, a second click turns the order.
fn column_headers(ui: &mut egui::Ui, planner: &mut Planner) {
    ui.horizontal(|ui| {
        for c in &DEAL_COLUMNS {
            let Some(s) = c.sort else { continue };
            let arrow = if planner.sort == s {
                if planner.descending { " (v)" } else { " (^)" }
            } else {
                ""
            };
            let header = egui::RichText::new(format!("{}{arrow}", t!(c.name))).strong();
            if ui
                .add_sized([c.width, 18.0], egui::Button::new(header).frame(false))
                .clicked()
            {
                if planner.sort == s {
                    planner.descending = !planner.descending;
                } else {
                    planner.sort = s;
                    planner.descending = true;
                }
            }
        }
        ui.add_sized(
            [ACT_WIDTH, 18.0],
            egui::Label::new(egui::RichText::new(t!("game-deal-col-act")).strong()),
        );
    });
}

/// One deal's cells, then what can be done: nothing more once it is in the plan, an
/// answer to its discount request, or help on it.
fn deal_row(ui: &mut egui::Ui, game: &Game, d: &Deal) -> Option<Command> {
    let run = &game.run;
    ui.horizontal(|ui| {
        for c in &DEAL_COLUMNS {
            ui.add_sized(
                [c.width, 20.0],
                egui::Label::new((c.cell)(run, d)).truncate(),
            );
        }
        if in_plan(game, d.id) {
            ui.label(egui::RichText::new(t!("game-deal-in-plan")).color(ACCENT));
            None
        } else if d.approval_pending {
            discount_answer(ui, run, d)
        } else {
            deal_help(ui, d)
        }
    })
    .inner
}

/// Whether the draft already holds an action on this deal.
fn in_plan(game: &Game, deal: DealId) -> bool {
    game.draft.actions.iter().any(|a| match a {
        Action::RideAlong { deal: d }
        | Action::SuperClose { deal: d }
        | Action::Approve { deal: d, .. } => *d == deal,
        _ => false,
    })
}

/// A discount request: what the rep asks, approving it, or meeting halfway to the
/// cap. egui reports one click a frame.
fn discount_answer(ui: &mut egui::Ui, run: &Run, d: &Deal) -> Option<Command> {
    let cap = run.manager().discount_cap;
    let mut chosen = None;
    ui.label(
        egui::RichText::new(t!("game-deal-asks", discount = pct(d.discount_asked))).color(BAD),
    );
    if ui
        .small_button(t!("game-deal-approve", discount = pct(d.discount_asked)))
        .on_hover_text(t!("game-deal-approve-hint", cap = pct(cap)))
        .clicked()
    {
        chosen = Some(Command::Add(Action::Approve {
            deal: d.id,
            discount: d.discount_asked,
        }));
    }
    let mid = ((cap + d.discount_asked) / 2.0 * 100.0).round() / 100.0;
    if ui
        .small_button(t!("game-deal-meet", discount = pct(mid)))
        .clicked()
    {
        chosen = Some(Command::Add(Action::Approve {
            deal: d.id,
            discount: mid,
        }));
    }
    chosen
}

/// Helping on a deal: riding along (the rep learns) or closing it yourself.
fn deal_help(ui: &mut egui::Ui, d: &Deal) -> Option<Command> {
    let mut chosen = None;
    if ui
        .link(t!("game-deal-ride-along"))
        .on_hover_text(t!("game-deal-ride-along-hint"))
        .clicked()
    {
        chosen = Some(Command::Add(Action::RideAlong { deal: d.id }));
    }
    if ui
        .link(t!("game-deal-super-close"))
        .on_hover_text(t!("game-deal-super-close-hint"))
        .clicked()
    {
        chosen = Some(Command::Add(Action::SuperClose { deal: d.id }));
    }
    chosen
}

fn ui(
    mut contexts: EguiContexts,
    draft: Draft,
    mut planner: ResMut<Planner>,
    paused: Res<State<Pause>>,
    mut area: ResMut<BoardArea>,
    mut out: MessageWriter<Command>,
    remote: Option<Res<Remote>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(game), view) = (&draft.session.game, &*draft.view) else {
        return Ok(());
    };
    let screen = PlanningScreen {
        game,
        view,
        running: *paused.get() == Pause::Running,
        remote: remote.as_deref(),
    };
    let (chosen, board) = screen.draw(ctx, &mut planner);
    area.set_if_neq(BoardArea::from_egui(board, ctx.zoom_factor()));
    out.write_batch(chosen);
    Ok(())
}

/// What the planning screen shows: the game, its plan worked out, and whether the
/// game is running (not paused) and played in a hosted workshop.
pub(super) struct PlanningScreen<'a> {
    pub game: &'a Game,
    pub view: &'a PlanView,
    pub running: bool,
    pub remote: Option<&'a Remote>,
}

impl PlanningScreen<'_> {
    /// Draws the screen's panels and returns the commands chosen, Resolve (by the
    /// button or Enter) once and last, and the room left for the board.
    pub(super) fn draw(
        &self,
        ctx: &egui::Context,
        planner: &mut Planner,
    ) -> (Vec<Command>, egui::Rect) {
        let (game, view) = (self.game, self.view);
        let mut root = widgets::root_ui(ctx);
        let mut resolve = self.running && widgets::key(ctx, egui::Key::Enter);
        let mut chosen = Vec::new();
        egui::Panel::top("plan-top").show(&mut root, |ui| {
            ui.add_space(4.0);
            let top = top_bar(ui, game, view);
            resolve |= top == Some(Command::Resolve);
            chosen.extend(top.filter(|c| *c != Command::Resolve));
            if let Some(r) = self.remote.filter(|r| r.plays(game)) {
                ui.label(egui::RichText::new(r.status()).color(if r.paused {
                    WARN
                } else {
                    MUTED
                }));
            }
            ui.add_space(2.0);
        });
        widgets::titled_panel(
            egui::Panel::left("team").exact_size(300.0),
            &mut root,
            &t!("game-plan-team"),
            |ui| {
                for r in game.run.team().seats() {
                    rep_card(ui, game, r, planner);
                }
            },
        );
        egui::Panel::right("planner")
            .exact_size(320.0)
            .show(&mut root, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    chosen.extend(planner_panel(ui, game, view, planner));
                });
            });
        egui::Panel::bottom("deals")
            .exact_size(250.0)
            .show(&mut root, |ui| {
                chosen.extend(deals_panel(ui, game, planner));
            });
        if resolve {
            chosen.push(Command::Resolve);
        }
        (chosen, root.available_rect_before_wrap())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Planner>().add_systems(
        EguiPrimaryContextPass,
        ui.in_set(ScreenUi).run_if(in_state(Screen::Planning)),
    );
}
