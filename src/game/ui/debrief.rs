//! Debrief: every score, the causes, the projected next two quarters (the headline
//! chart), charts (revenue vs quota by week with the bots on the same seed, margin, skills and morale, time allocation, each rep's funnel), and
//! export to HTML, CSV and the run file.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{Bar, BarChart, Line, LineStyle, Plot, PlotPoints};

use super::widgets::{self, BAD, GOOD, MUTED, ScreenUi};
use crate::game::logic::debrief::{DebriefReport, Export};
use crate::game::logic::flow::Command;
use crate::game::logic::screen::Screen;
use crate::game::logic::session::Session;
use crate::i18n::decimal;
use crate::narrate::money;
use crate::report::Debrief;
use crate::sim::{Run, ScorePart, Scores, Stage};
use crate::t;

const COLORS: [egui::Color32; 8] = widgets::SERIES;

/// Charts sit two to a row, whatever the window's width.
fn plot(ui: &egui::Ui, id: &str) -> Plot<'static> {
    let width = (ui.ctx().content_rect().width() / 2.0 - 40.0).max(300.0);
    widgets::chart(id, width, 210.0).x_axis_label(t!("game-chart-week"))
}

fn revenue_chart(ui: &mut egui::Ui, d: &Debrief) {
    ui.label(egui::RichText::new(t!("game-chart-revenue")).strong());
    plot(ui, "rev").show(ui, |p| {
        let pts = |f: &dyn Fn(&crate::format::WeekLine) -> f64,
                   w: &[crate::format::WeekLine]|
         -> PlotPoints<'static> {
            w.iter()
                .map(|x| [x.week as f64, f(x)])
                .collect::<Vec<_>>()
                .into()
        };
        p.line(
            Line::new(t!("game-chart-you"), pts(&|w| w.cum_revenue, &d.weeks))
                .color(COLORS[0])
                .width(3.0),
        );
        p.line(
            Line::new(t!("game-chart-quota"), pts(&|w| w.quota_to_date, &d.weeks))
                .color(egui::Color32::BLACK)
                .style(LineStyle::dashed_loose()),
        );
        for (i, b) in d.bots.iter().enumerate() {
            p.line(
                Line::new(b.name.clone(), pts(&|w| w.cum_revenue, &b.weeks))
                    .color(COLORS[(i + 2) % COLORS.len()])
                    .style(LineStyle::dashed_dense())
                    .width(1.2),
            );
        }
    });
}

/// The headline: what each team sells over the next two quarters once it is handed to
/// the same hands-off manager, as a share of the quota run-rate.
fn projection_headline(ui: &mut egui::Ui, d: &Debrief) {
    ui.heading(t!("game-debrief-next-quarters"));
    ui.label(t!(
        "game-debrief-projection",
        quarters = crate::narrate::projected_quarters(&d.projection).to_string(),
        share = widgets::pct(d.projection.vs_quota)
    ));
    let mut others: Vec<&crate::report::BotRun> = d.bots.iter().collect();
    others.sort_by(|a, b| b.projection.vs_quota.total_cmp(&a.projection.vs_quota));
    let line = others
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                b.name,
                crate::narrate::times(b.projection.vs_quota)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    ui.label(egui::RichText::new(t!("game-debrief-bots-projection", teams = line)).color(MUTED));
}

fn projection_chart(ui: &mut egui::Ui, d: &Debrief) {
    ui.label(egui::RichText::new(t!("game-chart-projection")).strong());
    plot(ui, "projection").show(ui, |p| {
        let pts = |v: &[f64]| -> PlotPoints<'static> {
            v.iter()
                .enumerate()
                .map(|(i, y)| [(i + 1) as f64, *y])
                .collect::<Vec<_>>()
                .into()
        };
        let quota: Vec<f64> = (1..=d.projection.cum_revenue.len())
            .map(|w| w as f64 * d.projection.quota_per_week)
            .collect();
        p.line(
            Line::new(t!("game-chart-your-team"), pts(&d.projection.cum_revenue))
                .color(COLORS[0])
                .width(3.0),
        );
        p.line(
            Line::new(t!("game-chart-quota"), pts(&quota))
                .color(egui::Color32::BLACK)
                .style(LineStyle::dashed_loose()),
        );
        for (i, b) in d.bots.iter().enumerate() {
            p.line(
                Line::new(b.name.clone(), pts(&b.projection.cum_revenue))
                    .color(COLORS[(i + 2) % COLORS.len()])
                    .style(LineStyle::dashed_dense())
                    .width(1.2),
            );
        }
    });
}

