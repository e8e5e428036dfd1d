//! `pitcrew sensitivity`: each effect parameter moved ±25 % one at a time; does the
//! scenario's lesson still hold, and which bot is best? Exit 0 when the lesson holds in
//! at least 80 % of the variants (or the scenario claims none), 1 when it is fragile.

use super::exit::{CliError, Outcome};
use std::path::Path;

use super::Format;
use super::output::{csv, table};
use crate::narrate::pct;
use crate::policy::STANDARD;
use crate::report::batch::Progress;
use crate::report::sensitivity::{Case, ROBUST_SHARE, SensitivityReport, jobs, sensitivity};

pub fn run(file: &Path, seeds: u64, first: u64, format: Format) -> Outcome {
    let (loaded, seeds) = super::scenario_and_seeds(file, first, seeds)?;
    let s = &loaded.scenario;
    let progress = Progress::new(jobs(s, seeds.len(), true), "sensitivity");
    let report = sensitivity(s, &seeds, true, &progress);
    progress.finish(format != Format::Table);
    match format {
        Format::Json => match serde_json::to_string_pretty(&report) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("error: {e}"),
        },
        Format::Csv => print!("{}", rows(&report, true)),
        Format::Table => {
            println!(
                "{}: {} — {} weeks, {} reps; lesson {}; {} variants (each effect parameter ±25 %) × {} bots × {} seeds, paired\n",
                file.display(),
                s.title,
                s.weeks,
                s.team.len(),
                s.lesson.map_or("none".to_string(), |l| format!("{l:?}")),
                report.variants.len(),
                STANDARD.len(),
                seeds.len()
            );
            print!("{}", rows(&report, false));
            println!();
            if let (Some(l), Some(share)) = (report.lesson, report.lesson_share) {
                let held = report.variants.len() - report.failing().count();
                println!(
                    "{l:?} holds in {held} of {} variants ({}); needs {}",
                    report.variants.len(),
                    pct(share),
                    pct(ROBUST_SHARE)
                );
                for c in &report.claims {
                    println!(
                        "  {}: {} of {} ({})",
                        c.claim,
                        c.holds_in,
                        report.variants.len(),
                        pct(c.share)
                    );
                }
            }
            let best: Vec<String> = report
                .best_bots
                .iter()
                .map(|(b, n)| format!("{b} {n}"))
                .collect();
            println!(
                "best bot (mean overall score), variants: {}",
                best.join(", ")
            );
            for s in &report.skipped {
                println!("not moved: {s}");
            }
        }
    }
    if report.lesson_share.is_some_and(|s| s < ROBUST_SHARE) {
        Err(CliError::Findings)
    } else {
        Ok(())
    }
}

/// One row per case: the variant, whether the lesson holds, each claim's share of
/// seeds, and the best bot.
fn rows(report: &SensitivityReport, as_csv: bool) -> String {
    let n = report.base.claims.len();
    let mut header: Vec<String> = vec!["variant".into(), "lesson".into()];
    header.extend((1..=n).map(|i| format!("claim {i}")));
    header.extend(["best bot".to_string(), "best overall".to_string()]);
    let row = |c: &Case| {
        let mut r = vec![
            c.variant
                .as_ref()
                .map_or("as written".to_string(), |v| v.label()),
            match c.holds {
                Some(true) => "holds".into(),
                Some(false) => "FAILS".into(),
                None => "-".into(),
            },
        ];
        r.extend(c.claims.iter().map(|x| {
            if as_csv {
                format!("{:.3}", x.share)
            } else {
                format!("{}{}", pct(x.share), if x.holds { "" } else { " ✗" })
            }
        }));
        r.push(c.best_bot.clone().unwrap_or_default());
        r.push(c.best_overall.map_or(String::new(), |x| format!("{x:.1}")));
        r
    };
    let rows: Vec<Vec<String>> = std::iter::once(&report.base)
        .chain(&report.variants)
        .map(row)
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut out = if as_csv {
        csv(&header, &rows)
    } else {
        table(&header, &rows)
    };
    if !as_csv && n > 0 {
        out.push('\n');
        for (i, c) in report.base.claims.iter().enumerate() {
            out.push_str(&format!("claim {}: {}\n", i + 1, c.claim()));
        }
    }
    out
}
