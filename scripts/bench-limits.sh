#!/usr/bin/env bash
# Time bantin on the inputs that used to go quadratic (issue 11): each case is one article of the
# sample site blown up to 10,000 of something. Prints the medians of RUNS runs (wall and CPU time)
# and fails when a median CPU time is over LIMIT seconds.
#
#   scripts/bench-limits.sh
#
# Environment: BANTIN (default .build/release/bantin, built if missing), WORK (default
# .build/bench-limits), RUNS (default 3), LIMIT (default 2 seconds).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
BANTIN="${BANTIN:-$REPO/.build/release/bantin}"
WORK="${WORK:-$REPO/.build/bench-limits}"
RUNS="${RUNS:-3}"
LIMIT="${LIMIT:-2}"

if [ ! -x "$BANTIN" ]; then swift build -c release --product bantin; fi

# Writes site $1 (the sample site's settings and templates) with one generated article from stdin.
make_site() {
  rm -rf "$WORK/$1"
  mkdir -p "$WORK/$1/content/articles"
  cp content/site.yml "$WORK/$1/content/"
  cp -r templates "$WORK/$1/"
  cat > "$WORK/$1/content/articles/x.md"
}

mkdir -p "$WORK"
python3 - <<'PY' | make_site records
print("---\ntitle: Thành tích\ndate: 09/11/2021\nachievements:")
for i in range(10000):
    print(f"  - title: Mô hình số {i}\n    level: cấp cơ sở\n    year: 2021\n    status: công nhận\n    unit: HTX {i}")
print("---\nx")
PY
python3 - <<'PY' | make_site unknown-keys
print("---\ntitle: Khóa lạ\ndate: 09/11/2021")
for i in range(10000):
    print(f"khoa_{i}: {i}")
print("---\nx")
PY
python3 - <<'PY' | make_site links-one-line
print("---\ntitle: Liên kết hỏng\ndate: 09/11/2021\n---")
print(" ".join(f"[{i}](/khong-co/{i}/)" for i in range(10000)))
PY
python3 - <<'PY' | make_site references
print("---\ntitle: Tham chiếu\ndate: 09/11/2021\n---")
for i in range(10000):
    print(f"Xem [mục {i}][r{i}].\n")
for i in range(10000):
    print(f"[r{i}]: https://example.org/{i}")
PY

# "wall cpu" medians (seconds) of RUNS runs of the given command under GNU time; its exit status is
# ignored, since errors are the point of some cases. The machine is shared, so CPU is the steadier figure.
measure() {
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || true
    read -r wall user system < <(tail -n 1 "$WORK/time")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
  done
  local middle=$(( (RUNS + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${middle}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")"
}

status=0
printf '%-44s %8s %8s %12s\n' case "wall s" "CPU s" "stderr bytes"
for spec in "records:build:10,000 achievement records in one article" \
            "unknown-keys:check:10,000 unknown keys (10,000 errors)" \
            "links-one-line:check:10,000 broken links on one line" \
            "references:build:10,000 link references in one file"; do
  IFS=: read -r site command label <<< "$spec"
  args=("$command" --root "$WORK/$site")
  [ "$command" = build ] && args+=(--output "$WORK/$site-out")
  read -r wall cpu <<< "$(measure "$BANTIN" "${args[@]}")"
  printf '%-44s %8s %8s %12s\n' "$label" "$wall" "$cpu" "$(wc -c < "$WORK/stderr")"
  if awk -v s="$cpu" -v l="$LIMIT" 'BEGIN { exit !(s > l) }'; then status=1; fi
done
[ "$status" -eq 0 ] || echo "bench-limits: a case took more than $LIMIT s" >&2
exit "$status"
