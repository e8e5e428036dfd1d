//! `pitcrew sensitivity`: each effect parameter moved ±25 % one at a time; does the
//! scenario's lesson still hold, and which bot is best? Exit 0 when the lesson holds in
//! at least 80 % of the variants (or the scenario claims none), 1 when it is fragile.

use super::exit::{CliError, Outcome};
use std::path::Path;

use super::Format;
use super::output::{csv, num, table};
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
            Err(e) => eprintln!("{}", crate::t!("cli-out-error", message = e.to_string())),
        },
        Format::Csv => print!("{}", rows(&report, true)),
        Format::Table => {
            println!(
                "{}\n",
                crate::t!(
                    "cli-out-sensitivity-title",
                    file = file.display().to_string(),
                    title = s.title.to_string(),
                    weeks = s.weeks,
                    reps = s.team.len(),
                    lesson = s
                        .lesson
                        .map_or(crate::t!("cli-out-no-lesson"), |l| format!("{l:?}")),
                    variants = report.variants.len(),
                    bots = STANDARD.len(),
                    seeds = seeds.len()
                )
            );
            print!("{}", rows(&report, false));
            println!();
            if let (Some(l), Some(share)) = (report.lesson, report.lesson_share) {
                let held = report.variants.len() - report.failing().count();
                println!(
                    "{}",
                    crate::t!(
                        "cli-out-lesson-holds",
                        lesson = format!("{l:?}"),
                        held = held,
                        variants = report.variants.len(),
                        share = pct(share),
                        needed = pct(ROBUST_SHARE)
                    )
                );
                for c in &report.claims {
                    println!(
                        "  {}",
                        crate::t!(
                            "cli-out-claim-holds",
                            claim = c.claim.to_string(),
                            held = c.holds_in,
                            variants = report.variants.len(),
                            share = pct(c.share)
                        )
                    );
                }
            }
            let best: Vec<String> = report
                .best_bots
                .iter()
                .map(|(b, n)| format!("{b} {n}"))
                .collect();
            println!("{}", crate::t!("cli-out-best-bots", bots = best.join(", ")));
            for s in &report.skipped {
                println!(
                    "{}",
                    crate::t!("cli-out-not-moved", parameter = s.to_string())
                );
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
/// seeds, and the best bot. The table is for reading, in the reader's language; CSV is
/// data for other tools, its column names and cells English in every language.
fn rows(report: &SensitivityReport, as_csv: bool) -> String {
    let n = report.base.claims.len();
    let say = |shown: String, english: &str| {
        if as_csv { english.to_string() } else { shown }
    };
    let mut header: Vec<String> = vec![
        say(crate::t!("cli-out-col-variant"), "variant"),
        say(crate::t!("cli-out-col-lesson"), "lesson"),
    ];
    header.extend((1..=n).map(|i| {
        if as_csv {
            format!("claim {i}")
        } else {
            crate::t!("cli-out-col-claim", n = i)
        }
    }));
    header.extend([
        say(crate::t!("cli-out-col-best-bot"), "best bot"),
        say(crate::t!("cli-out-col-best-overall"), "best overall"),
    ]);
    let row = |c: &Case| {
        let mut r = vec![
            c.variant.as_ref().map_or_else(
                || say(crate::t!("cli-out-as-written"), "as written"),
                |v| v.label(),
            ),
            match c.holds {
                Some(true) => say(crate::t!("cli-out-holds"), "holds"),
                Some(false) => say(crate::t!("cli-out-fails"), "FAILS"),
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
        r.push(c.best_overall.map_or(String::new(), |x| {
            if as_csv { format!("{x:.1}") } else { num(x, 1) }
        }));
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
            let line = crate::t!(
                "cli-out-claim-line",
                n = i + 1,
                claim = c.claim().to_string()
            );
            out.push_str(&format!("{line}\n"));
        }
    }
    out
}
