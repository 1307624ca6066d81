#!/usr/bin/env bash
# Installs what building bantin needs from Debian's packages: cmark's headers and pkg-config.
# Does nothing when they are already there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; then
  exit 0
fi

echo "Installing libcmark-dev and pkg-config (cmark, the Markdown parser bantin links against)…"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "error: libcmark-dev is missing and this user cannot install packages; run: apt-get install -y libcmark-dev pkg-config" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq libcmark-dev pkg-config >/dev/null
pkg-config --exists libcmark || { echo "error: libcmark still not found by pkg-config after installing" >&2; exit 1; }
