#!/usr/bin/env bash
# apt-install.sh PACKAGE...: installs Debian packages as root, or through sudo, for the other scripts.
# Fails with the command to run by hand when this user can do neither.
set -euo pipefail
[ "$#" -gt 0 ] || exit 0
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "error: $* missing and this user cannot install packages; run: apt-get install -y $*" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "$@" >/dev/null
