//! Week report: the event feed in causal words, revenue against quota to date, and
//! what changed in each rep. The board animates the week's moves behind it.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, BAD, GOOD, MUTED, ScreenUi, WARN, pct};
use crate::game::board::BoardArea;
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::Session;
use crate::i18n::decimal;
use crate::narrate::{describe, money};
use crate::sim::{Happening, RepWeek, Run, WeekSummary};
use crate::t;

fn tone(h: &Happening) -> egui::Color32 {
    match h {
        Happening::Won { .. } | Happening::Joined { .. } | Happening::Coached { .. } => GOOD,
        Happening::Lost { .. } | Happening::Quit { .. } | Happening::Fired { .. } => BAD,
        Happening::DiscountRequest { .. }
        | Happening::Stalled { .. }
        | Happening::MetricsStale
        | Happening::NewsStale => WARN,
        _ => egui::Color32::from_rgb(40, 40, 40),
    }
}

fn ui(
    mut contexts: EguiContexts,
    session: Res<Session>,
    paused: Res<State<Pause>>,
    mut area: ResMut<BoardArea>,
    mut out: MessageWriter<Command>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(game) = &session.game else {
        return Ok(());
    };
    let running = *paused.get() == Pause::Running;
    let (chosen, board) = draw(ctx, &game.run, running);
    area.set_if_neq(board);
    out.write_batch(chosen);
    Ok(())
}

/// Draws the report of the run's last week; returns the commands chosen (Continue, by
/// the button or Enter, once and last) and the room left for the board.
pub(super) fn draw(ctx: &egui::Context, run: &Run, running: bool) -> (Vec<Command>, BoardArea) {
    let Some(week) = run.ledger().history.last() else {
        return (Vec::new(), BoardArea::default());
    };
    let prev = run
        .ledger()
        .history
        .len()
        .checked_sub(2)
        .map(|i| &run.ledger().history[i]);
    let mut go_on = running && widgets::key(ctx, egui::Key::Enter);
    let mut root = widgets::root_ui(ctx);
    let mut chosen = None;
    egui::Panel::top("report-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        chosen = top_bar(ui, week, run.is_finished());
        ui.add_space(2.0);
    });
    widgets::titled_panel(
        egui::Panel::left("feed").exact_size(420.0),
        &mut root,
        &t!("game-report-what-happened"),
        |ui| feed(ui, run, week),
    );
    widgets::titled_panel(
        egui::Panel::right("changes").exact_size(300.0),
        &mut root,
        &t!("game-report-team"),
        |ui| team_changes(ui, week, prev),
    );
    let board = BoardArea::from_egui(root.available_rect_before_wrap(), ctx.zoom_factor());
    // Going on, by the button or Enter, is written once and after the menu.
    go_on |= chosen == Some(Command::Continue);
    let mut commands: Vec<Command> = chosen
        .filter(|c| *c != Command::Continue)
        .into_iter()
        .collect();
    if go_on {
        commands.push(Command::Continue);
    }
    (commands, board)
}

/// The week's figures and the buttons: the menu, or on to the next week (or the
/// debrief). egui reports one click a frame, so one choice at most.
fn top_bar(ui: &mut egui::Ui, week: &WeekSummary, finished: bool) -> Option<Command> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        week_figures(ui, week);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("game-plan-menu")).clicked() {
                chosen = Some(Command::Pause(true));
            }
            let label = if finished {
                t!("game-report-see-debrief")
            } else {
                t!("game-report-next-week")
            };
            if widgets::primary(ui, &label, true)
                .on_hover_text(t!("game-key-enter"))
                .clicked()
            {
                chosen = Some(Command::Continue);
            }
        });
    });
    chosen
}

