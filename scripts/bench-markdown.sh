#!/bin/sh
# Times `bantin check` on one article that uses N link reference definitions on one line (issue 11, item 9), for each N given
# (default 1000 10000), and prints wall time and peak memory. Every link is broken, so each one is also a quoted warning:
# both the Markdown walk and the diagnostics must stay linear. Medians of 3 runs; timing on a shared machine is noisy.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product bantin >/dev/null
BIN="$PWD/.build/release/bantin"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/content/articles"
cp -r templates "$WORK/templates"
cp content/site.yml "$WORK/content/site.yml"
for n in ${@:-1000 10000}; do
    python3 - "$n" "$WORK/content/articles/a.md" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as out:
    out.write("---\ntitle: Bài nhiều liên kết\ndate: 01/01/2021 08:00\n---\n\n")
    out.write("".join(f"[r{i}] " for i in range(n)) + "\n\n")
    out.write("\n".join(f"[r{i}]: /media/{i}.jpg" for i in range(n)) + "\n")
PY
    for run in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" check --root "$WORK" >/dev/null 2>&1 || true
        tail -n 1 "$WORK/time"
    done | sort -n | sed -n 2p | awk -v n="$n" '{ printf "%6d references on one line: %5.2f s, %6.1f MiB (median of 3)\n", n, $1, $2 / 1024 }'
done
