//! Writing tables, CSV and JSON to stdout.
//!
//! Tables are for reading: their headers and figures are in the reader's language.
//! CSV and JSON are data for other tools: their column names and numbers stay as they
//! are in every language.

use crate::i18n::{Lang, lang};

/// Left-aligns the first column and right-aligns the rest.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut width = vec![0; cols];
    for (i, h) in header.iter().enumerate() {
        width[i] = h.chars().count();
    }
    for r in rows {
        for (i, c) in r.iter().enumerate().take(cols) {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    format!("{c:<w$}", w = width[i])
                } else {
                    format!("{c:>w$}", w = width[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    let mut out = line(header.to_vec());
    out.push('\n');
    out.push_str(&"-".repeat(width.iter().sum::<usize>() + 2 * (cols - 1)));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

/// CSV with quoting where needed.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let esc = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = header.iter().map(|h| esc(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    for r in rows {
        out.push_str(&r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// A number already written with Rust's `{:.N}`, with the reader's decimal separator
/// (no thousands grouping, so a column is as wide in every language).
pub fn point(s: String) -> String {
    match lang() {
        Lang::En => s,
        Lang::De => s.replace('.', ","),
    }
}

/// `x` with `places` decimals, for a table: see [`point`].
pub fn num(x: f64, places: usize) -> String {
    point(format!("{x:.places$}"))
}

/// A figure formatted for a table: see [`fig`] and [`point`].
pub fn fig_shown(metric: &str, x: f64) -> String {
    point(fig(metric, x))
}

/// A figure formatted for reading: money without decimals, ratios with three.
pub fn fig(metric: &str, x: f64) -> String {
    if metric == "revenue" {
        format!("{x:.0}")
    } else if metric == "overall" {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}
