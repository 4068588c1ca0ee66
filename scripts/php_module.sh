#!/usr/bin/env bash
# Builds the geartrain PHP module for use from this checkout (the demo, the
# examples) without installing it: phpize + configure + make -j2 in
# build/php-module (a copy of config.m4, config.w32, core/ and php_ext/,
# refreshed on every call; make rebuilds only what changed). Prints the path
# of geartrain.so on stdout; build logs go to build/php-module/*.log.
# Needs: scripts/install-deps.sh build. For tests and packaging use
# scripts/php_ext.sh instead.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT="$REPO/build/php-module"
mkdir -p "$OUT"
# cp -a keeps mtimes: make sees only real changes, and the committed arginfo
# never looks older than the stub (no gen_stub run, no download).
(cd "$REPO" && cp -a config.m4 config.w32 core php_ext "$OUT"/)
cd "$OUT"
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
  phpize >phpize.log 2>&1 || { cat phpize.log >&2; exit 1; }
  ./configure --enable-geartrain >configure.log 2>&1 || { tail -20 configure.log >&2; exit 1; }
fi
make -j2 >make.log 2>&1 || { tail -30 make.log >&2; exit 1; }
echo "$OUT/modules/geartrain.so"
