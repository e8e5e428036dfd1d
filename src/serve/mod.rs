//! `pitcrew serve DIR`: the facilitator's machine serves the workshop room. Teams play
//! in any browser on the network with the workshop code; the model runs here, and
//! every team's run file is written to DIR after every week exactly as the desktop
//! game writes it, so `pitcrew workshop`, `replay` and the HTML export work unchanged.
//!
//! Safe in a shared room: only the code lets a team join, a team's secret address
//! controls only that team, the facilitator's controls have their own secret, forms
//! go through the model's own checks, every text is escaped, bodies and request rates
//! are limited, and nothing is written outside DIR. The room's state is in DIR too
//! (`.pitcrew-room` and the run files), so a restarted server picks every team up.

mod access;
pub mod api;
pub mod client;
mod facilitator;
mod handlers;
mod pages;
mod room;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use crate::t;

pub use room::{MAX_ACTIONS, MAX_TEAMS, ROOM_FILE, Room, RoomError};

/// Why a workshop server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The scenario of a new room cannot be read.
    #[error("{0}")]
    Scenario(#[from] crate::scenario::ScenarioError),
    /// The workshop folder or its room file.
    #[error("{0}")]
    Room(#[from] RoomError),
    #[error("{0}")]
    File(#[from] crate::format::FileError),
    /// The address cannot be listened on (in use, not this machine's, no permission).
    #[error("{bind}: {reason}")]
    Listen { bind: SocketAddr, reason: String },
}

/// Where a workshop listens unless told otherwise: every address of this machine.
pub const DEFAULT_BIND: &str = "0.0.0.0:7878";

/// What `pitcrew serve` was asked for.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub dir: PathBuf,
    /// A shipped scenario id or a file; needed only to start a new room.
    pub scenario: Option<String>,
    pub seed: u64,
    pub bind: SocketAddr,
    /// Where finished teams' learning records go, with the players' home page.
    pub records: Option<(crate::xapi::Lrs, Option<String>)>,
}

/// How many requests the server takes, as (requests, burst): per address per second,
/// joins per address per minute, per team per second. Generous for people, tight for
/// a script.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RequestLimits {
    pub per_address: (u32, u32),
    pub joins_per_minute: (u32, u32),
    pub per_team: (u32, u32),
}

impl RequestLimits {
    /// A training room: each laptop is an address of its own.
    pub const ROOM: RequestLimits = RequestLimits {
        per_address: (60, 300),
        joins_per_minute: (20, 12),
        per_team: (30, 120),
    };
    /// No practical limit: for the load benchmark, where 30 teams share loopback.
    pub const UNLIMITED: RequestLimits = RequestLimits {
        per_address: (1_000_000, 1_000_000),
        joins_per_minute: (1_000_000, 1_000_000),
        per_team: (1_000_000, 1_000_000),
    };
}

/// Everything the handlers share.
pub struct AppState {
    pub room: Mutex<Room>,
    /// The address teams type, and its QR code as SVG for the facilitator's page.
    pub join_url: String,
    pub qr_svg: String,
    limits: handlers::Limits,
}

/// Runs the server until Ctrl+C. Exit 0 on a clean stop, 1 when it cannot start.
pub fn run(opts: ServeOptions) -> ExitCode {
    let hosted = match open_room(&opts).and_then(|room| host(room, opts.bind)) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("{}", t!("serve-error", error = e.to_string()));
            return ExitCode::from(1);
        }
    };
    {
        let room = hosted.room();
        let lines = [
            t!(
                "serve-started",
                scenario = room.scenario.title.as_str(),
                seed = room.seed.to_string()
            ),
            t!(
                "serve-started-join",
                url = hosted.join_url.as_str(),
                code = room.code.as_str()
            ),
            t!(
                "serve-started-projector",
                url = format!("{}/board", hosted.join_url)
            ),
            t!(
                "serve-started-facilitator",
                url = hosted.facilitator_url.as_str()
            ),
            t!("serve-started-files", dir = shown_dir(&room.dir)),
        ];
        for (i, line) in lines.iter().enumerate() {
            let indent = if i == 0 { "" } else { "  " };
            say(&format!("{indent}{line}"));
        }
    }
    say(&qr_text(&hosted.join_url));
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    let waited = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map(|rt| rt.block_on(tokio::signal::ctrl_c()));
    if let Err(e) = waited {
        eprintln!("{}", t!("serve-error", error = e.to_string()));
    }
    drop(hosted);
    ExitCode::SUCCESS
}

