#!/usr/bin/env bash
# Every test: formatting, lints, unit/integration/
# property/lesson/CLI tests, headless app tests, a one-shot run of every benchmark
# (performance figures come from `cargo bench`), and every screen rendered under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export CARGO_TERM_COLOR=never
# Tests read English output unless they ask for German (`--lang de`, `with_lang`).
export LC_ALL=C.UTF-8
cargo fmt --all -- --check
# One clippy pass: the game build holds every line the model-only build does, but for
# main.rs's no-game message, which `cargo test --no-default-features` still compiles.
cargo clippy --all-targets -- -D warnings
cargo test --no-default-features
# Examples are dev probes: clippy above compiles them; linking each against Bevy only costs disk.
cargo test --lib --bins --tests
# Each benchmark once, built with the test profile the model-only tests just built, so
# CI never compiles the dependencies a third time; figures come from `cargo bench`.
cargo test --no-default-features --bench model --bench workshop --bench floor --bench serve -- --test
bash scripts/screens.sh out/screens
echo "all tests passed"
