//! Self-contained HTML exports: inline CSS and SVG charts, no scripts, no network,
//! so a file can be mailed to a participant and opened anywhere.

use super::debrief::Debrief;
use crate::narrate::{money, pct};
use crate::sim::{SCORE_NAMES, TimeUse};

/// One line on a chart.
pub struct Series {
    pub name: String,
    pub color: &'static str,
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

/// Colours that stay apart on screen and in print.
pub const PALETTE: [&str; 10] = [
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
];

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn tick_label(v: f64, as_money: bool) -> String {
    if as_money {
        money(v)
    } else if v.abs() >= 10.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

impl Chart {
    /// Renders the chart as an inline `<svg>` element.
    pub fn svg(&self) -> String {
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
        let mut s = format!(
            r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{title}"><title>{title}</title>"#,
            title = esc(&self.title)
        );
        s.push_str(&format!(
            r#"<text x="{l}" y="18" class="ct">{}</text>"#,
            esc(&self.title)
        ));
        for i in 0..=4 {
            let v = y0 + (y1 - y0) * i as f64 / 4.0;
            let y = py(v);
            s.push_str(&format!(
                r##"<line x1="{l}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" text-anchor="end" class="tk">{}</text>"##,
                w - r,
                l - 6.0,
                y + 4.0,
                esc(&tick_label(v, self.money))
            ));
        }
        let step = ((x1 - x0) / 8.0).ceil().max(1.0);
        let mut x = x0;
        while x <= x1 + 1e-9 {
            s.push_str(&format!(
                r#"<text x="{:.1}" y="{}" text-anchor="middle" class="tk">{x:.0}</text>"#,
                px(x),
                h - b + 16.0
            ));
            x += step;
        }
        s.push_str(&format!(
            r#"<text x="{:.1}" y="{}" text-anchor="middle" class="tk">week</text>"#,
            (l + w - r) / 2.0,
            h - 2.0
        ));
        for (i, se) in self.series.iter().enumerate() {
            let path: Vec<String> = se
                .points
                .iter()
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .map(|&(x, y)| format!("{:.1},{:.1}", px(x), py(y)))
                .collect();
            let dash = if se.dashed {
                r#" stroke-dasharray="5 4""#
            } else {
                ""
            };
            s.push_str(&format!(
                r#"<polyline class="series" fill="none" stroke="{}" stroke-width="{}"{dash} points="{}"><title>{}</title></polyline>"#,
                se.color,
                if se.dashed { 1.5 } else { 2.5 },
                path.join(" "),
                esc(&se.name)
            ));
            let ly = t + 14.0 * i as f64;
            s.push_str(&format!(
                r#"<line x1="{}" x2="{}" y1="{ly}" y2="{ly}" stroke="{}" stroke-width="2.5"{dash}/><text x="{}" y="{}" class="lg">{}</text>"#,
                w - r + 8.0,
                w - r + 28.0,
                se.color,
                w - r + 32.0,
                ly + 4.0,
                esc(&se.name)
            ));
        }
        s.push_str("</svg>");
        s
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
.cause { border-left: 4px solid #2ca02c; padding: 4px 10px; margin: 8px 0; }
.cause.hurt { border-color: #d62728; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
svg.chart { border: 1px solid #eee; background: #fff; }
.ct { font-weight: bold; font-size: 13px; } .tk, .lg { font-size: 11px; fill: #444; }
";

/// Shared page head: title and the inline stylesheet.
pub fn page_start(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\n<style>{STYLE}</style></head><body>\n",
        esc(title)
    )
}

fn table(head: &[&str], rows: &[Vec<String>], highlight: Option<usize>) -> String {
    let mut s = String::from("<table><thead><tr>");
    for h in head {
        s.push_str(&format!("<th>{}</th>", esc(h)));
    }
    s.push_str("</tr></thead><tbody>");
    for (i, r) in rows.iter().enumerate() {
        if Some(i) == highlight {
            s.push_str(r#"<tr class="you">"#);
        } else {
            s.push_str("<tr>");
        }
        for c in r {
            s.push_str(&format!("<td>{}</td>", esc(c)));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    s
}

/// The debrief as one self-contained HTML page.
pub fn debrief_html(d: &Debrief) -> String {
    let mut s = page_start(&format!("Pit Crew debrief: {}", d.scenario_title));
    s.push_str(&format!(
        r#"<h1>Debrief: {}</h1><p class="sub">{} · seed {} · {} of {} weeks played{} · overall {:.0}/100, rank {} of {} against the bots</p>"#,
        esc(&d.scenario_title),
        esc(&d.scenario_id),
        d.seed,
        d.weeks_played,
        d.weeks_total,
        if d.player.is_empty() {
            String::new()
        } else {
            format!(" · {}", esc(&d.player))
        },
        d.scores.overall,
        d.rank(),
        d.bots.len() + 1
    ));

    s.push_str(&format!(
        "<h2>The next two quarters</h2><p>Left to a hands-off manager, your team sells {} quota ({} of quota over both quarters). The bots' teams on your seed: {}.</p>",
        esc(&crate::narrate::projected_quarters(&d.projection)),
        esc(&pct(d.projection.vs_quota)),
        esc(&d
            .bots
            .iter()
            .map(|b| format!("{} {:.2}×", b.name, b.projection.vs_quota))
            .collect::<Vec<_>>()
            .join(", "))
    ));

    s.push_str("<h2>Why it went as it did</h2>");
    for c in &d.causes {
        s.push_str(&format!(
            r#"<div class="cause{}"><b>{}</b><br>{}</div>"#,
            if c.helped { "" } else { " hurt" },
            esc(&c.title),
            esc(&c.detail)
        ));
    }

    s.push_str("<h2>Scores beside the bots (same seed)</h2>");
    s.push_str(&format!(
        r#"<p class="sub">{}</p>"#,
        esc(crate::sim::SCORE_SCALE)
    ));
    let mut head = vec!["manager", "overall"];
    head.extend(SCORE_NAMES);
    let row = |name: &str, sc: &crate::sim::Scores| {
        let mut r = vec![name.to_string(), format!("{:.0}", sc.overall)];
        r.extend(sc.parts.iter().map(|p| format!("{:.2}", p)));
        r
    };
    let mut rows = vec![row("you", &d.scores)];
    rows.extend(d.bots.iter().map(|b| row(&b.name, &b.scores)));
    s.push_str(&table(&head, &rows, Some(0)));

    s.push_str(r#"<h2>Charts</h2><div class="charts">"#);
    let you = |f: &dyn Fn(&super::WeekLine) -> f64| -> Vec<(f64, f64)> {
        d.weeks.iter().map(|w| (w.week as f64, f(w))).collect()
    };
    let mut revenue = vec![
        Series {
            name: "you".into(),
            color: PALETTE[0],
            points: you(&|w| w.cum_revenue),
            dashed: false,
        },
        Series {
            name: "quota".into(),
            color: "#000000",
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
            name: "your team".into(),
            color: PALETTE[0],
            points: cum(&d.projection.cum_revenue),
            dashed: false,
        },
        Series {
            name: "quota".into(),
            color: "#000000",
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
    let charts = [
        Chart {
            title: "Next two quarters under a hands-off manager (cumulative revenue)".into(),
            series: projection,
            money: true,
        },
        Chart {
            title: "Revenue vs quota (cumulative)".into(),
            series: revenue,
            money: true,
        },
        Chart {
            title: "Gross margin per week".into(),
            series: vec![Series {
                name: "you".into(),
                color: PALETTE[0],
                points: you(&|w| w.margin),
                dashed: false,
            }],
            money: true,
        },
        Chart {
            title: "Team skill and morale".into(),
            series: vec![
                Series {
                    name: "mean skill".into(),
                    color: PALETTE[2],
                    points: you(&|w| w.capability),
                    dashed: false,
                },
                Series {
                    name: "mean morale".into(),
                    color: PALETTE[3],
                    points: you(&|w| w.morale),
                    dashed: false,
                },
            ],
            money: false,
        },
        Chart {
            title: "Your hours per week".into(),
            series: TimeUse::NAMES
                .iter()
                .enumerate()
                .map(|(i, n)| Series {
                    name: n.to_string(),
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
    ];
    for c in &charts {
        s.push_str(&c.svg());
    }
    s.push_str("</div>");

    s.push_str("<h2>The team</h2>");
    let rows: Vec<Vec<String>> = d
        .reps
        .iter()
        .map(|r| {
            vec![
                format!("{}{}", r.name, if r.left { " (left)" } else { "" }),
                format!("{:.2} → {:.2}", r.skill_start, r.skill_end),
                format!("{:.2} → {:.2}", r.morale_start, r.morale_end),
                format!("{:.2} → {:.2}", r.independence_start, r.independence_end),
                format!("{:.0}", r.coached_hours),
                money(r.revenue),
                format!("{:.0} %", 100.0 * r.attainment),
                r.entered
                    .iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(" → "),
                r.won.to_string(),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "rep",
            "skill",
            "morale",
            "independence",
            "coached h",
            "revenue",
            "attainment",
            "funnel (entered P→Q→D→Pr→N)",
            "won",
        ],
        &rows,
        None,
    ));

    s.push_str("<h2>Week by week</h2>");
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
                format!("{:.2}", w.capability),
                format!("{:.2}", w.morale),
            ]
        })
        .collect();
    s.push_str(&table(
        &[
            "week",
            "revenue",
            "to date",
            "quota to date",
            "margin",
            "wins",
            "losses",
            "open deals",
            "skill",
            "morale",
        ],
        &rows,
        None,
    ));
    s.push_str("</body></html>\n");
    s
}
