#!/usr/bin/env bash
# Fuzz bantin's parsers with libFuzzer for a bounded time (run by `make fuzz`).
#
#   scripts/fuzz.sh [NAME ...]     # default: every fuzzer
#
# Environment: SECONDS_EACH (default 120) per fuzzer; JOBS (default 1).
# Fuzzers (Fuzz/Sources/Fuzz<Name>): document, achievements, markdown, sitedate, templates, requesthead.
# Seeds are read from Fuzz/corpus/<name>/ (never written); what the fuzzer learns goes to
# .build/fuzz-corpus/<name>/. A crashing input is saved in Fuzz/crashes/<name>/: commit it with the
# fix, and `swift test` (FuzzRegressionTests) runs it through the same entry function from then on.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO/Fuzz"
SECONDS_EACH="${SECONDS_EACH:-120}"
NAMES=("$@")
[ ${#NAMES[@]} -gt 0 ] || NAMES=(document achievements markdown sitedate templates requesthead)

product() {
  case "$1" in
    document) echo FuzzDocument ;; achievements) echo FuzzAchievements ;; markdown) echo FuzzMarkdown ;;
    sitedate) echo FuzzSiteDate ;; templates) echo FuzzTemplates ;; requesthead) echo FuzzRequestHead ;;
    *) echo "fuzz: unknown fuzzer '$1'" >&2; exit 2 ;;
  esac
}

status=0
for name in "${NAMES[@]}"; do
  fuzzer=$(product "$name")
  swift build -c release -Xswiftc -sanitize=fuzzer --product "$fuzzer"
  work="$REPO/.build/fuzz-corpus/$name"
  mkdir -p "$work" "crashes/$name"
  echo "== $fuzzer: ${SECONDS_EACH} s"
  # -max_len 65536: long enough for a whole article; -rss_limit_mb: a blow-up counts as a crash.
  if ! ".build/release/$fuzzer" "$work" "corpus/$name" -max_total_time="$SECONDS_EACH" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=10 -artifact_prefix="crashes/$name/" -print_final_stats=1 2> "$work.log"; then
    status=1
    echo "fuzz: $fuzzer found a problem; input saved in Fuzz/crashes/$name/ (log: $work.log)" >&2
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work.log" | tr '\n' ' '; echo
done
exit "$status"
