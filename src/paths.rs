//! Where a user's Pit Crew files live: settings, saves, exports, their own scenarios
//! and learning records waiting for the LRS. The game and the CLI share this.

use std::path::{Path, PathBuf};

/// `explicit` (a `--home`), else `$PITCREW_HOME`, else `$XDG_DATA_HOME/pitcrew`, else
/// `~/.local/share/pitcrew`, else `./pitcrew-data`.
pub fn data_home(explicit: Option<&Path>) -> PathBuf {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    explicit
        .map(Path::to_path_buf)
        .or_else(|| env("PITCREW_HOME"))
        .or_else(|| env("XDG_DATA_HOME").map(|d| d.join("pitcrew")))
        .or_else(|| env("HOME").map(|h| h.join(".local/share/pitcrew")))
        .unwrap_or_else(|| PathBuf::from("pitcrew-data"))
}
