//! Numbers the way a sales team says them.

/// A share as a whole percentage ("42 %").
pub fn pct(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// Money in thousands, the way sales teams talk ("42 k").
pub fn money(x: f64) -> String {
    if x.abs() >= 1_000_000.0 {
        format!("{:.2} M", x / 1_000_000.0)
    } else {
        format!("{:.0} k", x / 1000.0)
    }
}

/// A number with its noun: `1 win`, `3 wins`, `0 wins`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_takes_the_singular_only_for_one() {
        assert_eq!(counted(0, "win", "wins"), "0 wins");
        assert_eq!(counted(1, "win", "wins"), "1 win");
        assert_eq!(counted(2, "loss", "losses"), "2 losses");
    }

    #[test]
    fn money_switches_to_millions() {
        assert_eq!(money(42_400.0), "42 k");
        assert_eq!(money(1_250_000.0), "1.25 M");
        assert_eq!(pct(0.42), "42 %");
    }
}
