//! `pitcrew`: with no subcommand opens the game; subcommands run headless.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = pitcrew::cli::Cli::parse();
    if let Some(code) = pitcrew::cli::run(cli) {
        return code;
    }
    open_game()
}

#[cfg(feature = "game")]
fn open_game() -> ExitCode {
    pitcrew::game::run()
}

#[cfg(not(feature = "game"))]
fn open_game() -> ExitCode {
    eprintln!(
        "This pitcrew was built without the game (feature `game`).\n\
         Headless commands work: try `pitcrew compare scenarios/first-90-days.ron` or `pitcrew --help`."
    );
    ExitCode::from(2)
}
