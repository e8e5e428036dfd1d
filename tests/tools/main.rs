//! The tools' tests in one binary (one link): the CLI, the debrief and its HTML
//! export (in chromium too), hostile input, the workshop folder, and the workshop
//! server over HTTP.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod debrief;
mod docs;
mod english;
mod hostile;
mod html_browser;
mod serve;
mod translations;
mod workshop;
mod xapi;
