//! Numbers written the way the reader's locale writes them (CLDR, via ICU4X):
//! `1,234.5` in English, `1.234,5` in German.

use fixed_decimal::Sign;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::LanguageIdentifier;

use super::{Lang, lang};

fn new_formatter(lang: Lang) -> DecimalFormatter {
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language code");
    DecimalFormatter::try_new(id.into(), Default::default()).expect("compiled data holds en and de")
}

thread_local! {
    /// One formatter per language and thread: ICU4X's data is not shared across threads.
    static FORMATTERS: [DecimalFormatter; 2] = [new_formatter(Lang::En), new_formatter(Lang::De)];
}

fn format(d: &Decimal) -> String {
    FORMATTERS.with(|f| f[lang() as usize].format(d).to_string())
}

/// `x` with `places` digits after the decimal separator, in the current locale.
/// Not-a-number and infinities, which no figure of a run should be, read as `–`.
pub fn decimal(x: f64, places: u8) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // Rust's own rounding picks the digits (so English reads exactly as `{:.N}` did);
    // ICU4X only writes them in the locale's way.
    let digits = format!("{:.*}", places as usize, x);
    let Ok(mut d) = digits.parse::<Decimal>() else {
        return digits;
    };
    // "-0.0" reads oddly in a report; a value that rounds to zero is zero.
    if d.absolute.is_zero() {
        d.sign = Sign::None;
    }
    format(&d)
}

/// The whole number `decimal(x, 0)` writes, as a number: the count that chooses a
/// plural (`1 hour`, `2 hours`) when the figure shown is the formatted one.
pub fn whole(x: f64) -> i64 {
    format!("{x:.0}").parse().unwrap_or(0)
}

/// A whole number in the current locale (`12,345` / `12.345`).
pub fn integer(n: i64) -> String {
    format(&Decimal::from(n))
}

#[cfg(test)]
mod tests {
    use super::super::with_lang;
    use super::*;

    /// `whole` is the number `decimal(x, 0)` shows, Rust's rounding included.
    #[test]
    fn whole_counts_what_decimal_shows() {
        with_lang(Lang::En, || {
            for x in [0.0, 0.25, 0.5, 1.0, 1.4, 1.5, 2.5, 39.6, -0.2] {
                assert_eq!(whole(x).to_string(), decimal(x, 0), "{x}");
            }
        });
    }

    #[test]
    fn each_locale_writes_its_own_separators() {
        with_lang(Lang::En, || {
            assert_eq!(decimal(1234.567, 1), "1,234.6");
            assert_eq!(decimal(0.5, 2), "0.50");
            assert_eq!(integer(12345), "12,345");
        });
        with_lang(Lang::De, || {
            assert_eq!(decimal(1234.567, 1), "1.234,6");
            assert_eq!(decimal(0.5, 2), "0,50");
            assert_eq!(integer(12345), "12.345");
        });
    }

    #[test]
    fn nothing_prints_as_minus_zero_or_nan() {
        with_lang(Lang::En, || {
            assert_eq!(decimal(-0.0001, 1), "0.0");
            assert_eq!(decimal(f64::NAN, 1), "–");
            assert_eq!(decimal(-2.26, 1), "-2.3");
            assert_eq!(decimal(2.0, 2), "2.00");
        });
    }
}
