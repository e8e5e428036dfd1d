//! Sending statements to a learning record store, never losing one: each statement is
//! first written to a queue folder (one file, written atomically), then sent with
//! `PUT /statements?statementId=ID`, and its file removed only when the LRS has it.
//! An unreachable LRS leaves the queue for the next send; a statement sent twice (a
//! reply lost on the way) is stored once, since its id is the same.

use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine as _;

use super::statements::{Statement, XAPI_VERSION};
use crate::format::write_atomic;

/// A learning record store: its xAPI endpoint and credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lrs {
    /// The endpoint statements live under (`http://host:port/xAPI`).
    pub endpoint: String,
    /// Basic-auth `user:password` (the LRS's key and secret).
    pub auth: Option<String>,
}

/// What a send did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sent {
    /// Statements the LRS now has (including ones it already had).
    pub delivered: usize,
    /// Statements still queued, to be sent next time.
    pub queued: usize,
    /// Statements the LRS refused as invalid, moved to `rejected/` in the queue.
    pub rejected: usize,
    /// Why sending stopped, when it did.
    pub problem: Option<String>,
}

impl Sent {
    /// One line for a terminal or a notice.
    pub fn summary(&self) -> String {
        // Each part is a clause of its own, joined by semicolons.
        let mut parts = vec![crate::t!("xapi-delivered", n = self.delivered)];
        if self.queued > 0 {
            let why = self
                .problem
                .clone()
                .unwrap_or_else(|| crate::t!("xapi-not-sent-yet"));
            parts.push(crate::t!("xapi-queued", n = self.queued, why = why));
        }
        if self.rejected > 0 {
            parts.push(crate::t!("xapi-rejected", n = self.rejected));
        }
        parts.join("; ")
    }
}

/// Writes statements into the queue folder, one file each, in order.
pub fn enqueue(queue: &Path, statements: &[Statement]) -> std::io::Result<()> {
    std::fs::create_dir_all(queue)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let queued: std::collections::HashSet<String> = queued_files(queue)
        .iter()
        .filter_map(|p| queued_id(p))
        .collect();
    for (i, st) in statements.iter().enumerate() {
        // A statement already queued keeps its place.
        if queued.contains(&st.id) {
            continue;
        }
        let text = serde_json::to_vec_pretty(st).map_err(std::io::Error::other)?;
        let name = format!("{:024}-{}.json", now + i as u128, st.id);
        write_atomic(&queue.join(name), &text)?;
    }
    Ok(())
}

/// The statement id a queue file is named after (`STAMP-ID.json`).
fn queued_id(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let (_, id) = stem.split_once('-')?;
    uuid::Uuid::parse_str(id).ok().map(|_| id.to_string())
}

/// Whether statements are waiting in the queue.
pub fn pending(queue: &Path) -> bool {
    !queued_files(queue).is_empty()
}

/// One flush at a time in this process: the game, the server and the CLI may each
/// start one, and two at once would send every statement twice.
static FLUSHING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Moves a queue file the LRS will never take aside, so it blocks nothing behind it.
fn set_aside(queue: &Path, path: &Path) {
    let rejected = queue.join("rejected");
    let _ = std::fs::create_dir_all(&rejected);
    if let Some(name) = path.file_name() {
        let _ = std::fs::rename(path, rejected.join(name));
    }
}

fn queued_files(queue: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(queue)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

impl Lrs {
    fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint.trim_end_matches('/'))
    }

    fn authorization(&self) -> Option<String> {
        self.auth.as_ref().map(|a| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(a.as_bytes())
            )
        })
    }

    /// Sends every queued statement, oldest first, until the LRS stops answering.
    pub fn flush(&self, queue: &Path) -> Sent {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .build()
            .into();
        let _one_at_a_time = FLUSHING.lock().unwrap_or_else(|e| e.into_inner());
        let mut sent = Sent::default();
        let files = queued_files(queue);
        for (i, path) in files.iter().enumerate() {
            let body = match std::fs::read(path) {
                Ok(b) => b,
                // Sent and removed meanwhile by another program's flush.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    sent.problem = Some(format!("{}: {e}", path.display()));
                    sent.queued = files.len() - i;
                    return sent;
                }
            };
            // A file that is not a statement of ours (damaged, renamed) is set aside.
            let Some(id) =
                queued_id(path).filter(|_| serde_json::from_slice::<Statement>(&body).is_ok())
            else {
                set_aside(queue, path);
                sent.rejected += 1;
                continue;
            };
            let mut req = agent
                .put(self.statements_url())
                .query("statementId", &id)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Content-Type", "application/json");
            if let Some(a) = self.authorization() {
                req = req.header("Authorization", &a);
            }
            match req.send(&body[..]) {
                Ok(res) => match res.status().as_u16() {
                    // Stored, or already stored under this id.
                    200..=299 | 409 => {
                        let _ = std::fs::remove_file(path);
                        sent.delivered += 1;
                    }
                    400 | 413 => {
                        set_aside(queue, path);
                        sent.rejected += 1;
                    }
                    status => {
                        sent.problem =
                            Some(crate::t!("xapi-lrs-answered", status = status.to_string()));
                        sent.queued = files.len() - i;
                        return sent;
                    }
                },
                Err(e) => {
                    sent.problem = Some(format!("{}: {e}", self.endpoint));
                    sent.queued = files.len() - i;
                    return sent;
                }
            }
        }
        sent
    }

    /// Queues the statements and sends the whole queue.
    pub fn send(&self, queue: &Path, statements: &[Statement]) -> std::io::Result<Sent> {
        enqueue(queue, statements)?;
        Ok(self.flush(queue))
    }
}
