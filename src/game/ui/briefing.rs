//! Briefing: the scenario's story, objectives, team and numbers before week 1.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::widgets::{self, MUTED, ScreenUi};
use crate::game::logic::catalog::Catalog;
use crate::game::logic::flow::Command;
use crate::game::logic::screen::{Pause, Screen};
use crate::game::logic::session::Session;
use crate::game::logic::workshop::WorkshopLink;
use crate::i18n::decimal;
use crate::narrate::money;
use crate::sim::Run;
use crate::sim::scenario::Scenario;
use crate::t;

/// The team name typed on the briefing of a workshop game.
#[derive(Default)]
pub(super) struct TeamDraft {
    pub name: String,
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
    // The file's latest edit may be broken: the briefing is then of its last good version.
    let broken = game
        .entry
        .and_then(|i| catalog.entries.get(i))
        .and_then(|e| e.error.as_ref());
    let screen = BriefingScreen {
        run: &game.run,
        broken,
        workshop: link.dir.is_some(),
        running: *paused.get() == Pause::Running,
    };
    out.write_batch(screen.draw(ctx, &mut team));
    Ok(())
}

/// What the briefing shows: the run about to begin, the scenario file's error if its
/// latest edit is broken, whether a workshop asks for a team name.
pub(super) struct BriefingScreen<'a> {
    pub run: &'a Run,
    pub broken: Option<&'a String>,
    pub workshop: bool,
    pub running: bool,
}

impl BriefingScreen<'_> {
    /// Draws the briefing; returns the commands chosen, Begin (by the button or Enter)
    /// last, after the team's name.
    pub(super) fn draw(&self, ctx: &egui::Context, team: &mut TeamDraft) -> Vec<Command> {
        // In a workshop every team names itself before week 1, so two teams never
        // share one run file in the facilitator's folder.
        let named = !self.workshop || !team.name.trim().is_empty();
        let mut root = widgets::root_ui(ctx);
        let mut begin = self.running && named && widgets::key(ctx, egui::Key::Enter);
        let mut chosen = None;
        egui::Panel::bottom("briefing-actions").show(&mut root, |ui| {
            ui.add_space(6.0);
            chosen = actions(ui, self.workshop.then_some(&mut team.name), named);
            ui.add_space(6.0);
        });
        egui::CentralPanel::default().show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| briefing(ui, self.run, self.broken));
        });
        // Beginning, by the button or Enter, comes after going back (one click a frame).
        begin |= chosen == Some(Command::Begin);
        let mut commands: Vec<Command> = chosen
            .filter(|c| *c != Command::Begin)
            .into_iter()
            .collect();
        if begin {
            if self.workshop {
                commands.push(Command::SetPlayer(team.name.trim().to_string()));
            }
            commands.push(Command::Begin);
        }
        commands
    }
}

/// The team name (in a workshop), Begin, and the way back to the scenarios.
fn actions(ui: &mut egui::Ui, team_name: Option<&mut String>, named: bool) -> Option<Command> {
    ui.horizontal(|ui| {
        let mut chosen = None;
        if let Some(name) = team_name {
            ui.label(t!("game-briefing-team-name"));
            let field = ui.add(
                egui::TextEdit::singleline(name)
                    .char_limit(crate::format::runfile::MAX_PLAYER_CHARS)
                    .desired_width(180.0),
            );
            widgets::name_text_field(&field, &t!("game-briefing-team-name"), name);
        }
        if widgets::primary(ui, &t!("game-briefing-begin"), named).clicked() {
            chosen = Some(Command::Begin);
        }
        if !named {
            ui.label(egui::RichText::new(t!("game-briefing-name-needed")).color(widgets::WARN));
        }
        ui.label(egui::RichText::new(t!("game-key-enter")).color(MUTED));
        if ui.button(t!("game-briefing-back")).clicked() {
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
            egui::RichText::new(format!("{}\n{err}", t!("game-briefing-broken-edit")))
                .color(widgets::BAD)
                .monospace(),
        );
    }
    let s = &run.scenario();
    ui.heading(egui::RichText::new(&s.title).size(30.0).strong());
    let lesson = s
        .lesson
        .map(|l| {
            t!(
                "game-briefing-lesson",
                lesson = format!("{l:?}"),
                title = l.title().to_string()
            )
        })
        .unwrap_or_else(|| t!("game-briefing-free-play"));
    ui.label(
        egui::RichText::new(t!(
            "game-briefing-facts",
            lesson = lesson,
            weeks = s.weeks,
            difficulty = super::title::difficulty(s.difficulty),
            seed = run.seed().to_string()
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
        ui.heading(t!("game-briefing-objectives"));
        for o in &s.objectives {
            ui.label(egui::RichText::new(format!("•  {o}")).size(15.0));
        }
    }
    ui.add_space(10.0);
    team_section(ui, s);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("game-briefing-scoring")).color(MUTED));
}

/// The team the manager starts with, and the hours of their week.
fn team_section(ui: &mut egui::Ui, s: &Scenario) {
    ui.heading(t!("game-briefing-team"));
    let m = &s.manager;
    ui.label(t!(
        "game-briefing-team-facts",
        reps = s.team.len(),
        quota = money(s.quota_per_rep_per_quarter),
        hours = decimal(m.hours_per_week, 0),
        standing = decimal(m.standing_hours, 0),
        free = decimal(m.free_hours(), 0)
    ));
    egui::Grid::new("briefing-team")
        .striped(true)
        .show(ui, |ui| {
            // What a new manager knows on day one: names, mood and tenure. Skills
            // show in the funnels as deals move, and in the debrief afterwards.
            for h in [
                "game-debrief-col-rep",
                "game-morale",
                "game-briefing-tenure",
            ] {
                ui.label(egui::RichText::new(t!(h)).strong());
            }
            ui.end_row();
            for r in &s.team {
                ui.label(&r.name);
                ui.label(decimal(r.morale, 2));
                ui.label(t!("game-weeks", n = r.tenure_weeks));
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
