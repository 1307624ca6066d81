#!/usr/bin/env bash
# bench-publish.sh [MB]: how fast `bantin publish` hashes a built site (its own SHA-256), against
# sha256sum on the same files. Makes MB megabytes (default 200) of files in a temporary folder: 40
# "photos" of 4 MB and HTML pages of 20 KB for the rest, then times `publish --dry-run` to an empty
# folder (hash every file, read the manifest, plan; nothing written) and `sha256sum`, 3 runs each,
# alternating, and prints the medians. Needs the release build: swift build -c release --product bantin
set -euo pipefail
mb="${1:-200}"
bin="$(cd "$(dirname "$0")/.." && pwd)/.build/release/bantin"
[ -x "$bin" ] || { echo "build first: swift build -c release --product bantin" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/media" "$work/site/pages" "$work/target"
for i in $(seq 1 40); do head -c 4194304 /dev/urandom > "$work/site/media/anh-$i.jpg"; done
pages=$(( (mb - 160) * 1024 / 20 ))
[ "$pages" -gt 0 ] || pages=1
head -c 20480 /dev/urandom | base64 > "$work/page"
for i in $(seq 1 "$pages"); do { echo "$i"; cat "$work/page"; } > "$work/site/pages/$i.html"; done
echo "site: $(du -sh "$work/site" | cut -f1), $(find "$work/site" -type f | wc -l) files"
median() { sort -n | sed -n 2p; }
bantin_times=(); sha_times=()
for run in 1 2 3; do
  start=$(date +%s.%N); "$bin" publish --output "$work/site" --dry-run "$work/target" > /dev/null; end=$(date +%s.%N)
  bantin_times+=("$(echo "$end - $start" | bc)")
  start=$(date +%s.%N); find "$work/site" -type f -print0 | xargs -0 sha256sum > /dev/null; end=$(date +%s.%N)
  sha_times+=("$(echo "$end - $start" | bc)")
done
echo "bantin publish --dry-run: median $(printf '%s\n' "${bantin_times[@]}" | median) s"
echo "sha256sum (coreutils):    median $(printf '%s\n' "${sha_times[@]}" | median) s"
