#!/usr/bin/env bash
# The main job: builds Pit Crew and opens the game on the scenario picker.
# Without a display the game says so and points to the headless commands.
# Extra arguments go to the game, e.g. `scripts/play.sh --scenario first-90-days`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo run --quiet --bin pitcrew -- "$@"