fn margin_chart(ui: &mut egui::Ui, d: &Debrief) {
    ui.label(egui::RichText::new(t!("game-chart-margin")).strong());
    plot(ui, "margin").show(ui, |p| {
        let v: Vec<[f64; 2]> = d.weeks.iter().map(|w| [w.week as f64, w.margin]).collect();
        p.line(
            Line::new(t!("game-chart-margin-line"), v)
                .color(COLORS[2])
                .width(2.5),
        );
        let r: Vec<[f64; 2]> = d.weeks.iter().map(|w| [w.week as f64, w.revenue]).collect();
        p.line(
            Line::new(t!("game-chart-revenue-line"), r)
                .color(COLORS[0])
                .width(1.5),
        );
    });
}

fn people_chart(ui: &mut egui::Ui, run: &Run) {
    ui.label(egui::RichText::new(t!("game-chart-people")).strong());
    plot(ui, "people").show(ui, |p| {
        for (i, spec) in run.scenario().team.iter().enumerate() {
            let pick = |f: &dyn Fn(&crate::sim::RepWeek) -> f64| -> Vec<[f64; 2]> {
                run.ledger()
                    .history
                    .iter()
                    .filter_map(|w| {
                        w.reps
                            .iter()
                            .find(|r| *r.name == *spec.name && r.active)
                            .map(|r| [w.week as f64, f(r)])
                    })
                    .collect()
            };
            let c = COLORS[i % COLORS.len()];
            p.line(
                Line::new(spec.name.clone(), pick(&|r| r.skills.mean()))
                    .color(c)
                    .width(2.0),
            );
            p.line(
                Line::new(
                    t!("game-chart-rep-morale", rep = spec.name.to_string()),
                    pick(&|r| r.morale),
                )
                .color(c)
                .style(LineStyle::dotted_loose()),
            );
        }
    });
}

fn time_chart(ui: &mut egui::Ui, d: &Debrief) {
    ui.label(egui::RichText::new(t!("game-chart-hours")).strong());
    plot(ui, "time").show(ui, |p| {
        let mut charts: Vec<BarChart> = Vec::new();
        for (k, &colour) in COLORS.iter().enumerate().take(crate::sim::TimeUse::COUNT) {
            let bars: Vec<Bar> = d
                .weeks
                .iter()
                .map(|w| Bar::new(w.week as f64, w.hours[k]).width(0.7))
                .collect();
            let refs: Vec<&BarChart> = charts.iter().collect();
            let c = BarChart::new(crate::narrate::words::time_use(k), bars)
                .color(colour)
                .stack_on(&refs);
            charts.push(c);
        }
        for c in charts {
            p.bar_chart(c);
        }
    });
}

fn funnels(ui: &mut egui::Ui, d: &Debrief, run: &Run) {
    ui.label(egui::RichText::new(t!("game-debrief-funnels")).strong());
    egui::Grid::new("funnels").striped(true).show(ui, |ui| {
        ui.label(egui::RichText::new(t!("game-debrief-col-rep")).strong());
        for s in Stage::OPEN {
            ui.label(egui::RichText::new(crate::narrate::words::stage(s)).strong());
        }
        for h in [
            "game-debrief-col-won",
            "game-debrief-col-proposal-win-rate",
            "game-debrief-col-revenue",
            "game-debrief-col-attainment",
            "game-debrief-col-coached",
        ] {
            ui.label(egui::RichText::new(t!(h)).strong());
        }
        ui.end_row();
        let bench = run.scenario().pipeline.conversion.to_array();
        for r in &d.reps {
            ui.label(if r.left {
                t!("game-debrief-rep-left", rep = r.name.clone())
            } else {
                r.name.clone()
            });
            for n in r.entered {
                ui.label(n.to_string());
            }
            ui.label(r.won.to_string());
            if r.entered[3] > 0 {
                let rate = r.won as f64 / r.entered[3] as f64;
                ui.label(egui::RichText::new(widgets::pct(rate)).color(
                    if rate < 0.8 * bench[3] * bench[4] {
                        BAD
                    } else {
                        GOOD
                    },
                ));
            } else {
                ui.label("—");
            }
            ui.label(money(r.revenue));
            ui.label(widgets::pct(r.attainment));
            ui.label(decimal(r.coached_hours, 0));
            ui.end_row();
        }
    });
}

/// What the player chose in the top bar; egui reports one click a frame.
#[derive(Debug, PartialEq)]
pub(super) enum Choice {
    Flow(Command),
    Export,
}

fn ui(
    mut contexts: EguiContexts,
    session: Res<Session>,
    report: Res<DebriefReport>,
    mut out: MessageWriter<Command>,
    mut export: MessageWriter<Export>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(game), Some(d)) = (&session.game, &report.debrief) else {
        return Ok(());
    };
    match draw(ctx, d, &game.run, &report.exported) {
        Some(Choice::Flow(c)) => {
            out.write(c);
        }
        Some(Choice::Export) => {
            export.write(Export);
        }
        None => {}
    }
    Ok(())
}

