//! Self-contained HTML exports: inline CSS and SVG charts, no scripts, no network,
//! so a file can be mailed to a participant and opened anywhere.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::debrief::{Debrief, part_name, score_scale};
use crate::i18n::decimal;
use crate::narrate::words::time_use;
use crate::narrate::{money, pct, times};
use crate::sim::ScorePart;
use crate::t;
use crate::theme::Rgb;

/// One line on a chart.
pub struct Series {
    pub name: String,
    pub color: Rgb,
    pub points: Vec<(f64, f64)>,
    pub dashed: bool,
}

/// A line chart.
pub struct Chart {
    pub title: String,
    pub series: Vec<Series>,
    /// Format of the y-axis ticks.
    pub money: bool,
}

/// Chart colours: the theme's, which stay apart on screen, in print and for the
/// common colour-vision deficiencies.
pub const PALETTE: [Rgb; 8] = crate::theme::SERIES;

fn tick_label(v: f64, as_money: bool) -> String {
    if as_money {
        money(v)
    } else if v.abs() >= 10.0 {
        decimal(v, 0)
    } else {
        decimal(v, 2)
    }
}

/// A coordinate as the charts write it.
fn at(v: f64) -> String {
    format!("{v:.1}")
}

impl Chart {
    /// The chart as an inline `<svg>` element.
    pub fn svg(&self) -> Markup {
        let (w, h) = (640.0, 280.0);
        let (l, r, t, b) = (70.0, 150.0, 28.0, 34.0);
        let pts = self.series.iter().flat_map(|s| s.points.iter());
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, 0.0f64, f64::MIN);
        for &(x, y) in pts {
            if x.is_finite() && y.is_finite() {
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
        }
        if x0 > x1 {
            (x0, x1) = (0.0, 1.0);
        }
        if x1 - x0 < 1e-9 {
            x1 = x0 + 1.0;
        }
        if y1 <= y0 {
            y1 = y0 + 1.0;
        }
        y1 += (y1 - y0) * 0.05;
        let px = |x: f64| l + (x - x0) / (x1 - x0) * (w - l - r);
        let py = |y: f64| h - b - (y - y0) / (y1 - y0) * (h - t - b);
        let step = ((x1 - x0) / 8.0).ceil().max(1.0);
        let x_ticks: Vec<f64> = (0..)
            .map(|i| x0 + step * i as f64)
            .take_while(|x| *x <= x1 + 1e-9)
            .collect();
        html! {
            svg.chart xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (w) " " (h)}
                width=(w) height=(h) role="img" aria-label=(self.title) {
                title { (self.title) }
                text x=(l) y="18" class="ct" { (self.title) }
                @for i in 0..=4 {
                    @let v = y0 + (y1 - y0) * i as f64 / 4.0;
                    @let y = py(v);
                    line x1=(l) x2=(w - r) y1=(at(y)) y2=(at(y)) stroke="#ddd" {}
                    text x=(l - 6.0) y=(at(y + 4.0)) text-anchor="end" class="tk" { (tick_label(v, self.money)) }
                }
                @for x in &x_ticks {
                    text x=(at(px(*x))) y=(h - b + 16.0) text-anchor="middle" class="tk" { (decimal(*x, 0)) }
                }
                text x=(at((l + w - r) / 2.0)) y=(h - 2.0) text-anchor="middle" class="tk" { (t!("html-week")) }
                @for (i, se) in self.series.iter().enumerate() {
                    @let dash = se.dashed.then_some("5 4");
                    @let points = se
                        .points
                        .iter()
                        .filter(|(x, y)| x.is_finite() && y.is_finite())
                        .map(|&(x, y)| format!("{},{}", at(px(x)), at(py(y))))
                        .collect::<Vec<_>>()
                        .join(" ");
                    polyline.series fill="none" stroke=(se.color.hex())
                        stroke-width=(if se.dashed { 1.5 } else { 2.5 })
                        stroke-dasharray=[dash] points=(points) {
                        title { (se.name) }
                    }
                    @let ly = t + 14.0 * i as f64;
                    line x1=(w - r + 8.0) x2=(w - r + 28.0) y1=(ly) y2=(ly) stroke=(se.color.hex())
                        stroke-width="2.5" stroke-dasharray=[dash] {}
                    text x=(w - r + 32.0) y=(ly + 4.0) class="lg" { (se.name) }
                }
            }
        }
    }
}

