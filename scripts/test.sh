#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: GoogleTest units and
# scripted server conversations, geartraind process tests, and the interop
# tests in which the gearman/gearadmin CLIs, pecl gearman and Perl
# Gearman::Client drive geartraind (and, as the reference, gearmand 1.1.20);
# then the PHP extension (scripts/php_ext.sh: build, phpt, pecl package/install).
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
passed=$((total - failed - skipped))

# The PHP extension: build, arginfo and package.xml checks, phpt, pecl
# package + install from the tarball. Its last line is "N passed, N failed".
php_log=$(mktemp)
scripts/php_ext.sh 2>&1 | tee "$php_log"
php_rc=${PIPESTATUS[0]}
php_summary=$(grep -E "^[0-9]+ passed, [0-9]+ failed$" "$php_log" | tail -1)
rm -f "$php_log"
if [ -n "$php_summary" ]; then
  passed=$((passed + $(cut -d' ' -f1 <<<"$php_summary")))
  failed=$((failed + $(cut -d' ' -f3 <<<"$php_summary")))
fi
if [ "$php_rc" -ne 0 ] && [ "${php_summary#* passed, }" = "0 failed" -o -z "$php_summary" ]; then
  failed=$((failed + 1))  # a build or packaging step failed outside the phpt count
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$rc" -eq 0 ] && [ "$php_rc" -eq 0 ] && [ "$failed" -eq 0 ]
