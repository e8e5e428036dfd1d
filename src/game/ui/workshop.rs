//! The facilitator's workshop screen: every team's run in a folder on one leaderboard
//! and shared axes, the bots on the same seed, refused files, and the event deck.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{Line, LineStyle};

use super::widgets::{self, BAD, MUTED, ScreenUi};
use crate::format::WeekLine;
use crate::format::deck::presets;
use crate::game::logic::flow::Command;
use crate::game::logic::host::{HostCommand, Hosting};
use crate::game::logic::screen::Screen;
use crate::game::logic::workshop::{WorkshopCommand, WorkshopView};
use crate::i18n::decimal;
use crate::narrate::money;
use crate::report::workshop::Workshop;
use crate::serve::{Hosted, Room};
use crate::sim::Scores;
use crate::t;

const COLORS: [egui::Color32; 8] = widgets::SERIES;

fn curve(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    width: f32,
    view: &WorkshopView,
    f: fn(&WeekLine) -> f64,
) {
    let Some(w) = &view.workshop else { return };
    ui.vertical(|ui| {
        ui.label(egui::RichText::new(title).strong());
        widgets::chart(id, width, 200.0).show(ui, |p| {
            for (i, t) in w.teams.iter().enumerate() {
                let pts: Vec<[f64; 2]> = t.weeks.iter().map(|x| [x.week as f64, f(x)]).collect();
                p.line(
                    Line::new(t.name.clone(), pts)
                        .color(COLORS[i % COLORS.len()])
                        .width(2.5),
                );
            }
            for b in &w.bots {
                let pts: Vec<[f64; 2]> = b.weeks.iter().map(|x| [x.week as f64, f(x)]).collect();
                p.line(
                    Line::new("", pts)
                        .color(egui::Color32::GRAY)
                        .style(LineStyle::dashed_dense())
                        .width(1.0),
                );
            }
        });
    });
}

/// The join address as a QR code, drawn module by module (dark on white, with a
/// quiet zone), for the projector.
fn qr(ui: &mut egui::Ui, url: &str, size: f32) {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return;
    };
    let n = code.width();
    let quiet = 4.0;
    let module = size / (n as f32 + 2.0 * quiet);
    let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(size), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, egui::Color32::WHITE);
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = ((i % n) as f32 + quiet, (i / n) as f32 + quiet);
            let min = rect.min + egui::vec2(x * module, y * module);
            painter.rect_filled(
                egui::Rect::from_min_size(min, egui::Vec2::splat(module)),
                0.0,
                egui::Color32::BLACK,
            );
        }
    }
}

/// Hosting the workshop from this screen: the form, or the address, code and QR code
/// with the room's controls.
fn host_panel(ui: &mut egui::Ui, hosting: &mut Hosting, folder: &str) -> Option<HostCommand> {
    ui.heading(t!("game-ws-host"));
    match &hosting.hosted {
        Some(h) => room_panel(ui, h),
        None => host_form(ui, hosting, folder),
    }
}

/// The scenario, seed and address to host on; the room opens on the folder above.
fn host_form(ui: &mut egui::Ui, hosting: &mut Hosting, folder: &str) -> Option<HostCommand> {
    ui.label(egui::RichText::new(t!("game-ws-host-intro")).color(MUTED));
    let combo = egui::ComboBox::from_id_salt("host-scenario")
        .selected_text(hosting.scenario.clone())
        .show_ui(ui, |ui| {
            for (file, _) in crate::scenario::SHIPPED {
                let id = file.trim_end_matches(".ron").to_string();
                ui.selectable_value(&mut hosting.scenario, id.clone(), id);
            }
        });
    widgets::name_for_readers(&combo.response, &t!("game-title-col-scenario"));
    ui.horizontal(|ui| {
        ui.label(t!("game-title-seed"));
        let seed = ui.add(egui::DragValue::new(&mut hosting.seed).range(0..=999_999));
        widgets::name_number_field(&seed, &t!("game-title-seed"), hosting.seed as f64);
        ui.label(t!("game-ws-address"));
        let field = ui.add(egui::TextEdit::singleline(&mut hosting.bind).desired_width(110.0));
        widgets::name_text_field(&field, &t!("game-ws-address"), &hosting.bind);
    });
    let bind = hosting.bind.trim().parse::<std::net::SocketAddr>();
    let ready = !folder.trim().is_empty() && bind.is_ok();
    let start = ui
        .add_enabled(ready, egui::Button::new(t!("game-ws-host")))
        .clicked();
    if bind.is_err() {
        ui.label(egui::RichText::new(t!("game-ws-address-invalid")).color(BAD));
    }
    match bind {
        Ok(bind) if start => Some(HostCommand::Start {
            dir: folder.trim().into(),
            scenario: hosting.scenario.clone(),
            seed: hosting.seed,
            bind,
        }),
        _ => None,
    }
}

