//! Briefing: the scenario's story, objectives, team and numbers before week 1.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, MUTED, ScreenUi};
use crate::game::logic::catalog::Catalog;
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::Session;
use crate::game::logic::workshop::WorkshopLink;
use crate::narrate::{counted, money};
use crate::sim::Run;
use crate::sim::scenario::Scenario;

/// The team name typed on the briefing of a workshop game.
#[derive(Default)]
struct TeamDraft {
    name: String,
    /// The game the draft was started for, so a new game starts from its own name.
    seeded_for: Option<(String, u64)>,
}

fn ui(
    mut contexts: EguiContexts,
    session: Res<Session>,
    paused: Res<State<Pause>>,
    catalog: Res<Catalog>,
    link: Res<WorkshopLink>,
    mut team: Local<TeamDraft>,
    mut out: MessageWriter<Command>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(game) = &session.game else {
        return Ok(());
    };
    let key = (game.run.scenario().id.clone(), game.run.seed());
    if team.seeded_for.as_ref() != Some(&key) {
        team.name = game.player.clone();
        team.seeded_for = Some(key);
    }
    // In a workshop every team names itself before week 1, so two teams never
    // share one run file in the facilitator's folder.
    let workshop = link.dir.is_some();
    let named = !workshop || !team.name.trim().is_empty();
    let mut root = widgets::root_ui(ctx);
    let mut begin = *paused.get() == Pause::Running && named && widgets::key(ctx, egui::Key::Enter);
    let mut chosen = None;
    egui::Panel::bottom("briefing-actions").show(&mut root, |ui| {
        ui.add_space(6.0);
        chosen = actions(ui, workshop.then_some(&mut team.name), named);
        ui.add_space(6.0);
    });
    // The file's latest edit may be broken: the briefing is then of its last good version.
    let broken = game
        .entry
        .and_then(|i| catalog.entries.get(i))
        .and_then(|e| e.error.as_ref());
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| briefing(ui, &game.run, broken));
    });
    // Beginning, by the button or Enter, comes after going back (one click a frame).
    begin |= chosen == Some(Command::Begin);
    if let Some(c) = chosen.filter(|c| *c != Command::Begin) {
        out.write(c);
    }
    if begin {
        if workshop {
            out.write(Command::SetPlayer(team.name.trim().to_string()));
        }
        out.write(Command::Begin);
    }
    Ok(())
}

/// The team name (in a workshop), Begin, and the way back to the scenarios.
fn actions(ui: &mut egui::Ui, team_name: Option<&mut String>, named: bool) -> Option<Command> {
    ui.horizontal(|ui| {
        let mut chosen = None;
        if let Some(name) = team_name {
            ui.label("Team name");
            ui.add(
                egui::TextEdit::singleline(name)
                    .char_limit(crate::format::runfile::MAX_PLAYER_CHARS)
                    .desired_width(180.0),
            );
        }
        if widgets::primary(ui, "Begin week 1 ▶", named).clicked() {
            chosen = Some(Command::Begin);
        }
        if !named {
            ui.label(
                egui::RichText::new("Enter your team name so the facilitator can tell teams apart")
                    .color(widgets::WARN),
            );
        }
        ui.label(egui::RichText::new("Enter").color(MUTED));
        if ui.button("◀ Back to scenarios").clicked() {
            chosen = Some(Command::ToTitle);
        }
        chosen
    })
    .inner
}

/// The scenario's story and objectives, the team, and how scoring works.
fn briefing(ui: &mut egui::Ui, run: &Run, broken: Option<&String>) {
    if let Some(err) = broken {
        ui.label(
            egui::RichText::new(format!(
                "The file's latest edit is broken, so this is the last good version:\n{err}"
            ))
            .color(widgets::BAD)
            .monospace(),
        );
    }
    let s = &run.scenario();
    ui.heading(egui::RichText::new(&s.title).size(30.0).strong());
    let lesson = s
        .lesson
        .map(|l| format!("Lesson {l:?}: {}", l.title()))
        .unwrap_or_else(|| "Free play".into());
    ui.label(
        egui::RichText::new(format!(
            "{lesson} · {} weeks · {:?} · seed {}",
            s.weeks,
            s.difficulty,
            run.seed()
        ))
        .color(MUTED),
    );
    ui.add_space(10.0);
    for para in s.briefing.split("\n\n") {
        ui.label(egui::RichText::new(para.trim()).size(16.0));
        ui.add_space(6.0);
    }
    if !s.objectives.is_empty() {
        ui.add_space(6.0);
        ui.heading("Your objectives");
        for o in &s.objectives {
            ui.label(egui::RichText::new(format!("•  {o}")).size(15.0));
        }
    }
    ui.add_space(10.0);
    team_section(ui, s);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("How scoring works: outcomes only — revenue against quota, gross margin, team capability, who is still on the team, how far your reps win without you, forecast accuracy, and what your team sells over the next two quarters when you hand it to a hands-off manager, weighted for this scenario. Each rep's funnel (planning screen) shows what they need.").color(MUTED));
}

/// The team the manager starts with, and the hours of their week.
fn team_section(ui: &mut egui::Ui, s: &Scenario) {
    ui.heading("Your team");
    let m = &s.manager;
    ui.label(format!(
        "{}, each with a quota of {} a quarter. Your week has {:.0} hours; {:.0} are already spoken for (meetings you cannot skip), so {:.0} are yours to plan, and the organisation will ask for some of those too.",
        counted(s.team.len(), "rep", "reps"),
        money(s.quota_per_rep_per_quarter),
        m.hours_per_week,
        m.standing_hours,
        m.free_hours()
    ));
    egui::Grid::new("briefing-team")
        .striped(true)
        .show(ui, |ui| {
            // What a new manager knows on day one: names, mood and tenure. Skills
            // show in the funnels as deals move, and in the debrief afterwards.
            for h in ["Rep", "Morale", "Tenure"] {
                ui.label(egui::RichText::new(h).strong());
            }
            ui.end_row();
            for r in &s.team {
                ui.label(&r.name);
                ui.label(format!("{:.2}", r.morale));
                ui.label(counted(r.tenure_weeks as usize, "week", "weeks"));
                ui.end_row();
            }
        });
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.in_set(ScreenUi).run_if(in_state(Screen::Briefing)),
    );
}