/// Draws the debrief of `run`; returns what the player chose.
pub(super) fn draw(
    ctx: &egui::Context,
    d: &Debrief,
    run: &Run,
    exported_files: &[std::path::PathBuf],
) -> Option<Choice> {
    let mut root = widgets::root_ui(ctx);
    let mut chosen = None;
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        chosen = top_bar(ui, d);
        if !exported_files.is_empty() {
            exported(ui, exported_files);
        }
        ui.add_space(2.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| body(ui, d, run));
    });
    chosen
}

/// The scenario and seed, and the ways out: quit, back to the scenarios, export.
fn top_bar(ui: &mut egui::Ui, d: &Debrief) -> Option<Choice> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        ui.heading(
            egui::RichText::new(t!("game-debrief-heading", title = d.scenario_title.clone()))
                .strong(),
        );
        ui.label(
            egui::RichText::new(t!(
                "game-debrief-seed-weeks",
                seed = d.seed.to_string(),
                played = d.weeks_played,
                total = d.weeks_total
            ))
            .color(MUTED),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("game-quit")).clicked() {
                chosen = Some(Choice::Flow(Command::Quit));
            }
            if ui.button(t!("game-debrief-scenarios")).clicked() {
                chosen = Some(Choice::Flow(Command::ToTitle));
            }
            if widgets::primary(ui, &t!("game-debrief-export"), true).clicked() {
                chosen = Some(Choice::Export);
            }
        });
    });
    chosen
}

/// Where the export wrote its files.
fn exported(ui: &mut egui::Ui, files: &[std::path::PathBuf]) {
    ui.label(
        egui::RichText::new(t!(
            "game-debrief-exported",
            files = files
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join("  ·  ")
        ))
        .color(GOOD),
    );
}

/// The debrief from the headline down: score and rank, the next two quarters, the
/// causes, the scores beside the bots, the charts, each rep's funnel.
fn body(ui: &mut egui::Ui, d: &Debrief, run: &Run) {
    overall(ui, d);
    ui.add_space(6.0);
    projection_headline(ui, d);
    ui.add_space(6.0);
    causes(ui, d);
    scores(ui, d);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.vertical(|ui| projection_chart(ui, d));
        ui.vertical(|ui| revenue_chart(ui, d));
    });
    ui.horizontal(|ui| {
        ui.vertical(|ui| margin_chart(ui, d));
    });
    ui.horizontal(|ui| {
        ui.vertical(|ui| people_chart(ui, run));
        ui.vertical(|ui| time_chart(ui, d));
    });
    ui.add_space(8.0);
    funnels(ui, d, run);
}

/// The overall score, large, and the rank against the bots.
fn overall(ui: &mut egui::Ui, d: &Debrief) {
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(decimal(d.scores.overall, 0))
                .size(44.0)
                .strong(),
        );
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(t!("game-debrief-overall")).color(MUTED));
            ui.label(
                egui::RichText::new(t!(
                    "game-debrief-rank",
                    rank = d.rank(),
                    of = d.bots.len() + 1
                ))
                .strong(),
            );
        });
    });
}

/// What helped and what hurt, each with its explanation.
fn causes(ui: &mut egui::Ui, d: &Debrief) {
    ui.heading(t!("game-debrief-causes"));
    for c in &d.causes {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(if c.helped { "+" } else { "-" })
                    .color(if c.helped { GOOD } else { BAD })
                    .strong(),
            );
            ui.label(egui::RichText::new(&c.title).strong());
        });
        ui.label(&c.detail);
        ui.add_space(4.0);
    }
}

/// The player's scores above the bots' on the same seed.
fn scores(ui: &mut egui::Ui, d: &Debrief) {
    ui.heading(t!("game-debrief-scores"));
    ui.label(egui::RichText::new(crate::report::debrief::score_scale()).color(MUTED));
    egui::Grid::new("scores").striped(true).show(ui, |ui| {
        ui.label(egui::RichText::new(t!("game-debrief-col-manager")).strong());
        ui.label(egui::RichText::new(t!("game-debrief-col-overall")).strong());
        for p in ScorePart::ALL {
            ui.label(egui::RichText::new(crate::report::debrief::part_name(p)).strong());
        }
        ui.label(egui::RichText::new(t!("game-debrief-col-revenue")).strong());
        ui.end_row();
        score_row(ui, &t!("game-debrief-you"), &d.scores, true);
        for b in &d.bots {
            score_row(ui, &b.name, &b.scores, false);
        }
    });
}

/// One manager's row of the score table; the player's stands out.
fn score_row(ui: &mut egui::Ui, name: &str, s: &Scores, you: bool) {
    let t = |x: String| {
        if you {
            egui::RichText::new(x).strong().color(widgets::ACCENT)
        } else {
            egui::RichText::new(x)
        }
    };
    ui.label(t(name.to_string()));
    ui.label(t(decimal(s.overall, 0)));
    for p in ScorePart::ALL {
        ui.label(t(decimal(s.part(p), 2)));
    }
    ui.label(t(money(s.revenue)));
    ui.end_row();
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(ScreenUi).run_if(in_state(Screen::Debrief)),
    );
}
