//! `pitcrew deck DIR [--deal N]`: the facilitator's event deck from the command line.

use std::path::Path;

use crate::report::deck::{Deck, presets};

pub fn run(dir: &Path, deal: Option<usize>) -> Result<(), String> {
    let cards = presets();
    if let Some(n) = deal {
        let card = cards
            .get(n.wrapping_sub(1))
            .ok_or_else(|| format!("--deal {n}: choose a card from 1 to {}", cards.len()))?;
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let id = Deck::deal(dir, card.kind.clone(), card.text.clone())?;
        println!(
            "dealt card #{id} to every team in {} from their next week: {}",
            dir.display(),
            card.label()
        );
        return Ok(());
    }
    println!(
        "Cards you can deal (pitcrew deck {} --deal N):",
        dir.display()
    );
    for (i, c) in cards.iter().enumerate() {
        println!("  {}. {}", i + 1, c.label());
    }
    let deck = Deck::load(dir)?;
    println!("Dealt so far in {}: {}", dir.display(), deck.cards.len());
    for c in &deck.cards {
        println!("  #{} {}", c.id, c.label());
    }
    Ok(())
}
