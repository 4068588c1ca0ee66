#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: GoogleTest units and
# scripted server conversations, geartraind process tests, and the interop
# tests in which the gearman/gearadmin CLIs, pecl gearman and Perl
# Gearman::Client drive geartraind (and, as the reference, gearmand 1.1.20).
# The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh all || { echo "0 passed, 1 failed"; exit 1; }
if ! scripts/build.sh >build.log 2>&1; then
  tail -50 build.log
  echo "0 passed, 1 failed"
  exit 1
fi
log=$(mktemp)
(cd build && ctest -j2 --output-on-failure --timeout 300 "$@") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
summary=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log" | tail -1)
skipped=$(grep -cE "^[[:space:]]+[0-9]+ - .*\(Skipped\)$" "$log")
rm -f "$log"
if [ -z "$summary" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
failed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$summary")
total=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$summary")
if [ "$skipped" -gt 0 ]; then
  echo "$((total - failed - skipped)) passed, $failed failed, $skipped skipped"
else
  echo "$((total - failed)) passed, $failed failed"
fi
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