/// The stylesheet every page shares (exports and the workshop server's pages).
pub const STYLE: &str = "
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
h1 { margin-bottom: 0.2em; } .sub { color: #666; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f3f3f3; } tr.you td { font-weight: bold; background: #fff7d6; }
.cause { border-left: 4px solid #009e73; padding: 4px 10px; margin: 8px 0; }
.cause.hurt { border-color: #d55e00; border-left-style: double; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
svg.chart { border: 1px solid #eee; background: #fff; }
.ct { font-weight: bold; font-size: 13px; } .tk, .lg { font-size: 11px; fill: #444; }
";

/// A whole page: title, the shared stylesheet, and the body.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(crate::i18n::lang().code()) {
            head {
                meta charset="utf-8";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    }
}

/// A table of text cells; row `highlight` (the player's) stands out.
fn table(head: &[String], rows: &[Vec<String>], highlight: Option<usize>) -> Markup {
    html! {
        table {
            thead { tr { @for h in head { th { (h) } } } }
            tbody {
                @for (i, r) in rows.iter().enumerate() {
                    tr class=[(Some(i) == highlight).then_some("you")] {
                        @for c in r { td { (c) } }
                    }
                }
            }
        }
    }
}

/// The debrief as one self-contained HTML page.
pub fn debrief_html(d: &Debrief) -> String {
    page(
        &t!("html-debrief-title", title = d.scenario_title.clone()),
        debrief_body(d),
    )
    .into_string()
}

fn debrief_body(d: &Debrief) -> Markup {
    let bots_ahead = d
        .bots
        .iter()
        .map(|b| format!("{} {}", b.name, times(b.projection.vs_quota)))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        h1 { (t!("html-debrief-heading", title = d.scenario_title.clone())) }
        p.sub {
            (d.scenario_id) " · " (t!("html-seed", seed = d.seed.to_string())) " · "
            (t!("html-weeks-played", played = d.weeks_played, total = d.weeks_total))
            @if !d.player.is_empty() { " · " (d.player) }
            " · " (t!(
                "html-overall-rank",
                overall = decimal(d.scores.overall, 0),
                rank = d.rank(),
                of = d.bots.len() + 1
            ))
        }
        h2 { (t!("html-next-quarters")) }
        p {
            (t!(
                "html-next-quarters-text",
                quarters = crate::narrate::projected_quarters(&d.projection),
                share = pct(d.projection.vs_quota),
                bots = bots_ahead
            ))
        }
        h2 { (t!("html-why")) }
        @for c in &d.causes {
            div.cause.hurt[!c.helped] { b { (c.title) } br; (c.detail) }
        }
        h2 { (t!("html-scores")) }
        p.sub { (score_scale()) }
        (scores_table(d))
        h2 { (t!("html-charts")) }
        div.charts { @for c in debrief_charts(d) { (c.svg()) } }
        h2 { (t!("html-team")) }
        (team_table(d))
        h2 { (t!("html-week-by-week")) }
        (weeks_table(d))
    }
}

fn scores_table(d: &Debrief) -> Markup {
    let mut head = vec![t!("html-manager"), t!("html-overall")];
    head.extend(ScorePart::ALL.map(part_name));
    let row = |name: &str, sc: &crate::sim::Scores| {
        let mut r = vec![name.to_string(), decimal(sc.overall, 0)];
        r.extend(ScorePart::ALL.map(|p| decimal(sc.part(p), 2)));
        r
    };
    let mut rows = vec![row(&t!("html-you"), &d.scores)];
    rows.extend(d.bots.iter().map(|b| row(&b.name, &b.scores)));
    table(&head, &rows, Some(0))
}

fn debrief_charts(d: &Debrief) -> Vec<Chart> {
    let you = |f: &dyn Fn(&crate::format::WeekLine) -> f64| -> Vec<(f64, f64)> {
        d.weeks.iter().map(|w| (w.week as f64, f(w))).collect()
    };
    let mut revenue = vec![
        Series {
            name: t!("html-you"),
            color: PALETTE[0],
            points: you(&|w| w.cum_revenue),
            dashed: false,
        },
        Series {
            name: t!("html-quota"),
            color: crate::theme::BLACK,
            points: you(&|w| w.quota_to_date),
            dashed: true,
        },
    ];
    for (i, b) in d.bots.iter().enumerate() {
        revenue.push(Series {
            name: b.name.clone(),
            color: PALETTE[(i + 2) % PALETTE.len()],
            points: b
                .weeks
                .iter()
                .map(|w| (w.week as f64, w.cum_revenue))
                .collect(),
            dashed: true,
        });
    }
    let cum = |v: &[f64]| -> Vec<(f64, f64)> {
        v.iter()
            .enumerate()
            .map(|(i, y)| ((i + 1) as f64, *y))
            .collect()
    };
    let mut projection = vec![
        Series {
            name: t!("html-your-team"),
            color: PALETTE[0],
            points: cum(&d.projection.cum_revenue),
            dashed: false,
        },
        Series {
            name: t!("html-quota"),
            color: crate::theme::BLACK,
            points: (1..=d.projection.cum_revenue.len())
                .map(|w| (w as f64, w as f64 * d.projection.quota_per_week))
                .collect(),
            dashed: true,
        },
    ];
    for (i, b) in d.bots.iter().enumerate() {
        projection.push(Series {
            name: b.name.clone(),
            color: PALETTE[(i + 2) % PALETTE.len()],
            points: cum(&b.projection.cum_revenue),
            dashed: true,
        });
    }
    vec![
        Chart {
            title: t!("html-chart-projection"),
            series: projection,
            money: true,
        },
        Chart {
            title: t!("html-chart-revenue"),
            series: revenue,
            money: true,
        },
        Chart {
            title: t!("html-chart-margin"),
            series: vec![Series {
                name: t!("html-you"),
                color: PALETTE[0],
                points: you(&|w| w.margin),
                dashed: false,
            }],
            money: true,
        },
        Chart {
            title: t!("html-chart-skill-morale"),
            series: vec![
                Series {
                    name: t!("html-mean-skill"),
                    color: PALETTE[2],
                    points: you(&|w| w.capability),
                    dashed: false,
                },
                Series {
                    name: t!("html-mean-morale"),
                    color: PALETTE[3],
                    points: you(&|w| w.morale),
                    dashed: false,
                },
            ],
            money: false,
        },
        Chart {
            title: t!("html-chart-hours"),
            series: (0..crate::sim::TimeUse::COUNT)
                .map(|i| Series {
                    name: time_use(i),
                    color: PALETTE[i],
                    points: d
                        .weeks
                        .iter()
                        .map(|w| (w.week as f64, w.hours[i]))
                        .collect(),
                    dashed: false,
                })
                .collect(),
            money: false,
        },
    ]
}

/// A figure's move over the run: "0.42 → 0.51".
fn change(from: f64, to: f64) -> String {
    format!("{} → {}", decimal(from, 2), decimal(to, 2))
}

fn team_table(d: &Debrief) -> Markup {
    let rows: Vec<Vec<String>> = d
        .reps
        .iter()
        .map(|r| {
            vec![
                if r.left {
                    t!("html-rep-left", name = r.name.clone())
                } else {
                    r.name.clone()
                },
                change(r.skill_start, r.skill_end),
                change(r.morale_start, r.morale_end),
                change(r.independence_start, r.independence_end),
                decimal(r.coached_hours, 0),
                money(r.revenue),
                pct(r.attainment),
                r.entered
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(" → "),
                r.won.to_string(),
            ]
        })
        .collect();
    table(
        &[
            t!("html-col-rep"),
            t!("html-col-skill"),
            t!("html-col-morale"),
            t!("html-col-independence"),
            t!("html-col-coached"),
            t!("html-col-revenue"),
            t!("html-col-attainment"),
            t!("html-col-funnel"),
            t!("html-col-won"),
        ],
        &rows,
        None,
    )
}

fn weeks_table(d: &Debrief) -> Markup {
    let rows: Vec<Vec<String>> = d
        .weeks
        .iter()
        .map(|w| {
            vec![
                w.week.to_string(),
                money(w.revenue),
                money(w.cum_revenue),
                money(w.quota_to_date),
                money(w.margin),
                w.wins.to_string(),
                w.losses.to_string(),
                w.open_deals.to_string(),
                decimal(w.capability, 2),
                decimal(w.morale, 2),
            ]
        })
        .collect();
    table(
        &[
            t!("html-week"),
            t!("html-col-revenue"),
            t!("html-col-to-date"),
            t!("html-col-quota-to-date"),
            t!("html-col-margin"),
            t!("html-col-wins"),
            t!("html-col-losses"),
            t!("html-col-open-deals"),
            t!("html-col-skill"),
            t!("html-col-morale"),
        ],
        &rows,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::STYLE;
    use crate::theme;

    /// The stylesheet is text, so this keeps it on the theme's colours.
    #[test]
    fn the_stylesheet_uses_the_themes_colours() {
        for c in [theme::GOOD, theme::BAD] {
            assert!(STYLE.contains(&c.hex()), "{}", c.hex());
        }
        for old in ["#2ca02c", "#d62728", "#1f77b4"] {
            assert!(!STYLE.contains(old), "{old}");
        }
    }
}

#[cfg(test)]
mod german {
    use super::*;
    use crate::i18n::{Lang, with_lang};
    use crate::sim::{Plan, Run};

    #[test]
    fn the_export_in_german_says_so_in_its_lang_attribute() {
        let s = crate::scenario::load_id_or_file("l1-coach-dont-close")
            .expect("shipped")
            .scenario;
        let mut run = Run::new(s, 3);
        for _ in 0..3 {
            run.step(&Plan::default()).expect("an empty plan is valid");
        }
        let d = Debrief::with_bots(&run, "", Vec::new());
        let de = with_lang(Lang::De, || debrief_html(&d));
        assert!(de.contains(r#"<html lang="de">"#), "{}", &de[..200]);
        assert!(de.contains("Warum es so gelaufen ist"));
        assert!(!de.contains("Why it went as it did"));
        let en = with_lang(Lang::En, || debrief_html(&d));
        assert!(en.contains(r#"<html lang="en">"#));
        assert!(en.contains("Why it went as it did"));
    }
}
