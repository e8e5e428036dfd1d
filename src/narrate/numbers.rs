//! Numbers the way a sales team says them, in the reader's language.

use crate::i18n::decimal;
use crate::t;

/// A share as a whole percentage ("42 %").
pub fn pct(x: f64) -> String {
    t!("percent", n = decimal(x * 100.0, 0))
}

/// Money in thousands, the way sales teams talk ("42 k"), millions past a million.
pub fn money(x: f64) -> String {
    if x.abs() >= 1_000_000.0 {
        t!("money-millions", n = decimal(x / 1_000_000.0, 2))
    } else {
        t!("money-thousands", n = decimal(x / 1000.0, 0))
    }
}

/// A ratio to a target: "0.92×".
pub fn times(x: f64) -> String {
    t!("times", n = decimal(x, 2))
}

/// A number with its noun: `1 win`, `3 wins`, `0 wins`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn counted_takes_the_singular_only_for_one() {
        assert_eq!(counted(0, "win", "wins"), "0 wins");
        assert_eq!(counted(1, "win", "wins"), "1 win");
        assert_eq!(counted(2, "loss", "losses"), "2 losses");
    }

    #[test]
    fn money_switches_to_millions() {
        with_lang(Lang::En, || {
            assert_eq!(money(42_400.0), "42 k");
            assert_eq!(money(1_250_000.0), "1.25 M");
            assert_eq!(pct(0.42), "42 %");
            assert_eq!(times(0.915), "0.92×");
        });
    }

    #[test]
    fn german_money_has_german_units_and_separators() {
        with_lang(Lang::De, || {
            assert_eq!(money(42_400.0), "42 Tsd.");
            assert_eq!(money(1_250_000.0), "1,25 Mio.");
            assert_eq!(pct(0.426), "43 %");
        });
    }
}
