#!/usr/bin/env bash
# Installs the Debian 12 packages Geartrain builds and tests with, if missing.
# Usage: scripts/install-deps.sh [build|test|all]   (default: all)
# Runs apt-get as root, or through sudo when not root. Never prompts.
set -euo pipefail

BUILD_PKGS=(g++ cmake make pkg-config libevent-dev libsqlite3-dev liburing-dev libgtest-dev php8.2-dev php-cli php-pear php-parser)
# Real clients no one here wrote, and gearmand 1.1.20 as the reference server.
TEST_PKGS=(php-cli php8.2-sqlite3 php-gearman gearman-tools gearman-job-server libgearman-client-perl perl sqlite3 python3)

case "${1:-all}" in
  build) want=("${BUILD_PKGS[@]}") ;;
  test|all) want=("${BUILD_PKGS[@]}" "${TEST_PKGS[@]}") ;;
  *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The gearman-job-server package would start a system gearmand on port 4730;
# policy-rc.d keeps package scripts from starting services (tests start their own).
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >/dev/null
