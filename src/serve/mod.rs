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

mod facilitator;
mod handlers;
mod pages;
mod room;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

pub use room::{MAX_ACTIONS, MAX_TEAMS, ROOM_FILE, Room, RoomError};

/// What `pitcrew serve` was asked for.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub dir: PathBuf,
    /// A shipped scenario id or a file; needed only to start a new room.
    pub scenario: Option<String>,
    pub seed: u64,
    pub bind: SocketAddr,
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
    let room = match open_room(&opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(serve(opts.bind, room)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn open_room(opts: &ServeOptions) -> Result<Room, String> {
    std::fs::create_dir_all(&opts.dir).map_err(|e| format!("{}: {e}", opts.dir.display()))?;
    let scenario = match &opts.scenario {
        None => None,
        Some(s) => Some(
            crate::scenario::load_id_or_file(s)
                .map_err(|e| e.to_string())?
                .scenario,
        ),
    };
    let room = Room::open(&opts.dir, scenario, opts.seed).map_err(|e| e.to_string())?;
    if let Some(asked) = &opts.scenario
        && room.scenario.id
            != crate::scenario::load_id_or_file(asked)
                .map_or(String::new(), |l| l.scenario.id.clone())
    {
        eprintln!(
            "note: {} already holds a workshop on {} (seed {}); it goes on with that one",
            opts.dir.display(),
            room.scenario.id,
            room.seed
        );
    }
    Ok(room)
}

/// Serves the room on `bind` until Ctrl+C, printing the addresses and the QR code.
pub async fn serve(bind: SocketAddr, room: Room) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(bind).await?;
    let local = listener.local_addr()?;
    let host = shown_host(local);
    let join_url = format!("http://{host}/{}", room.code);
    let qr_svg = qr_svg(&join_url);
    println!(
        "Pit Crew workshop: {} (seed {})",
        room.scenario.title, room.seed
    );
    println!(
        "  teams join at   {join_url}   (workshop code {})",
        room.code
    );
    println!("  projector page  http://{host}/{}/board", room.code);
    println!(
        "  facilitator     http://{host}{}   (keep this address to yourself)",
        facilitator::href(&room)
    );
    println!("  run files in    {}", shown_dir(&room.dir));
    println!("{}", qr_text(&join_url));
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    let state = Arc::new(AppState {
        room: Mutex::new(room),
        join_url,
        qr_svg,
        limits: handlers::Limits::new(),
    });
    let app = handlers::router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// The host teams should type: the address bound, or this machine's address on the
/// network when bound to all of them.
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
