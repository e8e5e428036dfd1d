//! One theme for every surface: the game's screens, the pipeline board, the HTML
//! exports and the workshop server's pages. Colours come from the Okabe-Ito palette,
//! which stays apart for the common colour-vision deficiencies; a status is always
//! written in words too, never shown by colour alone.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for HTML and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Okabe-Ito blue: the accent (links, the player's own line, won deals).
pub const BLUE: Rgb = Rgb(0, 114, 178);
/// Okabe-Ito bluish green: good (on track, helped).
pub const GREEN: Rgb = Rgb(0, 158, 115);
/// Okabe-Ito orange: a warning (slow, behind).
pub const ORANGE: Rgb = Rgb(230, 159, 0);
/// Okabe-Ito vermillion: bad (stale, hurt, over budget).
pub const VERMILLION: Rgb = Rgb(213, 94, 0);
/// Okabe-Ito sky blue.
pub const SKY: Rgb = Rgb(86, 180, 233);
/// Okabe-Ito reddish purple.
pub const PURPLE: Rgb = Rgb(204, 121, 167);
/// Okabe-Ito yellow (light: only for fills, never text on white).
pub const YELLOW: Rgb = Rgb(240, 228, 66);
pub const BLACK: Rgb = Rgb(0, 0, 0);
/// Secondary text and lost or doomed deals.
pub const GREY: Rgb = Rgb(110, 110, 110);

/// What a colour means wherever it is used.
pub const GOOD: Rgb = GREEN;
pub const WARN: Rgb = ORANGE;
pub const BAD: Rgb = VERMILLION;
pub const ACCENT: Rgb = BLUE;
pub const MUTED: Rgb = GREY;

/// Lines of a chart (teams, reps, bots), in order; dashes tell bots from teams.
pub const SERIES: [Rgb; 8] = [BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, BLACK, GREY];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_print_as_html_hex() {
        assert_eq!(BLUE.hex(), "#0072b2");
        assert_eq!(VERMILLION.hex(), "#d55e00");
    }

    #[test]
    fn chart_lines_are_all_different() {
        for (i, a) in SERIES.iter().enumerate() {
            assert!(!SERIES[i + 1..].contains(a));
        }
    }
}