/// A workshop server running on its own thread; stopped when dropped.
pub struct Hosted {
    pub state: Arc<AppState>,
    /// The address teams type (with the code).
    pub join_url: String,
    /// The facilitator's own address (with its secret).
    pub facilitator_url: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Hosted {
    /// The room, locked (for the game's facilitator screen: pause, finish).
    pub fn room(&self) -> std::sync::MutexGuard<'_, Room> {
        self.state.room.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Hosted {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Serves a room on `bind` from a thread of its own. The address is taken before this
/// returns, so a port in use is an error here, not later.
pub fn host(room: Room, bind: SocketAddr) -> Result<Hosted, ServeError> {
    host_with(room, bind, RequestLimits::ROOM)
}

/// [`host`] with other request limits.
pub fn host_with(
    room: Room,
    bind: SocketAddr,
    limits: RequestLimits,
) -> Result<Hosted, ServeError> {
    let listen = |e: std::io::Error| ServeError::Listen {
        bind,
        reason: crate::i18n::os_error(&e),
    };
    let listener = std::net::TcpListener::bind(bind).map_err(listen)?;
    listener.set_nonblocking(true).map_err(listen)?;
    let local = listener.local_addr().map_err(listen)?;
    let host = shown_host(local);
    let join_url = format!("http://{host}/{}", room.code);
    let facilitator_url = format!("http://{host}{}", facilitator::href(&room));
    let state = Arc::new(AppState {
        room: Mutex::new(room),
        qr_svg: qr_svg(&join_url),
        join_url: join_url.clone(),
        limits: handlers::Limits::new(&limits),
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = handlers::router(state.clone());
    let thread = std::thread::Builder::new()
        .name("pitcrew-serve".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("{}", t!("serve-error-cannot-start", error = e.to_string()));
                    return;
                }
            };
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::from_std(listener) {
                    Ok(l) => l,
                    Err(e) => {
                        eprintln!("{}", t!("serve-error", error = e.to_string()));
                        return;
                    }
                };
                let served = axum::serve(
                    listener,
                    app.into_make_service_with_connect_info::<SocketAddr>(),
                )
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
                if let Err(e) = served {
                    eprintln!("{}", t!("serve-error-stopped", error = e.to_string()));
                }
            });
        })
        .map_err(listen)?;
    Ok(Hosted {
        state,
        join_url,
        facilitator_url,
        stop: Some(stop),
        thread: Some(thread),
    })
}

/// Opens the room a `pitcrew serve` asks for (creating DIR if needed).
pub fn open_room(opts: &ServeOptions) -> Result<Room, ServeError> {
    // The scenario first: a broken file leaves no empty folder behind.
    let scenario = match &opts.scenario {
        None => None,
        Some(s) => Some(crate::scenario::load_id_or_file(s)?.scenario),
    };
    std::fs::create_dir_all(&opts.dir)
        .map_err(|e| crate::format::FileError::io(&opts.dir, crate::i18n::os_error(&e)))?;
    let asked = scenario.as_ref().map(|s| s.id.clone());
    let mut room = Room::open(&opts.dir, scenario, opts.seed)?;
    room.records = opts.records.clone();
    if asked.is_some_and(|id| id != room.scenario.id) {
        eprintln!(
            "{}",
            t!(
                "serve-note-other-room",
                dir = opts.dir.display().to_string(),
                scenario = room.scenario.id.to_string(),
                seed = room.seed.to_string()
            )
        );
    }
    Ok(room)
}

/// The host teams should type: the address bound, or this machine's address on the
/// network when bound to all of them.
/// A line on the facilitator's console. A console that went away (`pitcrew serve … |
/// head`) must not end the workshop, so a failed write is let go (SIGPIPE stays
/// ignored for `serve`: see `cli::pipe`).
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}

fn shown_host(local: SocketAddr) -> String {
    let ip = if local.ip().is_unspecified() {
        lan_ip().unwrap_or(local.ip())
    } else {
        local.ip()
    };
    SocketAddr::new(ip, local.port()).to_string()
}

/// The address this machine would use towards the network (no packet is sent: a UDP
/// socket only picks its route when connected).
fn lan_ip() -> Option<IpAddr> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("192.0.2.1:9").ok()?;
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

fn shown_dir(dir: &Path) -> String {
    dir.canonicalize()
        .unwrap_or_else(|_| dir.to_path_buf())
        .display()
        .to_string()
}

/// The join address as a QR code in SVG, for the facilitator's page.
fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(180, 180)
            .build(),
        Err(_) => String::new(),
    }
}

/// The join address as a QR code in the terminal (two rows of modules per line).
fn qr_text(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .build(),
        Err(_) => String::new(),
    }
}
