//! Portable content hashes (FNV-1a, 64 bit): stable across machines and versions.

use serde::Serialize;

/// FNV-1a over bytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Hash of a value's canonical RON form, as 16 hex digits. Formatting and comments
/// in the source file do not change it; any change of meaning does.
pub fn content_hash<T: Serialize>(value: &T) -> String {
    let text = ron::to_string(value).unwrap_or_default();
    format!("{:016x}", fnv1a(text.as_bytes()))
}
