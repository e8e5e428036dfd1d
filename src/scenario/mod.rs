//! Scenario files: loading with positioned errors, validation, the parameter
//! reference, and the shipped scenarios. The schema itself is [`crate::sim::scenario`].

mod explain;
mod input;
mod languages;
mod load;
pub mod parameters;
mod shipped;
mod validate;

pub use input::{MAX_ESCAPE_WORK, check_escapes, clean, line_col, read_limited, shown, text_of};
pub use load::{
    Loaded, MAX_FILE_BYTES, ScenarioError, load_bytes, load_file, parse_ron, ron_options,
};
// The schema is the model's input and lives with it; this module loads, checks and
// explains scenario files.
pub use crate::sim::scenario::*;
pub use shipped::{SHIPPED, load_id_or_file};
pub use validate::{
    MAX_EVENTS, MAX_EXPECTED_LEADS, MAX_REPS, MAX_WEEKS, Problem, check_event, validate,
};
