#!/usr/bin/env bash
# Every test: formatting, lints, unit/integration/property/lesson/CLI tests, and a
# one-shot run of every benchmark (performance figures come from `cargo bench`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export CARGO_TERM_COLOR=never
cargo fmt --all -- --check
cargo clippy --no-default-features --all-targets -- -D warnings
cargo test --no-default-features
cargo bench --no-default-features --bench model -- --test
echo "all tests passed"
