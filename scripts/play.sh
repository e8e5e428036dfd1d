#!/usr/bin/env bash
# The main job. Until the game lands, it compares every built-in bot manager on the
# guided onboarding scenario (the same seeds for all), headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo run --release --no-default-features -- compare scenarios/first-90-days.ron --seeds 500
