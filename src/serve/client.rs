//! A desktop game's side of a hosted workshop: the address a facilitator hands out,
//! and the three requests the game makes (join, read the team, resolve a week).
//! Blocking; the game runs them off its frame loop.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::api::{ApiError, JoinReply, JoinRequest, TeamState, WeekRequest};
use crate::format::RunFile;
use crate::sim::{Plan, Run};
use crate::t;

/// What went wrong talking to the workshop server, in words for the team.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ClientError {
    BadAddress(String),
    Unreachable {
        server: String,
        why: String,
    },
    /// The server answered with a refusal (its words).
    Refused {
        status: u16,
        message: String,
    },
    BadReply(String),
    NeedsTeam {
        room: String,
    },
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ClientError::BadAddress(address) => {
                t!("serve-client-bad-address", address = format!("{address:?}"))
            }
            ClientError::Unreachable { server, why } => t!(
                "serve-client-unreachable",
                server = server.as_str(),
                error = why.as_str()
            ),
            ClientError::Refused { message, .. } => return f.write_str(message),
            ClientError::BadReply(why) => t!("serve-client-bad-reply", error = why.as_str()),
            ClientError::NeedsTeam { room } => {
                t!("serve-client-needs-team", room = room.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl ClientError {
    /// The server does not know this team (a token from another workshop).
    pub fn is_unknown_team(&self) -> bool {
        matches!(self, ClientError::Refused { status: 404, .. })
    }
}

/// A workshop address: `http://HOST:PORT/CODE`, or a team's own page
/// `http://HOST:PORT/CODE/t/TOKEN` to continue that team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    /// `http://HOST:PORT`
    pub server: String,
    pub code: String,
    pub token: Option<String>,
}

fn plain(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

impl Invite {
    pub fn parse(url: &str) -> Result<Invite, ClientError> {
        let bad = || ClientError::BadAddress(url.to_string());
        let rest = url.trim();
        let rest = rest.strip_prefix("http://").unwrap_or(rest);
        if rest.contains("://") {
            // https would need certificates a training room does not have.
            return Err(bad());
        }
        let (host, path) = rest.split_once('/').ok_or_else(bad)?;
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
        if !host_ok {
            return Err(bad());
        }
        let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let (code, token) = match parts.as_slice() {
            [code] => (*code, None),
            [code, "t", token] if plain(token) => (*code, Some(token.to_string())),
            _ => return Err(bad()),
        };
        if !plain(code) {
            return Err(bad());
        }
        Ok(Invite {
            server: format!("http://{host}"),
            code: code.to_uppercase(),
            token,
        })
    }

    /// The workshop's join address, as the facilitator shows it.
    pub fn room_url(&self) -> String {
        format!("{}/{}", self.server, self.code)
    }
}

/// A connection to one workshop server.
#[derive(Clone)]
pub struct Client {
    invite: Invite,
    agent: ureq::Agent,
}

/// Largest reply read: a year's run file is far below this.
const MAX_REPLY: u64 = 8 * 1024 * 1024;

impl Client {
    pub fn new(invite: Invite) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(15)))
            .http_status_as_error(false)
            .build()
            .into();
        Client { invite, agent }
    }

    pub fn invite(&self) -> &Invite {
        &self.invite
    }

    fn url(&self, tail: &str) -> String {
        format!("{}/{}/api/{tail}", self.invite.server, self.invite.code)
    }

    fn reply<T: DeserializeOwned>(
        &self,
        sent: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<T, ClientError> {
        let mut res = sent.map_err(|e| ClientError::Unreachable {
            server: self.invite.server.clone(),
            why: e.to_string(),
        })?;
        let status = res.status().as_u16();
        let text = res
            .body_mut()
            .with_config()
            .limit(MAX_REPLY)
            .read_to_string()
            .map_err(|e| ClientError::BadReply(e.to_string()))?;
        if !(200..300).contains(&status) {
            let message = serde_json::from_str::<ApiError>(&text)
                .map(|e| e.error)
                .unwrap_or_else(|_| t!("serve-client-refused", status = status));
            return Err(ClientError::Refused { status, message });
        }
        serde_json::from_str(&text).map_err(|e| ClientError::BadReply(e.to_string()))
    }

    fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        tail: &str,
        body: &B,
    ) -> Result<T, ClientError> {
        self.reply(self.agent.post(self.url(tail)).send_json(body))
    }

    /// Joins the workshop as a new team.
    pub fn join(&self, name: &str) -> Result<JoinReply, ClientError> {
        self.post(
            "join",
            &JoinRequest {
                name: name.to_string(),
            },
        )
    }

    /// The team's state as the room holds it (its new notices are handed over).
    pub fn team(&self, token: &str) -> Result<TeamState, ClientError> {
        self.reply(self.agent.get(self.url(&format!("t/{token}"))).call())
    }

    /// Resolves the week `week` with `plan`; the room answers with the team's new state.
    pub fn resolve(&self, token: &str, week: u32, plan: &Plan) -> Result<TeamState, ClientError> {
        self.post(
            &format!("t/{token}/week"),
            &WeekRequest {
                week,
                plan: plan.clone(),
            },
        )
    }
}

impl TeamState {
    /// The team's run file as sent.
    pub fn run_file(&self) -> Result<RunFile, ClientError> {
        RunFile::parse(&t!("serve-client-run-label"), self.run.as_bytes())
            .map_err(|e| ClientError::BadReply(e.to_string()))
    }

    /// The team's run, replayed here from its run file.
    pub fn replay(&self) -> Result<(RunFile, Run), ClientError> {
        let file = self.run_file()?;
        let run = file
            .resimulate(&t!("serve-client-run-label"))
            .map_err(|e| ClientError::BadReply(e.to_string()))?;
        Ok((file, run))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_addresses_a_facilitator_hands_out() {
        let i = Invite::parse("http://192.168.1.20:7878/K7PQ2M").unwrap();
        assert_eq!(i.server, "http://192.168.1.20:7878");
        assert_eq!(i.code, "K7PQ2M");
        assert_eq!(i.token, None);
        assert_eq!(i.room_url(), "http://192.168.1.20:7878/K7PQ2M");
        let i = Invite::parse("10.0.0.5:7878/k7pq2m/").unwrap();
        assert_eq!(
            (i.server.as_str(), i.code.as_str()),
            ("http://10.0.0.5:7878", "K7PQ2M")
        );
        let i = Invite::parse("http://host.local:7878/K7PQ2M/t/abc123").unwrap();
        assert_eq!(i.token.as_deref(), Some("abc123"));
    }

    #[test]
    fn refuses_what_is_not_a_workshop_address() {
        for bad in [
            "",
            "http://host:7878",
            "http://host:7878/",
            "https://host/K7PQ2M",
            "ftp://host/K7PQ2M",
            "http://host/K7PQ2M/board",
            "http://host/K7PQ2M/t/../../etc",
            "http://ho st/K7PQ2M",
            "http://host/<script>",
        ] {
            assert!(
                matches!(Invite::parse(bad), Err(ClientError::BadAddress(_))),
                "{bad:?} was accepted"
            );
        }
    }
}
