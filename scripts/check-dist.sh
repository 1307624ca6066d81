#!/usr/bin/env bash
# Checks a bantin release archive the way a person would use it on a machine without Swift:
#   scripts/check-dist.sh dist/bantin-VERSION-linux-x86_64.tar.gz VERSION
# It extracts the archive into a temporary folder, checks that the program needs no Swift runtime,
# Foundation or cmark library (ldd), then runs --version, init, build and check with an empty
# environment (env -i, PATH=/usr/bin:/bin: no toolchain, no LD_LIBRARY_PATH).
set -euo pipefail
archive="${1:?usage: scripts/check-dist.sh ARCHIVE VERSION}"
version="${2:?usage: scripts/check-dist.sh ARCHIVE VERSION}"
name="$(basename "$archive" .tar.gz)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-dist: FAILED: $*" >&2; exit 1; }

tar -xzf "$archive" -C "$work"
program="$work/$name/bantin"
[ -x "$program" ] || fail "$name/bantin is not in the archive"
[ -f "$work/$name/README.md" ] || fail "$name/README.md is not in the archive"

libraries="$(ldd "$program" || true)"
if grep -Eiq 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libcmark|not found' <<<"$libraries"; then
    echo "$libraries" >&2
    fail "the program still needs a Swift, Foundation or cmark library (above)"
fi

run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" "$program" "$@"); }
printed="$(run --version)"
[ "$printed" = "$version" ] || fail "bantin --version printed \"$printed\", expected \"$version\""
run init trang-thu --name "Hội Nông dân tỉnh An Giang" >/dev/null || fail "bantin init failed"
(cd "$work/trang-thu" && env -i PATH=/usr/bin:/bin HOME="$work" "$program" build) || fail "bantin build failed"
(cd "$work/trang-thu" && env -i PATH=/usr/bin:/bin HOME="$work" "$program" check) || fail "bantin check failed"
grep -q "Hội Nông dân tỉnh An Giang" "$work/trang-thu/site/index.html" || fail "site/index.html lacks the site's name"
grep -q '<figure' "$work/trang-thu/site/2025/01/"*/index.html || fail "the example article has no figure: cmark did not run"
echo "check-dist: OK: $name runs --version, init, build and check without Swift ($(du -h "$program" | cut -f1))"