/// The hosted room: where teams join, then its controls. egui reports one click a
/// frame, so one command at most.
fn room_panel(ui: &mut egui::Ui, h: &Hosted) -> Option<HostCommand> {
    let room = h.room();
    ui.label(t!("game-ws-join-at"));
    ui.label(egui::RichText::new(&h.join_url).strong().size(15.0));
    ui.label(
        egui::RichText::new(t!("game-ws-code", code = room.code.to_string()))
            .strong()
            .size(22.0),
    );
    qr(ui, &h.join_url, 200.0);
    ui.label(
        egui::RichText::new(t!("game-ws-own-page", url = h.facilitator_url.to_string()))
            .small()
            .color(MUTED),
    );
    room_controls(ui, &room)
}

/// Pause, resume or stop the room, and finish (or reopen) each team's game.
fn room_controls(ui: &mut egui::Ui, room: &Room) -> Option<HostCommand> {
    let mut chosen = None;
    ui.horizontal(|ui| {
        let paused = room.paused;
        if ui
            .button(if paused {
                t!("game-ws-resume-room")
            } else {
                t!("game-ws-pause-room")
            })
            .clicked()
        {
            chosen = Some(HostCommand::Pause(!paused));
        }
        if ui.button(t!("game-ws-stop")).clicked() {
            chosen = Some(HostCommand::Stop);
        }
    });
    if room.paused {
        ui.label(egui::RichText::new(t!("game-ws-room-paused")).color(BAD));
    }
    for t in &room.teams {
        ui.horizontal(|ui| {
            ui.label(t!(
                "game-ws-team-week",
                team = t.record.name.to_string(),
                week = t.run.tick(),
                weeks = t.run.weeks()
            ));
            let label = if t.record.finished {
                t!("game-ws-play-on")
            } else {
                t!("game-ws-finish")
            };
            if ui.small_button(label).clicked() {
                chosen = Some(HostCommand::Finish {
                    token: t.record.token.clone(),
                    finished: !t.record.finished,
                });
            }
        });
    }
    chosen
}

/// What the facilitator chose in the top bar.
enum Choice {
    Flow(Command),
    Desk(WorkshopCommand),
}

fn ui(
    mut contexts: EguiContexts,
    mut view: ResMut<WorkshopView>,
    mut hosting: ResMut<Hosting>,
    mut out: MessageWriter<Command>,
    mut host_out: MessageWriter<HostCommand>,
    mut desk: MessageWriter<WorkshopCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let orders = draw(ctx, &mut view, &mut hosting);
    out.write_batch(orders.flow);
    desk.write_batch(orders.desk);
    host_out.write_batch(orders.host);
    Ok(())
}

/// What the facilitator chose this frame, for the game's flow, the workshop desk and
/// the hosted room.
#[derive(Default, Debug)]
pub(super) struct Orders {
    pub flow: Vec<Command>,
    pub desk: Vec<WorkshopCommand>,
    pub host: Option<HostCommand>,
}

/// Draws the facilitator's screen, editing its forms in place; returns the orders.
pub(super) fn draw(ctx: &egui::Context, view: &mut WorkshopView, hosting: &mut Hosting) -> Orders {
    let mut root = widgets::root_ui(ctx);
    let mut orders = Orders::default();
    let mut chosen = Vec::new();
    egui::Panel::top("workshop-top").show(&mut root, |ui| {
        ui.add_space(4.0);
        chosen = top_bar(ui, view);
        ui.add_space(2.0);
    });
    for c in chosen {
        match c {
            Choice::Flow(c) => orders.flow.push(c),
            Choice::Desk(c) => orders.desk.push(c),
        }
    }
    egui::Panel::right("deck")
        .exact_size(300.0)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(4.0);
                orders.host = host_panel(ui, hosting, &view.folder);
                ui.separator();
                orders.desk.extend(event_deck(ui, view));
            });
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| comparison(ui, view));
    });
    orders
}

/// The folder of run files, loading and exporting it, and the way back. Load comes
/// from the button or Enter in the folder field, so more than one choice may come.
fn top_bar(ui: &mut egui::Ui, view: &mut WorkshopView) -> Vec<Choice> {
    let mut chosen = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(egui::RichText::new(t!("game-ws-heading")).strong());
        ui.label(t!("game-ws-folder"));
        let edit = ui.add(egui::TextEdit::singleline(&mut view.folder).desired_width(360.0));
        widgets::name_text_field(&edit, &t!("game-ws-folder"), &view.folder);
        if ui.button(t!("game-ws-load")).clicked()
            || (edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)))
        {
            chosen.push(Choice::Desk(WorkshopCommand::Load));
        }
        if ui
            .add_enabled(
                view.workshop.is_some(),
                egui::Button::new(t!("game-ws-export")),
            )
            .clicked()
        {
            chosen.push(Choice::Desk(WorkshopCommand::Export));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("game-debrief-scenarios")).clicked() {
                chosen.push(Choice::Flow(Command::ToTitle));
            }
        });
    });
    chosen
}

