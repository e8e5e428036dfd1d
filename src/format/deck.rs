//! The facilitator's event deck: events played for every team of a workshop from the
//! week after they are dealt. It is a RON file in the workshop folder; each team's game
//! reads it and records the events it applied in its run file, so replays stay exact.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::{FileError, write_atomic};
use crate::scenario::{
    EventKind, Text, check_event, parse_ron, read_limited, ron_options, shown, text_of,
};
use crate::sim::{Injection, Run};

/// Largest deck file accepted (a deck of a thousand cards is about 100 KiB).
pub const MAX_DECK_BYTES: u64 = 1024 * 1024;

/// One dealt card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable number, unique in the deck.
    pub id: u32,
    pub kind: EventKind,
    /// What the facilitator and the teams read, in one language or several.
    #[serde(default)]
    pub text: Option<Text>,
}

impl Card {
    /// What a facilitator and the teams read: the card's text, else the event's name.
    pub fn label(&self) -> String {
        match &self.text {
            Some(t) => t.to_string(),
            None => self.kind.name(),
        }
    }
}

/// The deck file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub cards: Vec<Card>,
}

/// The cards a facilitator can deal, from `assets/data/deck.ron` (data, not code),
/// parsed once: the facilitator's screen lists them every frame.
pub fn presets() -> &'static [Card] {
    static PRESETS: LazyLock<Vec<Card>> = LazyLock::new(|| {
        ron_options()
            .from_str::<Deck>(include_str!("../../assets/data/deck.ron"))
            .map(|d| d.cards)
            .unwrap_or_default()
    });
    &PRESETS
}

impl Deck {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join("deck.ron")
    }

    /// Reads a folder's deck; no file is an empty deck.
    pub fn load(dir: &Path) -> Result<Deck, FileError> {
        let path = Deck::path(dir);
        // A link to nothing is no deck either; anything else at the path is read (and a
        // pipe or a device refused) by the one reader of user files.
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(Deck::default());
        }
        let name = shown(&path);
        let bytes =
            read_limited(&path, MAX_DECK_BYTES).map_err(|e| FileError::Content(e.to_string()))?;
        Deck::parse(&name, &bytes)
    }

    /// Parses and checks deck bytes; `name` is used in messages.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Deck, FileError> {
        let content = |e: &dyn std::fmt::Display| FileError::Content(e.to_string());
        let text = text_of(name, bytes).map_err(|e| content(&e))?;
        let deck: Deck = parse_ron(name, text).map_err(|e| content(&e))?;
        // A card reaches every team's game: it gets the limits a scenario's events have.
        for (i, card) in deck.cards.iter().enumerate() {
            let at = format!("cards[{i}].kind");
            if let Some(p) = check_event(&card.kind, &at, None).first() {
                return Err(FileError::Content(format!("{name}: {p}")));
            }
        }
        Ok(deck)
    }

    /// Adds a card and writes the deck atomically; returns the card's id.
    pub fn deal(dir: &Path, kind: EventKind, text: Option<Text>) -> Result<u32, FileError> {
        let mut deck = Deck::load(dir)?;
        let path = Deck::path(dir);
        let id = match deck.cards.iter().map(|c| c.id).max() {
            None => 1,
            Some(top) => top.checked_add(1).ok_or_else(|| {
                FileError::io(&path, crate::t!("file-deck-full", top = top.to_string()))
            })?,
        };
        deck.cards.push(Card { id, kind, text });
        let out = ron::ser::to_string_pretty(&deck, ron::ser::PrettyConfig::new())
            .map_err(|e| FileError::io(&path, e))?;
        write_atomic(&path, out.as_bytes()).map_err(|e| FileError::io(&path, e))?;
        Ok(id)
    }
}

/// Plays a deck's cards that a run has not played yet from the week after the one
/// being planned (each card once, recorded with its number so replays stay exact).
/// Returns what the team is told.
pub fn apply(run: &mut Run, deck: &Deck) -> Vec<String> {
    let mut dealt = Vec::new();
    if run.is_finished() {
        return dealt;
    }
    let week = run.week() + 1;
    for card in &deck.cards {
        if run.org().injections.iter().any(|i| i.card == Some(card.id)) {
            continue;
        }
        run.inject_recorded(&[Injection {
            week,
            kind: card.kind.clone(),
            text: card.text.clone(),
            card: Some(card.id),
        }]);
        dealt.push(crate::t!(
            "file-deck-dealt",
            week = week.to_string(),
            card = card.label()
        ));
    }
    dealt
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    /// The presets are parsed from data at first use, so a slip in
    /// `assets/data/deck.ron` would leave the facilitator with no cards at all.
    #[test]
    fn the_preset_cards_parse_and_read_in_both_languages() {
        assert!(presets().len() >= 6, "{} cards", presets().len());
        for card in presets() {
            let (en, de) = (
                with_lang(Lang::En, || card.label()),
                with_lang(Lang::De, || card.label()),
            );
            assert!(
                !en.is_empty() && en != de,
                "card {}: {en:?} / {de:?}",
                card.id
            );
        }
        let first = with_lang(Lang::De, || presets()[0].label());
        assert!(first.contains("Wettbewerber"), "{first}");
    }
}
