#!/usr/bin/env bash
# Installs what building bantin needs from Debian's packages: cmark's headers and pkg-config.
# Does nothing when they are already there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; then
  exit 0
fi

echo "Installing libcmark-dev and pkg-config (cmark, the Markdown parser bantin links against)…"
"$(dirname "$0")/apt-install.sh" libcmark-dev pkg-config
pkg-config --exists libcmark || { echo "error: libcmark still not found by pkg-config after installing" >&2; exit 1; }