/// The week's revenue, wins, losses and leads, and revenue against quota to date.
fn week_figures(ui: &mut egui::Ui, week: &WeekSummary) {
    ui.heading(egui::RichText::new(t!("game-report-heading", week = week.week)).strong());
    ui.separator();
    ui.label(t!(
        "game-report-week-figures",
        revenue = money(week.revenue),
        wins = week.wins,
        losses = week.losses,
        leads = week.leads
    ));
    ui.separator();
    widgets::bar(
        ui,
        week.cum_revenue / week.quota_to_date.max(1.0),
        240.0,
        t!(
            "game-report-quota-to-date",
            revenue = money(week.cum_revenue),
            quota = money(week.quota_to_date)
        ),
        if week.cum_revenue >= week.quota_to_date {
            GOOD
        } else {
            WARN
        },
    );
}

/// What happened this week, and what is already known of the next.
fn feed(ui: &mut egui::Ui, run: &Run, week: &WeekSummary) {
    let accounts = &run.scenario().market.accounts;
    if week.happenings.is_empty() {
        ui.label(egui::RichText::new(t!("game-report-quiet")).color(MUTED));
    }
    let line = |ui: &mut egui::Ui, h: &Happening| {
        ui.label(egui::RichText::new(format!("•  {}", describe(h, week, accounts))).color(tone(h)));
    };
    for h in &week.happenings {
        line(ui, h);
    }
    if !run.ledger().opening.is_empty() && !run.is_finished() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(t!("game-report-coming-up")).strong());
        for h in &run.ledger().opening {
            line(ui, h);
        }
    }
}

/// Each rep on the team this week against the week before, then the market's mood.
fn team_changes(ui: &mut egui::Ui, week: &WeekSummary, prev: Option<&WeekSummary>) {
    for r in week.reps.iter().filter(|r| r.active && !r.book) {
        // The same person: a seat refilled under another name starts afresh.
        let before = prev.and_then(|p| p.reps.iter().find(|x| x.id == r.id && x.name == r.name));
        rep_change(ui, r, before);
    }
    ui.add_space(6.0);
    ui.label(
        egui::RichText::new(t!(
            "game-report-market",
            expected = pct(week.buyer_expectation),
            strength = pct(week.metrics_strength.max(0.0))
        ))
        .color(MUTED),
    );
}

/// One rep's week: revenue and open deals, how morale moved, where it stands.
fn rep_change(ui: &mut egui::Ui, r: &RepWeek, before: Option<&RepWeek>) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&*r.name).strong());
            ui.label(t!(
                "game-report-rep-week",
                revenue = money(r.revenue),
                open = r.open_deals
            ));
        });
        if let Some(b) = before {
            ui.horizontal_wrapped(|ui| {
                for d in [delta(b.morale, r.morale, "game-report-morale-change")]
                    .into_iter()
                    .flatten()
                {
                    ui.label(d);
                }
            });
        }
        ui.label(
            egui::RichText::new(t!(
                "game-report-rep-morale",
                morale = decimal(r.morale, 2),
                hours = decimal(r.selling_hours, 0)
            ))
            .small()
            .color(MUTED),
        );
    });
}

/// A change worth showing (green up, red down) in the message `id` (its `$change`),
/// or none when it rounds to nothing.
fn delta(before: f64, now: f64, id: &str) -> Option<egui::RichText> {
    let d = now - before;
    if d.abs() < 0.005 {
        return None;
    }
    let sign = if d > 0.0 { "+" } else { "-" };
    let change = format!("{sign}{}", decimal(d.abs(), 2));
    Some(egui::RichText::new(t!(id, change = change)).color(if d > 0.0 { GOOD } else { BAD }))
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(ScreenUi).run_if(in_state(Screen::Report)),
    );
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, with_lang};
    use crate::narrate::money;
    use crate::t;

    fn week_line() -> String {
        t!(
            "game-report-week-figures",
            revenue = money(42_400.0),
            wins = 1,
            losses = 2,
            leads = 3
        )
    }

    #[test]
    fn the_weeks_figures_in_english_and_german() {
        assert_eq!(
            with_lang(Lang::En, week_line),
            "This week 42 k from 1 win, 2 losses, 3 new leads."
        );
        let de = with_lang(Lang::De, week_line);
        assert_eq!(
            de,
            "Diese Woche 42 Tsd. aus 1 Abschluss, 2 Verlusten, 3 neuen Leads."
        );
        assert!(!de.contains("This week"));
    }
}
