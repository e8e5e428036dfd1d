//! `pitcrew`: with no subcommand opens the game; subcommands run headless.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = pitcrew::cli::parse();
    pitcrew::cli::pipe::end_quietly_on_closed_stdout(&cli);
    let game = cli.game.clone();
    if let Some(code) = pitcrew::cli::run(cli) {
        return code;
    }
    open_game(game)
}

#[cfg(feature = "game")]
fn open_game(args: pitcrew::options::GameArgs) -> ExitCode {
    pitcrew::game::run(args)
}

#[cfg(not(feature = "game"))]
fn open_game(_args: pitcrew::options::GameArgs) -> ExitCode {
    eprintln!("{}", pitcrew::t!("cli-out-no-game"));
    ExitCode::from(pitcrew::options::NO_GAME)
}
