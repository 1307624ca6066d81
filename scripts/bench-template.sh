#!/bin/sh
# Times the default theme's article page through BantinTemplate and swift-mustache (release build).
# Usage: scripts/bench-template.sh [RENDERS] [ROUNDS]   (defaults: 10000 renders, 5 alternating rounds)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product BantinTemplateBench >&2
.build/release/BantinTemplateBench templates "${1:-10000}" "${2:-5}"
