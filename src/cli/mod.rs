//! The headless commands behind `pitcrew`. `main.rs` only parses and dispatches.

mod compare;
mod deck;
pub mod exit;
mod help;
mod lint;
mod new_scenario;
mod output;
mod parse_error;
pub mod pipe;
mod play;
mod replay;
mod sensitivity;
mod simulate;
mod validate;
mod workshop;
pub mod xapi;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use help::{lang_in_args, localised, parse};

/// Pit Crew: run a B2B sales team week by week and learn to manage, not super-close.
#[derive(Parser, Debug)]
#[command(name = "pitcrew", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub game: crate::options::GameArgs,
}

/// Output formats of the reporting commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

/// The seeds a multi-seed command plays, and for how many weeks.
#[derive(Args, Debug, Clone, Copy)]
pub struct SeedRange {
    /// Number of seeds.
    #[arg(long, default_value_t = 100)]
    pub seeds: u64,
    /// First seed.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Override the scenario length in weeks.
    #[arg(long)]
    pub weeks: Option<u32>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Outcome distribution of one bot manager over many seeds.
    Simulate {
        /// Scenario file (RON).
        file: PathBuf,
        /// Bot manager to play with.
        #[arg(long, default_value = "typical")]
        policy: String,
        #[command(flatten)]
        range: SeedRange,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Every built-in bot on the same seeds, side by side, with paired differences.
    Compare {
        file: PathBuf,
        #[command(flatten)]
        range: SeedRange,
        /// Bot the paired differences are taken against.
        #[arg(long, default_value = "typical")]
        against: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Play a scripted list of weekly decisions and write a run file.
    Play {
        file: PathBuf,
        /// Decisions script (RON): `(weeks: [ (actions: [...], absorb: 0.5), ... ], then: Some("typical"))`.
        #[arg(long)]
        decisions: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Run file to write.
        #[arg(long)]
        out: PathBuf,
        /// Name recorded as the player (e.g. a workshop team).
        #[arg(long, default_value = "")]
        player: String,
        #[command(flatten)]
        records: xapi::LrsArgs,
    },
    /// A run file's learning records (xAPI 1.0.3 statements: initialized, completed,
    /// passed or failed against the scenario's pass mark, with the score), printed or
    /// written with --out, and sent to a learning record store with --lrs. Without a run
    /// file, sends the statements still queued.
    Xapi {
        file: Option<PathBuf>,
        /// Write the statements (JSON) here.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        records: xapi::LrsArgs,
    },
    /// Re-simulate a run file and confirm it reproduces exactly.
    Replay { file: PathBuf },
    /// Check scenario files for syntax and meaning errors.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Validate a scenario and playtest it with every bot: is it winnable, too easy,
    /// does its lesson hold? Exit 0 when no problem is found, 1 otherwise.
    Lint {
        file: PathBuf,
        #[arg(long, default_value_t = 500)]
        seeds: u64,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Also move each effect parameter ±25 % (as `sensitivity` does, on SEEDS seeds,
        /// default 100) and warn when the lesson holds in fewer than 80 % of the variants.
        #[arg(long, value_name = "SEEDS", num_args = 0..=1, default_missing_value = "100")]
        sensitivity: Option<u64>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Move each effect parameter (`effects` in the scenario) ±25 % one at a time and
    /// report, per variant, whether the scenario's lesson holds (the checks of `lint`, on
    /// the same seeds) and which bot has the best mean overall score. Exit 0 when the
    /// lesson holds in at least 80 % of the variants, 1 otherwise.
    Sensitivity {
        file: PathBuf,
        #[arg(long, default_value_t = 200)]
        seeds: u64,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Compare every team's run file in a folder: leaderboard, curves, decisions, bots.
    /// Runs from another scenario or seed are refused (exit 1), never mixed in.
    Workshop {
        dir: PathBuf,
        /// The workshop's seed (default: the one most runs used).
        #[arg(long)]
        seed: Option<u64>,
        /// The workshop's scenario file (default: the one most runs used).
        #[arg(long)]
        scenario: Option<PathBuf>,
        /// Write the whole comparison as one self-contained HTML file.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The facilitator's event deck for a workshop folder: list the cards, or deal one to
    /// every team (it reaches their games from their next week).
    Deck {
        dir: PathBuf,
        /// Number of the card to deal (see the list).
        #[arg(long)]
        deal: Option<usize>,
    },
    /// Host a workshop on this machine: teams play in any browser with the workshop
    /// code; every team's run file is written to DIR each week. Run it again on the
    /// same DIR to pick every team up where it was. Stop with Ctrl+C.
    Serve {
        dir: PathBuf,
        /// Scenario of a new workshop: a shipped id (`first-90-days`) or a file.
        #[arg(long, value_name = "ID|FILE")]
        scenario: Option<String>,
        /// Seed every team plays.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Address and port to listen on (all of this machine's addresses by default).
        #[arg(long, value_name = "ADDR:PORT", default_value = crate::serve::DEFAULT_BIND)]
        bind: std::net::SocketAddr,
        /// Finished teams' learning records (they wait in DIR/.xapi-queue).
        #[command(flatten)]
        records: xapi::LrsArgs,
    },
    /// The reference of every scenario parameter (unit, default, range, what it does),
    /// as Markdown tables: the ones in scenarios/README.md.
    Parameters,
    /// Write a commented starting scenario, NAME.ron, that validates as is.
    NewScenario {
        name: String,
        /// Folder to write into.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
}

/// Parses the command line and runs the command. `None` when no subcommand was given.
pub fn run(cli: Cli) -> Option<ExitCode> {
    let cmd = cli.command?;
    let result = match cmd {
        Command::Simulate {
            file,
            policy,
            range,
            format,
        } => simulate::run(&file, &policy, range, format),
        Command::Compare {
            file,
            range,
            against,
            format,
        } => compare::run(&file, range, &against, format),
        Command::Play {
            file,
            decisions,
            seed,
            out,
            player,
            records,
        } => play::run(&file, &decisions, seed, &out, &player)
            .and_then(|run| xapi::send(&records, &run)),
        Command::Xapi { file, out, records } => {
            xapi::run(file.as_deref(), out.as_deref(), &records)
        }
        Command::Replay { file } => replay::run(&file),
        Command::Validate { files } => validate::run(&files),
        Command::Lint {
            file,
            seeds,
            seed,
            sensitivity,
            format,
        } => lint::run(&file, seeds, seed, sensitivity, format),
        Command::Sensitivity {
            file,
            seeds,
            seed,
            format,
        } => sensitivity::run(&file, seeds, seed, format),
        Command::NewScenario { name, dir, force } => new_scenario::run(&name, &dir, force),
        Command::Deck { dir, deal } => deck::run(&dir, deal),
        Command::Parameters => {
            print!("{}", crate::scenario::parameters::reference_all());
            Ok(())
        }
        Command::Serve {
            dir,
            scenario,
            seed,
            bind,
            records,
        } => {
            return Some(crate::serve::run(crate::serve::ServeOptions {
                dir,
                scenario,
                seed,
                bind,
                records: records.lrs().map(|l| (l, records.home_page.clone())),
            }));
        }
        Command::Workshop {
            dir,
            seed,
            scenario,
            html,
            format,
        } => workshop::run(&dir, seed, scenario.as_deref(), html.as_deref(), format),
    };
    Some(exit::exit_code(result))
}

/// Loads a scenario for a command, applying a `--weeks` override, or explains why not.
pub(crate) fn scenario_for(
    file: &std::path::Path,
    weeks: Option<u32>,
) -> Result<std::sync::Arc<crate::scenario::Scenario>, exit::CliError> {
    let loaded = crate::scenario::load_file(file).map_err(|e| e.to_string())?;
    for w in &loaded.warnings {
        eprintln!(
            "{}",
            crate::t!(
                "cli-out-warning-in",
                file = file.display().to_string(),
                problem = w.to_string()
            )
        );
    }
    match weeks {
        None => Ok(loaded.scenario),
        Some(w) => {
            if w == 0 || w > crate::scenario::MAX_WEEKS {
                return Err(crate::t!(
                    "cli-out-weeks-range",
                    weeks = w.to_string(),
                    max = crate::scenario::MAX_WEEKS.to_string()
                )
                .into());
            }
            let mut s = (*loaded.scenario).clone();
            s.weeks = w;
            Ok(std::sync::Arc::new(s))
        }
    }
}

/// The seeds `first..first+count`, refusing absurd counts before allocating.
pub(crate) fn seed_list(first: u64, count: u64) -> Result<Vec<u64>, String> {
    const MAX: u64 = 1_000_000;
    if count == 0 || count > MAX {
        return Err(crate::t!(
            "cli-out-seeds-range",
            seeds = count.to_string(),
            max = MAX.to_string()
        ));
    }
    Ok((0..count).map(|i| first.wrapping_add(i)).collect())
}

/// A scenario file and its seeds for a playtesting command (`lint`, `sensitivity`):
/// an unreadable file is a file error, a bad seed count a usage error.
pub(crate) fn scenario_and_seeds(
    file: &std::path::Path,
    first: u64,
    count: u64,
) -> Result<(crate::scenario::Loaded, Vec<u64>), exit::CliError> {
    let loaded = crate::scenario::load_file(file)?;
    let seeds = seed_list(first, count).map_err(exit::CliError::Usage)?;
    Ok((loaded, seeds))
}
