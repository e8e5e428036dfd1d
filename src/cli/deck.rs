//! `pitcrew deck DIR [--deal N]`: the facilitator's event deck from the command line.

use super::exit::Outcome;
use std::path::Path;

use crate::format::deck::{Deck, presets};
use crate::scenario::shown;

pub fn run(dir: &Path, deal: Option<usize>) -> Outcome {
    let cards = presets();
    // A typo must not deal a card into a new, empty folder no team reads.
    if !dir.is_dir() {
        return Err(format!(
            "{}: no such folder; give the workshop folder the teams' games were started with \
             (`pitcrew --workshop DIR`), or create it first",
            shown(dir)
        )
        .into());
    }
    if let Some(n) = deal {
        let card = cards
            .get(n.wrapping_sub(1))
            .ok_or_else(|| format!("--deal {n}: choose a card from 1 to {}", cards.len()))?;
        let id = Deck::deal(dir, card.kind.clone(), card.text.clone())?;
        println!(
            "dealt card #{id} to every team in {} from their next week: {}",
            shown(dir),
            card.label()
        );
        return Ok(());
    }
    println!("Cards you can deal (pitcrew deck {} --deal N):", shown(dir));
    for (i, c) in cards.iter().enumerate() {
        println!("  {}. {}", i + 1, c.label());
    }
    let deck = Deck::load(dir)?;
    println!("Dealt so far in {}: {}", shown(dir), deck.cards.len());
    for c in &deck.cards {
        println!("  #{} {}", c.id, c.label());
    }
    Ok(())
}
