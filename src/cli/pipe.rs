//! A reader that stops early (`pitcrew compare … | head -3`) ends a printing command
//! the way it ends `cat` or `grep`: killed by SIGPIPE, without a message, status 141
//! in the shell. Rust's runtime ignores SIGPIPE, so without this every `println!` after
//! the reader left panics with "failed printing to stdout: Broken pipe".
//!
//! Death by the signal rather than exit 0: it needs no change at each of the commands'
//! prints, it stops the work at once instead of computing output nobody reads, and a
//! script with `set -o pipefail` can still tell the output was cut short.

use super::{Cli, Command};

/// Restores SIGPIPE's default action for the command about to run, except `serve`
/// (a visitor who closes a page must be an EPIPE on that socket, not the end of the
/// workshop) and the game (no subcommand: it prints nothing to read, and its display
/// and `--join` connections must fail as errors too).
pub fn end_quietly_on_closed_stdout(cli: &Cli) {
    if matches!(cli.command, None | Some(Command::Serve { .. })) {
        return;
    }
    #[cfg(unix)]
    // SAFETY: only sets a signal's disposition to a valid constant; no handler runs
    // Rust code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
