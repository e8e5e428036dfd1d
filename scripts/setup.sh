#!/usr/bin/env bash
# Installs what Pit Crew needs on a Debian machine, skipping whatever is already there.
#   scripts/setup.sh          build packages for the game
#   scripts/setup.sh test     also Xvfb + Mesa software Vulkan (rendered-screen tests) and
#                             chromium and chromedriver (the HTML exports and the workshop
#                             server's pages are checked in a headless browser), and a
#                             real learning record store (Ralph, from PyPI, in a venv at
#                             $PITCREW_LRS_VENV, default ~/.cache/pitcrew-lrs) for the
#                             xAPI tests
set -euo pipefail

want=(pkg-config libudev-dev libx11-dev libxkbcommon-dev libwayland-dev)
if [ "${1:-}" = "test" ]; then
  want+=(xvfb xauth mesa-vulkan-drivers libvulkan1 chromium chromium-driver python3-venv)
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with sudo" >&2
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install Rust 1.95 or newer from https://rustup.rs" >&2
  exit 1
fi

if [ "${1:-}" = "test" ]; then
  venv="${PITCREW_LRS_VENV:-$HOME/.cache/pitcrew-lrs}"
  if ! "$venv/bin/python" -c "import ralph.cli, uvicorn, fastapi, requests" >/dev/null 2>&1; then
    echo "setup: installing Ralph (an xAPI learning record store) into $venv" >&2
    python3 -m venv "$venv"
    # requests is missing from Ralph's extras.
    "$venv/bin/pip" install -q "ralph-malph[cli,lrs]==5.1.0" requests
  fi
fi
