#!/usr/bin/env bash
# Renders every screen for real: starts a virtual display (Xvfb) with Mesa's software
# Vulkan, drives the game through title, briefing, planning, report, pause and debrief
# (`pitcrew --tour`), saves a PNG of each into out/screens (German: out/screens/de) and
# fails if any is blank.
# A broken scenario is placed in the user folder so the picker's error display is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/screens}"
mkdir -p "$out"
# The test build also builds the binary, with the same dependency features as the
# tests, so this reuses the tests' Bevy build instead of compiling a second one.
cargo test --quiet --no-run --lib --bins --tests
bin="${CARGO_TARGET_DIR:-target}/debug/pitcrew"

home="$(mktemp -d)"
mkdir -p "$home/scenarios"
printf '(\n  id: "broken-example",\n  title: ,\n)\n' > "$home/scenarios/broken-example.ron"
# The German tour starts from the same fresh folder, not the English tour's saves.
home_de="$(mktemp -d)"
cp -r "$home/." "$home_de"

display=""
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$home" "$home_de"
}
trap cleanup EXIT
for n in $(seq 91 120); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    display=":$n"
    break
  fi
done
[ -n "$display" ] || { echo "screens: no free X display number" >&2; exit 1; }
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

DISPLAY="$display" WAYLAND_DISPLAY="" timeout 600 "$bin" --home "$home" --tour "$out" --lang en
# The same screens in German: longer words must fit, and no screen may fail in German.
DISPLAY="$display" WAYLAND_DISPLAY="" timeout 600 "$bin" --home "$home_de" --tour "$out/de" --lang de
echo "screens: PNGs in $out (German in $out/de)"
