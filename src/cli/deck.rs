//! `pitcrew deck DIR [--deal N]`: the facilitator's event deck from the command line.

use super::exit::Outcome;
use std::path::Path;

use crate::format::deck::{Deck, presets};
use crate::scenario::shown;

pub fn run(dir: &Path, deal: Option<usize>) -> Outcome {
    let cards = presets();
    // A typo must not deal a card into a new, empty folder no team reads.
    if !dir.is_dir() {
        return Err(crate::t!("cli-out-deck-no-folder", dir = shown(dir)).into());
    }
    if let Some(n) = deal {
        let card = cards.get(n.wrapping_sub(1)).ok_or_else(|| {
            crate::t!(
                "cli-out-deck-no-card",
                n = n.to_string(),
                cards = cards.len()
            )
        })?;
        let id = Deck::deal(dir, card.kind.clone(), card.text.clone())?;
        println!(
            "{}",
            crate::t!(
                "cli-out-deck-dealt",
                id = id.to_string(),
                dir = shown(dir),
                card = card.label()
            )
        );
        return Ok(());
    }
    println!("{}", crate::t!("cli-out-deck-cards", dir = shown(dir)));
    for (i, c) in cards.iter().enumerate() {
        println!("  {}. {}", i + 1, c.label());
    }
    let deck = Deck::load(dir)?;
    println!(
        "{}",
        crate::t!(
            "cli-out-deck-dealt-so-far",
            dir = shown(dir),
            n = deck.cards.len()
        )
    );
    for c in &deck.cards {
        println!("  #{} {}", c.id, c.label());
    }
    Ok(())
}
