//! Serde for names shared as `Arc<str>`: written and read as plain strings.
//!
//! (serde's own `rc` feature would do the same, but turning it on rebuilds every
//! crate that depends on serde, Bevy included.)

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(name: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(name)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
    String::deserialize(d).map(Arc::from)
}
