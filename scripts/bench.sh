#!/usr/bin/env bash
# Benchmark `bantin build` against Hugo on the same generated site.
#
#   scripts/bench.sh [N ...]          # default: 1000 10000 articles
#
# Environment:
#   BANTIN  bantin binary (default .build/release/bantin; built with
#           `swift build -c release` if that default is missing)
#   WORK    work folder (default .build/bench); everything goes in here
#   RUNS    builds per tool and size (default 3), alternating bantin, hugo, ...
#   SEED    generator seed (default 42)
#   TOOLS   which tools to run (default "bantin hugo"); e.g. TOOLS=hugo
#   TEMPLATES  bantin templates to copy into the site (default templates/)
#   HUGO    hugo binary (default: hugo on PATH, apt-get installed if absent)
#
# For each N the site is generated once (scripts/generate-site.py), then each
# build runs into a fresh, empty output folder under GNU time. The table shows
# medians of wall time, CPU (user+sys), peak RSS and the number of files
# written. Exits non-zero, printing the build's stderr, if any build fails.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO/$1" ;; esac; }

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
DEFAULT_BANTIN="$REPO/.build/release/bantin"
BANTIN="$(abspath "${BANTIN:-.build/release/bantin}")"
WORK="$(abspath "${WORK:-.build/bench}")"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
TOOLS="${TOOLS:-bantin hugo}"
TIME=/usr/bin/time

die() { echo "bench: $*" >&2; exit 1; }

for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "article count must be a positive integer, got '$n'"
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
for t in $TOOLS; do
  case "$t" in bantin|hugo) ;; *) die "unknown tool '$t' in TOOLS (use bantin and/or hugo)" ;; esac
done
want() { [[ " $TOOLS " == *" $1 "* ]]; }

[ -x "$TIME" ] || die "GNU time not found at $TIME (apt-get install -y time)"
command -v python3 >/dev/null || die "python3 is needed for scripts/generate-site.py"

# --- tools ------------------------------------------------------------------
if want hugo; then
  if [ -z "${HUGO:-}" ]; then
    if ! command -v hugo >/dev/null; then
      echo "bench: hugo not found, installing it with apt-get" >&2
      if [ "$(id -u)" -eq 0 ]; then apt-get install -y hugo; else sudo apt-get install -y hugo; fi
    fi
    HUGO="$(command -v hugo)"
  fi
  [ -x "$HUGO" ] || die "hugo binary not executable: $HUGO"
fi

if want bantin; then
  if [ ! -x "$BANTIN" ]; then
    if [ "$BANTIN" = "$DEFAULT_BANTIN" ]; then
      echo "bench: $BANTIN missing, running swift build -c release" >&2
      swift build -c release
    fi
    [ -x "$BANTIN" ] || die "bantin binary not found or not executable: $BANTIN"
  fi
fi

mkdir -p "$WORK"
export HUGO_CACHEDIR="$WORK/hugo-cache"   # keep Hugo's cache inside WORK

# --- machine ------------------------------------------------------------------
commit="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "none (no commits yet)")"
if [ -n "$(git -C "$REPO" status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit, dirty tree"; fi
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "machine: $(nproc) cores${cpu:+, $cpu}, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
if want hugo; then echo "hugo:    $("$HUGO" version | head -1)"; fi
if want bantin; then echo "bantin:  $BANTIN (git commit $commit)"; fi
echo "runs:    $RUNS per tool and size, alternating; seed $SEED; work folder $WORK"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) before starting; other busy processes make timings noisy"
echo

# --- one timed build ------------------------------------------------------------
# run_build TOOL RUN DIR  -> appends "tool wall user sys rss_kb files" to $results
run_build() {
  local tool="$1" run="$2" dir="$3"
  local out="$dir/out-$tool" tfile="$dir/time-$tool-$run" log="$dir/log-$tool-$run"
  rm -rf "$out"
  mkdir -p "$out"
  sync   # flush the previous build's writes so they are not billed to this one
  local -a cmd
  case "$tool" in
    bantin) cmd=("$BANTIN" build --root "$dir/bantin-site" --output "$out") ;;
    hugo)   cmd=("$HUGO" --quiet -s "$dir/hugo-site" -d "$out") ;;
  esac
  if ! "$TIME" -o "$tfile" -f '%e %U %S %M' "${cmd[@]}" >"$log.out" 2>"$log.err"; then
    echo "bench: $tool build failed (N=$n, run $run): ${cmd[*]}" >&2
    echo "--- stderr ($log.err) ---" >&2
    cat "$log.err" >&2
    echo "--- stdout (last 20 lines) ---" >&2
    tail -n 20 "$log.out" >&2
    grep -h 'Command' "$tfile" >&2 2>/dev/null || true
    exit 1
  fi
  local files wall user sys rss
  files="$(find "$out" -type f | wc -l)"
  [ "$files" -gt 0 ] || { echo "bench: $tool wrote no files into $out" >&2; cat "$log.err" >&2; exit 1; }
  read -r wall user sys rss < <(tail -n 1 "$tfile")
  echo "$tool $wall $user $sys $rss $files" >>"$results"
  printf '  run %d %-6s  wall %6.2f s  cpu %6.2f s  peak %6.0f MiB  %7d files\n' \
    "$run" "$tool" "$wall" "$(echo "$user $sys" | awk '{print $1 + $2}')" \
    "$(echo "$rss" | awk '{print $1 / 1024}')" "$files"
}

# --- per size ---------------------------------------------------------------------
for n in "${SIZES[@]}"; do
  dir="$WORK/n$n"
  mkdir -p "$dir"
  rm -f "$dir"/time-* "$dir"/log-*
  gen=(python3 "$REPO/scripts/generate-site.py" --count "$n" --seed "$SEED")
  if want bantin; then gen+=(--bantin "$dir/bantin-site"); fi
  if want hugo; then gen+=(--hugo "$dir/hugo-site"); fi
  if [ -n "${TEMPLATES:-}" ]; then gen+=(--templates "$(abspath "$TEMPLATES")"); fi
  echo "N=$n: generating site"
  "${gen[@]}"
  results="$dir/results.txt"
  : >"$results"
  for ((run = 1; run <= RUNS; run++)); do
    for tool in $TOOLS; do run_build "$tool" "$run" "$dir"; done
  done
  echo
  python3 - "$n" "$RUNS" "$results" <<'PY'
import statistics, sys
n, runs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = {}
for line in open(path):
    tool, wall, user, sys_, rss, files = line.split()
    rows.setdefault(tool, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(files)))
med = {}
head = f"N={n} ({runs} run{'s' if runs > 1 else ''} each, medians)"
w = max(len(head), 36)
print(f"{head:<{w}} {'wall s':>8} {'cpu s':>8} {'peak MiB':>10} {'files':>9}")
for tool in ("bantin", "hugo"):
    if tool not in rows:
        continue
    r = rows[tool]
    m = [statistics.median(x[i] for x in r) for i in range(4)]
    med[tool] = m
    print(f"{tool:<{w}} {m[0]:8.2f} {m[1]:8.2f} {m[2]:10.0f} {m[3]:9.0f}")
    counts = sorted({x[3] for x in r})
    if len(counts) > 1:
        print(f"  warning: {tool} wrote different file counts across runs: {counts}")
if "bantin" in med and "hugo" in med:
    b, h = med["bantin"], med["hugo"]
    ratio = lambda a, c: f"{a / c:.2f}" if c else "n/a"
    print(f"{'bantin/hugo':<{w}} {ratio(b[0], h[0]):>8} {'':>8} {ratio(b[2], h[2]):>10}")
PY
  echo
done
