//! Without a display the game explains itself and points to the headless commands.

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn no_display_gives_a_clear_message_and_no_panic() {
    let home = tempfile::tempdir().unwrap();
    Command::cargo_bin("pitcrew")
        .unwrap()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("--home")
        .arg(home.path())
        .assert()
        .code(2)
        .stderr(contains("no display found"))
        .stderr(contains("pitcrew compare"))
        .stderr(contains("panicked").not());
}

#[test]
fn a_display_with_no_server_behind_it_is_named() {
    Command::cargo_bin("pitcrew")
        .unwrap()
        .env("DISPLAY", ":4711")
        .env_remove("WAYLAND_DISPLAY")
        .assert()
        .code(2)
        .stderr(contains(
            "DISPLAY is :4711, but no X server is listening there",
        ))
        .stderr(contains("panicked").not());
}

#[test]
fn no_display_is_explained_in_german_with_lang_de() {
    let home = tempfile::tempdir().unwrap();
    Command::cargo_bin("pitcrew")
        .unwrap()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(["--lang", "de", "--home"])
        .arg(home.path())
        .assert()
        .code(2)
        .stderr(contains("kein Bildschirm gefunden"))
        .stderr(contains("  pitcrew compare"))
        .stderr(contains("no display found").not());
}
