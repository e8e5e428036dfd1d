//! A team's pages in the browser: join, plan the week (funnels, deals, demands and
//! the action planner with its hours), the week's report. Every text goes through
//! maud, which escapes it: a team name holding a script prints as text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::room::{Room, Team};
use crate::i18n::decimal;
use crate::narrate::words::{skill, stage};
use crate::narrate::{describe_action, menu_label, money, pct, reading};
use crate::policy::bot_benchmark;
use crate::report::html::STYLE;
use crate::sim::diagnosis::{diagnose, stage_conversions};
use crate::sim::{ActionKind, Health, Rep, Run, Seat, Skill, Stage, Target};
use crate::t;

/// The served copy of htmx (vendored: works with no network).
pub const HTMX_PATH: &str = "/static/htmx-2.0.11.min.js";

/// A whole page around `body`.
pub fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(crate::i18n::lang().code()) {
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
            @if let Some(href) = back { p { a href=(href) { (t!("serve-back")) } } }
        },
    )
}

/// The first page: the workshop code.
pub fn landing() -> Markup {
    let title = t!("serve-workshop-title");
    layout(
        &title,
        html! {
            h1 { (title) }
            p { (t!("serve-landing-prompt")) }
            form method="get" action="/join" {
                label { (t!("serve-landing-code")) " " input name="code" maxlength="12" autocomplete="off" required; }
                button type="submit" { (t!("serve-continue")) }
            }
        },
    )
}

/// The join page of a room: a team name.
pub fn join(room: &Room, error: Option<&str>) -> Markup {
    layout(
        &t!("serve-join-title"),
        html! {
            h1 { (t!("serve-join-heading", scenario = room.scenario.title.as_str())) }
            p.sub { (t!("serve-join-sub", weeks = room.scenario.weeks, seed = room.seed.to_string(), teams = room.teams.len())) }
            @if let Some(e) = error { p.error { (e) } }
            form method="post" action={ "/" (room.code) "/join" } {
                label { (t!("serve-join-name")) " " input name="name" maxlength="60" required autofocus; }
                button type="submit" { (t!("serve-join-button")) }
            }
            p.sub { (t!("serve-join-keep-address")) }
        },
    )
}

/// Where a message places its bold part (its `$strong` argument): a character no
/// translation holds.
pub const STRONG: &str = "\u{E000}";

/// A message asked for with `strong = STRONG`, its bold part set in bold and the rest
/// escaped as text: one sentence per language, the bold part wherever its word order
/// puts it.
pub fn with_strong(text: &str, strong: &str) -> Markup {
    let (before, after) = around_strong(text);
    html! { (before) strong { (strong) } (after) }
}

/// The words before and after a message's bold part.
pub fn around_strong(text: &str) -> (&str, &str) {
    text.split_once(STRONG).unwrap_or((text, ""))
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
        h1 { (t!("serve-team-heading", team = team.record.name.as_str(), week = run.week(), weeks = run.weeks())) }
        p.sub {
            (room.scenario.title)
            @if let Some(w) = last {
                " · " (t!("serve-team-progress", revenue = money(w.cum_revenue), quota = money(w.quota_to_date)))
                " · " a href={ (base) "/week/" (w.week) } { (t!("serve-week-report-link", week = w.week)) }
            }
        }
        @if room.paused { p.notice { (t!("serve-paused-notice")) } }
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
        Seat::ManagerBook => t!("serve-seat-own-book"),
        Seat::Vacant { hire_ready: None } => t!("serve-seat-vacant", seat = r.name.to_string()),
        Seat::Vacant {
            hire_ready: Some(w),
        } => t!(
            "serve-seat-hire-starts",
            week = w + 1,
            seat = r.name.to_string()
        ),
    }
}