/// The event deck: a card per preset to deal to every team, and the cards dealt.
/// egui reports one click a frame, so one card at most.
fn event_deck(ui: &mut egui::Ui, view: &WorkshopView) -> Option<WorkshopCommand> {
    ui.heading(t!("game-ws-deck"));
    ui.label(egui::RichText::new(t!("game-ws-deck-intro")).color(MUTED));
    let folder_ok = !view.folder.trim().is_empty();
    let mut chosen = None;
    for (i, card) in presets().iter().enumerate() {
        if ui
            .add_enabled(folder_ok, egui::Button::new(card.label()).wrap())
            .clicked()
        {
            chosen = Some(WorkshopCommand::Deal(i));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new(t!("game-ws-dealt", n = view.deck.len())).strong());
    for c in &view.deck {
        ui.label(format!("#{} {}", c.id, c.label()));
    }
    chosen
}

/// The teams compared: the workshop's line, refused files, the leaderboard, the
/// curves on shared axes and each team's decisions week by week.
fn comparison(ui: &mut egui::Ui, view: &WorkshopView) {
    if let Some(e) = &view.error {
        ui.label(egui::RichText::new(e).color(BAD));
    }
    let Some(w) = &view.workshop else {
        ui.label(egui::RichText::new(t!("game-ws-empty")).color(MUTED));
        return;
    };
    ui.label(
        egui::RichText::new(t!(
            "game-ws-summary",
            title = w.scenario_title.clone(),
            seed = w.seed.to_string(),
            weeks = w.weeks,
            teams = w.teams.len(),
            code = format!("{}/{}", w.scenario_id, w.seed)
        ))
        .size(16.0),
    );
    for r in &w.refused {
        ui.label(
            egui::RichText::new(t!("game-ws-refused", reason = r.reason.to_string())).color(BAD),
        );
    }
    ui.heading(t!("game-ws-leaderboard"));
    leaderboard(ui, w);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(t!("game-ws-curves-legend")).color(MUTED));
    let width = (ui.available_width() / 3.0 - 14.0).max(220.0);
    ui.horizontal(|ui| {
        curve(
            ui,
            "ws-rev",
            &t!("game-ws-curve-revenue"),
            width,
            view,
            |x| x.cum_revenue,
        );
        curve(
            ui,
            "ws-margin",
            &t!("game-ws-curve-margin"),
            width,
            view,
            |x| x.cum_margin,
        );
        curve(ui, "ws-cap", &t!("game-ws-curve-skill"), width, view, |x| {
            x.capability
        });
    });
    ui.heading(t!("game-ws-decisions"));
    timeline(ui, w);
}

/// Every team ranked, then the bots on the same seed in grey.
fn leaderboard(ui: &mut egui::Ui, w: &Workshop) {
    egui::Grid::new("leaderboard").striped(true).show(ui, |ui| {
        ui.label(egui::RichText::new("#").strong());
        for h in [
            "game-ws-col-team",
            "game-ws-col-overall",
            "game-ws-col-revenue-quota",
            "game-ws-col-margin",
            "game-ws-col-capability",
            "game-ws-col-retention",
            "game-ws-col-independence",
            "game-ws-col-revenue",
            "game-ws-col-weeks",
        ] {
            ui.label(egui::RichText::new(t!(h)).strong());
        }
        ui.end_row();
        let text = ui.visuals().text_color();
        for (i, t) in w.teams.iter().enumerate() {
            ui.label((i + 1).to_string());
            ui.label(
                egui::RichText::new(&t.name)
                    .strong()
                    .color(COLORS[i % COLORS.len()]),
            );
            score_cells(ui, &t.scores, text);
            ui.label(if t.finished {
                format!("{}", t.weeks_played)
            } else {
                t!("game-ws-playing", played = t.weeks_played, weeks = w.weeks)
            });
            ui.end_row();
        }
        for b in &w.bots {
            ui.label("");
            ui.label(egui::RichText::new(t!("game-ws-bot", bot = b.name.clone())).color(MUTED));
            score_cells(ui, &b.scores, MUTED);
            ui.label(egui::RichText::new(w.weeks.to_string()).color(MUTED));
            ui.end_row();
        }
    });
}

/// Each team's decisions, a column per team and a row per week.
fn timeline(ui: &mut egui::Ui, w: &Workshop) {
    egui::Grid::new("timeline")
        .striped(true)
        .min_col_width(40.0)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(t!("game-ws-col-week")).strong());
            for t in &w.teams {
                ui.label(egui::RichText::new(&t.name).strong());
            }
            ui.end_row();
            for wk in 0..w.weeks as usize {
                ui.label((wk + 1).to_string());
                for t in &w.teams {
                    ui.vertical(|ui| {
                        ui.set_width(210.0);
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(t.decisions.get(wk).map_or("", String::as_str))
                                    .small(),
                            )
                            .wrap(),
                        );
                    });
                }
                ui.end_row();
            }
        });
}

/// A leaderboard row's score columns, in one colour.
fn score_cells(ui: &mut egui::Ui, s: &Scores, color: egui::Color32) {
    for text in [
        decimal(s.overall, 0),
        widgets::pct(s.revenue_vs_quota),
        widgets::pct(s.gross_margin),
        decimal(s.capability_end, 2),
        widgets::pct(s.retention),
        widgets::pct(s.independence),
        money(s.revenue),
    ] {
        ui.label(egui::RichText::new(text).color(color));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(ScreenUi).run_if(in_state(Screen::Workshop)),
    );
}
