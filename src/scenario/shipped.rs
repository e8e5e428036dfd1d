//! The shipped scenarios, built into the binary so the game and `serve` work from any
//! folder.

use std::path::Path;

use super::{Loaded, ScenarioError, load_bytes, load_file};

/// The shipped scenarios, in the order the picker lists them.
pub const SHIPPED: [(&str, &str); 7] = [
    (
        "first-90-days.ron",
        include_str!("../../scenarios/first-90-days.ron"),
    ),
    (
        "l1-coach-dont-close.ron",
        include_str!("../../scenarios/l1-coach-dont-close.ron"),
    ),
    (
        "l2-metrics-not-price-cuts.ron",
        include_str!("../../scenarios/l2-metrics-not-price-cuts.ron"),
    ),
    (
        "l3-diagnose-the-pipeline.ron",
        include_str!("../../scenarios/l3-diagnose-the-pipeline.ron"),
    ),
    (
        "l4-executives-pit-crew.ron",
        include_str!("../../scenarios/l4-executives-pit-crew.ron"),
    ),
    (
        "l5-four-imperatives.ron",
        include_str!("../../scenarios/l5-four-imperatives.ron"),
    ),
    ("baseline.ron", include_str!("../../scenarios/baseline.ron")),
];

/// A shipped scenario by its id (`first-90-days`) or file name, else a scenario file.
pub fn load_id_or_file(id_or_file: &str) -> Result<Loaded, ScenarioError> {
    let file = id_or_file.strip_suffix(".ron").unwrap_or(id_or_file);
    match SHIPPED
        .iter()
        .find(|(name, _)| name.strip_suffix(".ron") == Some(file))
    {
        Some((name, text)) => load_bytes(name, text.as_bytes()),
        None => load_file(Path::new(id_or_file)),
    }
}
