//! A team's pages in the browser: join, plan the week (funnels, deals, demands and
//! the action planner with its hours), the week's report. Every text goes through
//! maud, which escapes it: a team name holding a script prints as text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::room::{Room, Team};
use crate::narrate::{describe_action, menu_label, money, pct, reading};
use crate::policy::bot_benchmark;
use crate::report::html::STYLE;
use crate::sim::diagnosis::{diagnose, stage_conversions};
use crate::sim::{ActionKind, Rep, Run, Seat, Skill, Stage, Target};

/// The served copy of htmx (vendored: works with no network).
pub const HTMX_PATH: &str = "/static/htmx-2.0.11.min.js";

/// A whole page around `body`.
pub fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) (PreEscaped(EXTRA_STYLE)) }
                script src=(HTMX_PATH) defer {}
            }
            body { main { (body) } }
        }
    }
}

/// What the served pages add to the exports' stylesheet: forms and notices.
const EXTRA_STYLE: &str = "
body { max-width: 1400px; padding: 0 1em; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 1.5em; align-items: start; }
.cols > div { overflow-x: auto; }
.side { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; background: #fafafa; padding: 0 0.8em; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } .side { position: static; max-height: none; } }
td.words { text-align: left; min-width: 14em; }
form.inline { display: inline; }
.notice { background: #fff7d6; border-left: 4px solid #e69f00; padding: 4px 10px; margin: 8px 0; }
.error { background: #fde8e8; border-left: 4px solid #d55e00; padding: 4px 10px; margin: 8px 0; }
fieldset { border: 1px solid #ccc; margin: 1em 0; } label { margin-right: 1em; }
button { margin: 2px; }
";

/// A page saying what went wrong, with a way back.
pub fn message(title: &str, text: &str, back: Option<&str>) -> Markup {
    layout(
        title,
        html! {
            h1 { (title) }
            p.error { (text) }
            @if let Some(href) = back { p { a href=(href) { "Back" } } }
        },
    )
}

/// The first page: the workshop code.
pub fn landing() -> Markup {
    layout(
        "Pit Crew workshop",
        html! {
            h1 { "Pit Crew workshop" }
            p { "Type the workshop code your facilitator shows." }
            form method="get" action="/join" {
                label { "Code " input name="code" maxlength="12" autocomplete="off" required; }
                button type="submit" { "Continue" }
            }
        },
    )
}

/// The join page of a room: a team name.
pub fn join(room: &Room, error: Option<&str>) -> Markup {
    layout(
        "Join the workshop",
        html! {
            h1 { "Join: " (room.scenario.title) }
            p.sub { (room.scenario.weeks) " weeks · seed " (room.seed) " · " (room.teams.len()) " teams so far" }
            @if let Some(e) = error { p.error { (e) } }
            form method="post" action={ "/" (room.code) "/join" } {
                label { "Team name " input name="name" maxlength="60" required autofocus; }
                button type="submit" { "Join" }
            }
            p.sub { "Your team's page has its own address: keep it to continue on another laptop." }
        },
    )
}

/// Where a team's page lives.
pub fn team_href(room: &Room, team: &Team) -> String {
    format!("/{}/t/{}", room.code, team.record.token)
}

/// The planning page of a team's week.
pub fn planning(room: &Room, team: &Team, error: Option<&str>) -> Markup {
    let run = &team.run;
    let base = team_href(room, team);
    let last = run.ledger().history.last();
    html! {
        h1 { (team.record.name) ": week " (run.week()) " of " (run.weeks()) }
        p.sub {
            (room.scenario.title)
            @if let Some(w) = last {
                " · revenue " (money(w.cum_revenue)) " of " (money(w.quota_to_date)) " quota so far"
                " · " a href={ (base) "/week/" (w.week) } { "week " (w.week) " report" }
            }
        }
        @if room.paused { p.notice { "The facilitator has paused the room." } }
        @for n in &team.notices { p.notice { (n) } }
        @if let Some(e) = error { p.error { (e) } }
        div.cols {
            div {
                (team_table(run))
                (funnels(run))
                (deal_table(run, &base))
            }
            // The planner stays in view beside the tables, as the game's side panel.
            aside.side { div #planner { (planner(room, team)) } }
        }
    }
}

fn seat_label(r: &Rep) -> String {
    match r.seat {
        Seat::Filled => r.name.to_string(),
        Seat::ManagerBook => "Your own book".into(),
        Seat::Vacant { hire_ready: None } => format!("Vacant seat ({})", r.name),
        Seat::Vacant {
            hire_ready: Some(w),
        } => format!("Hire starts week {} ({})", w + 1, r.name),
    }
}

fn team_table(run: &Run) -> Markup {
    html! {
        h2 { "Your team" }
        table {
            thead { tr { th { "rep" } th { "morale" } th { "revenue" } th { "wins" } th { "open deals" } th { "selling hours" } } }
            tbody {
                @for r in run.team().seats() {
                    tr {
                        td { (seat_label(r)) }
                        td { @if r.is_person() { (pct(r.morale)) } @else { "—" } }
                        td { (money(r.funnel.revenue)) }
                        td { (r.funnel.won) }
                        td { (run.pipeline().open.iter().filter(|d| d.rep == r.id).count()) }
                        td { (format!("{:.1}", r.selling_hours)) }
                    }
                }
            }
        }
    }
}

/// Each rep's funnel: stage conversions against the benchmark, proposals and wins,
/// discounts asked, and what the funnel reads as. No skill numbers: that is the
/// manager's diagnosis to make.
fn funnels(run: &Run) -> Markup {
    let bench = bot_benchmark(run);
    html! {
        h2 { "Funnels" }
        table {
            thead { tr {
                th { "rep" } th { "leads" }
                @for s in Stage::OPEN { th { (s.to_string()) " →" } }
                th { "proposals → wins" } th { "avg discount asked" } th { "reading" }
            } }
            tbody {
                tr.bot {
                    td { "benchmark" } td { (format!("{:.1}/wk", bench.leads_per_week)) }
                    @for c in bench.conversion { td { (pct(c)) } }
                    td { (pct(bench.proposal_win_rate)) } td { (pct(bench.heavy_discount)) } td {}
                }
                @for r in run.team().reps.iter().filter(|r| r.is_person()) {
                    @let f = &r.funnel;
                    @let conv = stage_conversions(r, &bench);
                    tr {
                        td { (r.name.to_string()) }
                        td { (f.leads) }
                        @for (i, c) in conv.iter().enumerate() {
                            td title={ "benchmark " (pct(bench.conversion[i])) } {
                                (pct(*c)) @if *c < 0.8 * bench.conversion[i] { " ▼" }
                            }
                        }
                        td { (f.entered[3]) " → " (f.won) }
                        td { @if f.asks > 0 { (pct(f.avg_asked())) } @else { "—" } }
                        td.words { (reading(&diagnose(r, run.tick(), &bench).reading)) }
                    }
                }
            }
        }
        p.sub { "▼ converts below 80 % of the benchmark. Small samples are noisy." }
    }
}

fn deal_table(run: &Run, base: &str) -> Markup {
    let mut deals: Vec<_> = run.pipeline().open.iter().collect();
    deals.sort_by(|a, b| b.stage.cmp(&a.stage).then(b.value.total_cmp(&a.value)));
    html! {
        h2 { "Deals" }
        table {
            thead { tr { th { "account" } th { "rep" } th { "stage" } th { "value" } th { "weeks in stage" } th { "health" } th { "act" } } }
            tbody {
                @for d in deals.iter().take(60) {
                    tr {
                        td { (run.account_name(d.account)) }
                        td { (run.team().rep(d.rep).map(|r| r.name.to_string()).unwrap_or_default()) }
                        td { (d.stage.to_string()) }
                        td { (money(d.value)) }
                        td { (d.weeks_in_stage) }
                        td { (run.health(d).label()) }
                        td style="text-align:left" {
                            @if d.approval_pending {
                                (deal_button(base, ActionKind::Approve, d.id.0, Some(d.discount_asked),
                                    &format!("Approve {}", pct(d.discount_asked))))
                            }
                            @if d.stage >= Stage::Qualify {
                                (deal_button(base, ActionKind::RideAlong, d.id.0, None, "Ride along"))
                                (deal_button(base, ActionKind::SuperClose, d.id.0, None, "Close it yourself"))
                            }
                        }
                    }
                }
            }
        }
        @if deals.len() > 60 { p.sub { "The 60 latest-stage deals of " (deals.len()) "." } }
    }
}

fn deal_button(
    base: &str,
    kind: ActionKind,
    deal: u64,
    discount: Option<f64>,
    text: &str,
) -> Markup {
    html! {
        form.inline method="post" action={ (base) "/action" } hx-post={ (base) "/action" } hx-target="#planner" {
            input type="hidden" name="kind" value=(format!("{kind:?}"));
            input type="hidden" name="deal" value=(deal);
            @if let Some(x) = discount { input type="hidden" name="discount" value=(x); }
            button type="submit" { (text) }
        }
    }
}

/// The week's plan: demands, discount cap, the actions so far with their hours, the
/// form to add one, and the button that resolves the week.
pub fn planner(room: &Room, team: &Team) -> Markup {
    let run = &team.run;
    let base = team_href(room, team);
    let draft = &team.draft;
    let cost = run.validate_plan(draft);
    let m = &run.scenario().manager;
    html! {
        h2 { "Your week" }
        p {
            "Of your " (format!("{:.0}", m.hours_per_week)) " h, " (format!("{:.0}", m.standing_hours))
            " h go to standing meetings. The organisation asks for "
            (format!("{:.1}", run.org().demand_hours)) " h more this week."
        }
        form method="post" action={ (base) "/settings" } hx-post={ (base) "/settings" } hx-target="#planner" {
            label { "You absorb "
                select name="absorb" {
                    @for i in 0..=4u32 {
                        @let v = f64::from(i) * 0.25;
                        option value=(v) selected[(draft.absorb - v).abs() < 1e-9] { (pct(v)) }
                    }
                }
            }
            label { "Discount cap (now " (pct(run.manager().discount_cap)) ") "
                select name="cap" {
                    option value="" selected[draft.discount_cap.is_none()] { "unchanged" }
                    @for i in 0..=10u32 {
                        @let v = f64::from(i) * 0.05;
                        option value=(v) selected[draft.discount_cap.is_some_and(|c| (c - v).abs() < 1e-9)] { (pct(v)) }
                    }
                }
            }
            button type="submit" { "Set" }
        }
        p.sub {
            "You spend " (format!("{:.1}", run.absorbed_hours(draft.absorb))) " h on demands; each rep loses "
            (format!("{:.1}", run.passed_on_hours(draft.absorb))) " h of selling."
        }
        h3 { "Planned" }
        @if draft.actions.is_empty() { p.sub { "Nothing yet." } }
        ol {
            @for (i, a) in draft.actions.iter().enumerate() {
                li {
                    (describe_action(run, a)) " "
                    form.inline method="post" action={ (base) "/remove" } hx-post={ (base) "/remove" } hx-target="#planner" {
                        input type="hidden" name="index" value=(i);
                        button type="submit" { "Remove" }
                    }
                }
            }
        }
        @match &cost {
            Ok(c) => p { strong { (format!("{:.1} of {:.1} h planned", c.hours, c.available)) } " · goodwill " (format!("{:.1}", run.manager().goodwill)) },
            Err(e) => p.error { (e.to_string()) },
        }
        (add_form(run, &base))
        form method="post" action={ (base) "/resolve" } {
            button type="submit" disabled[room.paused || team.record.finished || cost.is_err()] { "Resolve week " (run.week()) }
        }
    }
}

fn add_form(run: &Run, base: &str) -> Markup {
    let reps: Vec<&Rep> = run.team().reps.iter().filter(|r| r.is_person()).collect();
    let vacant: Vec<&Rep> = run
        .team()
        .reps
        .iter()
        .filter(|r| matches!(r.seat, Seat::Vacant { hire_ready: None }))
        .collect();
    html! {
        fieldset {
            legend { "Add an action" }
            form method="post" action={ (base) "/action" } hx-post={ (base) "/action" } hx-target="#planner" {
                label { "Action "
                    select name="kind" {
                        @for k in ActionKind::ALL.into_iter().filter(|k| k.target() != Target::Deal) {
                            option value=(format!("{k:?}")) { (menu_label(k)) }
                        }
                    }
                }
                label { "Rep or seat "
                    select name="rep" {
                        @for r in &reps { option value=(r.id.0) { (r.name.to_string()) } }
                        @for r in &vacant { option value=(r.id.0) { (seat_label(r)) } }
                    }
                }
                label { "Skill "
                    select name="skill" {
                        @for s in Skill::ALL { option value=(format!("{s:?}")) { (s.to_string()) } }
                    }
                }
                label { "Hours " input type="number" name="hours" value="2" min="0.5" max="20" step="0.5"; }
                button type="submit" { "Add" }
            }
            p.sub { "Rep and skill apply where the action takes them; hours to coaching and your own book." }
        }
    }
}

/// The report of one resolved week: the figures and what happened.
pub fn week_report(room: &Room, team: &Team, week: u32) -> Option<Markup> {
    let run = &team.run;
    let w = run.ledger().history.get(week.checked_sub(1)? as usize)?;
    let base = team_href(room, team);
    let accounts = &run.scenario().market.accounts;
    Some(html! {
        h1 { (team.record.name) ": week " (w.week) " report" }
        table {
            tbody {
                tr { td { "revenue this week" } td { (money(w.revenue)) } }
                tr { td { "revenue so far / quota" } td { (money(w.cum_revenue)) " / " (money(w.quota_to_date)) } }
                tr { td { "wins / losses" } td { (w.wins) " / " (w.losses) } }
                tr { td { "new leads" } td { (w.leads) } }
                tr { td { "open deals" } td { (w.open_deals) } }
            }
        }
        h2 { "What happened" }
        ul {
            @for h in &w.happenings { li { (crate::narrate::describe(h, w, accounts)) } }
        }
        @if run.is_finished() {
            p { a href={ (base) "/debrief" } { "See the debrief" } }
        } @else if week == run.tick() {
            p { a href=(base) { "Plan week " (run.week()) } }
        } @else {
            p { a href=(base) { "Back to planning" } }
        }
    })
}
