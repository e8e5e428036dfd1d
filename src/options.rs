//! Command-line options the game and the CLI share: `main.rs` parses them, the game
//! and the commands read them, and neither depends on the other for them.

use std::path::PathBuf;

use crate::xapi::{Lrs, Recording, queue_dir};

/// Options of the game (no subcommand).
#[derive(clap::Args, Clone, Debug, Default)]
pub struct GameArgs {
    /// Open this scenario (a shipped id such as `first-90-days`, or a file) at its briefing.
    #[arg(long, value_name = "ID|FILE")]
    pub scenario: Option<String>,
    /// Seed of a new game (default 1; workshops hand one out).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Folder for settings, saves, exports and your own scenarios
    /// (default: $PITCREW_HOME, else ~/.local/share/pitcrew).
    #[arg(long, value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// Drive the game through every screen, save a PNG of each into DIR, check none is blank, and exit.
    #[arg(long, value_name = "DIR")]
    pub tour: Option<PathBuf>,
    /// Workshop folder: your run is saved there every week for the facilitator, and the
    /// facilitator's event cards (DIR/deck.ron) reach your game from the next week on.
    #[arg(long, value_name = "DIR")]
    pub workshop: Option<PathBuf>,
    /// Play a workshop hosted by the facilitator's Pit Crew (`pitcrew serve`, or *Host
    /// this workshop*): the address and code it shows, e.g. http://192.168.1.20:7878/K7PQ2M,
    /// with --team; or your team's own address (…/t/…) to continue your team.
    #[arg(long, value_name = "URL", conflicts_with_all = ["workshop", "scenario", "tour", "diagnostics"])]
    pub join: Option<String>,
    /// Team name recorded in the run file (a workshop's teams each give their own).
    #[arg(long, value_name = "NAME")]
    pub team: Option<String>,
    /// Measure launch time, frame times, week resolution and memory on the largest shipped scenario, print them, and exit.
    #[arg(long)]
    pub diagnostics: bool,
    /// Learning records of finished runs (xAPI), sent to a learning record store.
    #[command(flatten)]
    pub records: LrsArgs,
    /// Language of the game, the commands and the exports: en or de (default: the
    /// game's setting, else the system's language).
    #[arg(long, global = true, value_name = "en|de")]
    pub lang: Option<crate::i18n::Lang>,
}

/// Where statements go: an LRS (with its queue) and the players' home page.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct LrsArgs {
    /// Learning record store to send statements to: its xAPI endpoint
    /// (e.g. http://lrs.example.com/xAPI). Statements wait in a queue on disk until it
    /// has them.
    #[arg(long, value_name = "URL")]
    pub lrs: Option<String>,
    /// The LRS's credentials, KEY:SECRET (HTTP basic auth).
    #[arg(long, value_name = "USER:PASS", requires = "lrs")]
    pub lrs_auth: Option<String>,
    /// The account home page players are recorded under (your LMS's address).
    #[arg(long, value_name = "IRI")]
    pub home_page: Option<String>,
    /// Queue folder (default: xapi-queue in the Pit Crew folder, see --home of the game).
    #[arg(long, value_name = "DIR")]
    pub queue: Option<PathBuf>,
}

impl LrsArgs {
    pub fn lrs(&self) -> Option<Lrs> {
        self.lrs.as_ref().map(|endpoint| Lrs {
            endpoint: endpoint.clone(),
            auth: self.lrs_auth.clone(),
        })
    }

    pub fn queue(&self) -> PathBuf {
        self.queue
            .clone()
            .unwrap_or_else(|| queue_dir(&crate::paths::data_home(None)))
    }

    pub fn recording(&self, seconds: Option<u64>) -> Recording {
        let mut r = Recording::now(seconds);
        if let Some(h) = &self.home_page {
            r.home_page = h.clone();
        }
        r
    }
}

/// The exit code when the game cannot start: no display, no game built in, or a
/// workshop address that cannot be joined.
pub const NO_GAME: u8 = 2;
