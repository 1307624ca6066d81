#!/usr/bin/env bash
# make dist: a bantin that runs on a Linux machine without Swift or libcmark installed.
#   scripts/make-dist.sh VERSION   →   dist/bantin-VERSION-linux-ARCH.tar.gz, then scripts/check-dist.sh on it
# The Swift runtime and Foundation are linked in by --static-swift-stdlib; cmark is linked from
# Debian's libcmark.a by pointing pkg-config at a folder that holds only the static library, so the
# linker's -lcmark (from Sources/Ccmark/module.modulemap and pkg-config) cannot pick libcmark.so.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: scripts/make-dist.sh VERSION}"
arch="$(uname -m)"
name="bantin-$version-linux-$arch"
scratch=.build/dist-build
cmark_dir="$PWD/.build/dist-cmark"

static_cmark="$(pkg-config --variable=libdir libcmark)/libcmark.a"
[ -f "$static_cmark" ] || { echo "make dist: $static_cmark is missing (it comes with libcmark-dev)" >&2; exit 1; }
mkdir -p "$cmark_dir/lib"
ln -sf "$static_cmark" "$cmark_dir/lib/libcmark.a"
cat > "$cmark_dir/libcmark.pc" <<PC
Name: libcmark
Description: CommonMark, linked statically for make dist
Version: $(pkg-config --modversion libcmark)
Libs: -L$cmark_dir/lib -lcmark
Cflags: $(pkg-config --cflags libcmark)
PC

start=$(date +%s)
PKG_CONFIG_PATH="$cmark_dir" swift build -c release --static-swift-stdlib --product bantin --scratch-path "$scratch"
echo "make dist: release build took $(( $(date +%s) - start )) s"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
mkdir "$staging/$name"
cp "$scratch/release/bantin" "$staging/$name/bantin"
# The symbols are for debugging a crash on this machine; the people running the program need none.
strip "$staging/$name/bantin"
cp README.md "$staging/$name/"
if [ -f HUONG-DAN.md ]; then cp HUONG-DAN.md "$staging/$name/"; fi
mkdir -p dist
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$staging" -czf "dist/$name.tar.gz" "$name"
echo "make dist: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1); the program $(du -h "$staging/$name/bantin" | cut -f1))"

scripts/check-dist.sh "dist/$name.tar.gz" "$version"
