//! The game's tests in one binary (one link against Bevy): headless app flows under
//! `MinimalPlugins`, and the message a machine without a display gets.

mod game_flow;
mod language;
mod no_display;