fn team_table(run: &Run) -> Markup {
    html! {
        h2 { (t!("serve-your-team")) }
        table {
            thead { tr {
                th { (t!("serve-col-rep")) } th { (t!("serve-col-morale")) } th { (t!("serve-col-revenue")) }
                th { (t!("serve-col-wins")) } th { (t!("serve-col-open-deals")) } th { (t!("serve-col-selling-hours")) }
            } }
            tbody {
                @for r in run.team().seats() {
                    tr {
                        td { (seat_label(r)) }
                        td { @if r.is_person() { (pct(r.morale)) } @else { "—" } }
                        td { (money(r.funnel.revenue)) }
                        td { (r.funnel.won) }
                        td { (run.pipeline().open.iter().filter(|d| d.rep == r.id).count()) }
                        td { (decimal(r.selling_hours, 1)) }
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
        h2 { (t!("serve-funnels")) }
        table {
            thead { tr {
                th { (t!("serve-col-rep")) } th { (t!("serve-col-leads")) }
                @for s in Stage::OPEN { th { (t!("serve-col-stage-conversion", stage = stage(s))) } }
                th { (t!("serve-col-proposals-wins")) } th { (t!("serve-col-avg-discount")) } th { (t!("serve-col-reading")) }
            } }
            tbody {
                tr.bot {
                    td { (t!("serve-benchmark")) } td { (t!("serve-per-week", n = decimal(bench.leads_per_week, 1))) }
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
                            td title=(t!("serve-benchmark-value", value = pct(bench.conversion[i]))) {
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
        p.sub { (t!("serve-funnels-note")) }
    }
}

/// How a deal looks, in a word.
fn health(h: Health) -> String {
    match h {
        Health::Healthy => t!("serve-health-on-track"),
        Health::Slow => t!("serve-health-slow"),
        Health::Stale => t!("serve-health-stale"),
        Health::Doomed => t!("serve-health-poor-fit"),
    }
}

fn deal_table(run: &Run, base: &str) -> Markup {
    let mut deals: Vec<_> = run.pipeline().open.iter().collect();
    deals.sort_by(|a, b| b.stage.cmp(&a.stage).then(b.value.total_cmp(&a.value)));
    html! {
        h2 { (t!("serve-deals")) }
        table {
            thead { tr {
                th { (t!("serve-col-account")) } th { (t!("serve-col-rep")) } th { (t!("serve-col-stage")) }
                th { (t!("serve-col-value")) } th { (t!("serve-col-weeks-in-stage")) } th { (t!("serve-col-health")) }
                th { (t!("serve-col-act")) }
            } }
            tbody {
                @for d in deals.iter().take(60) {
                    tr {
                        td { (run.account_name(d.account)) }
                        td { (run.team().rep(d.rep).map(|r| r.name.to_string()).unwrap_or_default()) }
                        td { (stage(d.stage)) }
                        td { (money(d.value)) }
                        td { (d.weeks_in_stage) }
                        td { (health(run.health(d))) }
                        td style="text-align:left" {
                            @if d.approval_pending {
                                (deal_button(base, ActionKind::Approve, d.id.0, Some(d.discount_asked),
                                    &t!("serve-deal-approve", discount = pct(d.discount_asked))))
                            }
                            @if d.stage >= Stage::Qualify {
                                (deal_button(base, ActionKind::RideAlong, d.id.0, None, &t!("serve-deal-ride-along")))
                                (deal_button(base, ActionKind::SuperClose, d.id.0, None, &t!("serve-deal-close-yourself")))
                            }
                        }
                    }
                }
            }
        }
        @if deals.len() > 60 { p.sub { (t!("serve-deals-shown", n = deals.len())) } }
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
        h2 { (t!("serve-your-week")) }
        p {
            (t!("serve-planner-hours", hours = decimal(m.hours_per_week, 0), standing = decimal(m.standing_hours, 0)))
            " " (t!("serve-planner-demands", demand = decimal(run.org().demand_hours, 1)))
        }
        form method="post" action={ (base) "/settings" } hx-post={ (base) "/settings" } hx-target="#planner" {
            label { (t!("serve-absorb")) " "
                select name="absorb" {
                    @for i in 0..=4u32 {
                        @let v = f64::from(i) * 0.25;
                        option value=(v) selected[(draft.absorb - v).abs() < 1e-9] { (pct(v)) }
                    }
                }
            }
            label { (t!("serve-discount-cap", cap = pct(run.manager().discount_cap))) " "
                select name="cap" {
                    option value="" selected[draft.discount_cap.is_none()] { (t!("serve-cap-unchanged")) }
                    @for i in 0..=10u32 {
                        @let v = f64::from(i) * 0.05;
                        option value=(v) selected[draft.discount_cap.is_some_and(|c| (c - v).abs() < 1e-9)] { (pct(v)) }
                    }
                }
            }
            button type="submit" { (t!("serve-set")) }
        }
        p.sub {
            (t!("serve-planner-spend",
                absorbed = decimal(run.absorbed_hours(draft.absorb), 1),
                passed = decimal(run.passed_on_hours(draft.absorb), 1)))
        }
        h3 { (t!("serve-planned")) }
        @if draft.actions.is_empty() { p.sub { (t!("serve-nothing-yet")) } }
        ol {
            @for (i, a) in draft.actions.iter().enumerate() {
                li {
                    (describe_action(run, a)) " "
                    form.inline method="post" action={ (base) "/remove" } hx-post={ (base) "/remove" } hx-target="#planner" {
                        input type="hidden" name="index" value=(i);
                        button type="submit" { (t!("serve-remove")) }
                    }
                }
            }
        }
        @match &cost {
            Ok(c) => p {
                strong { (t!("serve-hours-planned", hours = decimal(c.hours, 1), available = decimal(c.available, 1))) }
                " · " (t!("serve-goodwill", goodwill = decimal(run.manager().goodwill, 1)))
            },
            Err(e) => p.error { (e.to_string()) },
        }
        (add_form(run, &base))
        form method="post" action={ (base) "/resolve" } {
            button type="submit" disabled[room.paused || team.record.finished || cost.is_err()] { (t!("serve-resolve-week", week = run.week())) }
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
            legend { (t!("serve-add-action")) }
            form method="post" action={ (base) "/action" } hx-post={ (base) "/action" } hx-target="#planner" {
                label { (t!("serve-field-action")) " "
                    select name="kind" {
                        @for k in ActionKind::ALL.into_iter().filter(|k| k.target() != Target::Deal) {
                            option value=(format!("{k:?}")) { (menu_label(k)) }
                        }
                    }
                }
                label { (t!("serve-field-rep")) " "
                    select name="rep" {
                        @for r in &reps { option value=(r.id.0) { (r.name.to_string()) } }
                        @for r in &vacant { option value=(r.id.0) { (seat_label(r)) } }
                    }
                }
                label { (t!("serve-field-skill")) " "
                    select name="skill" {
                        @for s in Skill::ALL { option value=(format!("{s:?}")) { (skill(s)) } }
                    }
                }
                label { (t!("serve-field-hours")) " " input type="number" name="hours" value="2" min="0.5" max="20" step="0.5"; }
                button type="submit" { (t!("serve-add")) }
            }
            p.sub { (t!("serve-add-note")) }
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
        h1 { (t!("serve-report-heading", team = team.record.name.as_str(), week = w.week)) }
        table {
            tbody {
                tr { td { (t!("serve-report-revenue-week")) } td { (money(w.revenue)) } }
                tr { td { (t!("serve-report-revenue-quota")) } td { (money(w.cum_revenue)) " / " (money(w.quota_to_date)) } }
                tr { td { (t!("serve-report-wins-losses")) } td { (w.wins) " / " (w.losses) } }
                tr { td { (t!("serve-report-new-leads")) } td { (w.leads) } }
                tr { td { (t!("serve-report-open-deals")) } td { (w.open_deals) } }
            }
        }
        h2 { (t!("serve-report-what-happened")) }
        ul {
            @for h in &w.happenings { li { (crate::narrate::describe(h, w, accounts)) } }
        }
        @if run.is_finished() {
            p { a href={ (base) "/debrief" } { (t!("serve-report-see-debrief")) } }
        } @else if week == run.tick() {
            p { a href=(base) { (t!("serve-report-plan-week", week = run.week())) } }
        } @else {
            p { a href=(base) { (t!("serve-report-back")) } }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn the_landing_page_speaks_german_and_says_so() {
        let page = with_lang(Lang::De, || landing().into_string());
        assert!(page.contains("<html lang=\"de\">"), "{page}");
        assert!(page.contains("Geben Sie den Workshop-Code ein"));
        assert!(!page.contains("Type the workshop code") && !page.contains("Continue"));
        let page = with_lang(Lang::En, || landing().into_string());
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("Type the workshop code your facilitator shows."));
    }

    #[test]
    fn a_bold_part_sits_where_each_language_puts_it() {
        for lang in Lang::ALL {
            let m = with_lang(lang, || {
                with_strong(
                    &t!("serve-projector-join", code = "K7PQ2M", strong = STRONG),
                    "K7PQ2M",
                )
                .into_string()
            });
            assert!(m.contains("<strong>K7PQ2M</strong>"), "{m}");
            assert!(!m.contains(STRONG));
        }
    }
}
