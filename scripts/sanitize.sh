#!/usr/bin/env bash
# Builds the whole ctest suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DGEARTRAIN_SANITIZE=ON) into build-asan/ and runs it.
#
# Usage: scripts/sanitize.sh [--no-interop] [extra ctest args...]
# Contract: uses the default compiler (gcc is fine; CXX=clang++ works too),
# runs `ctest -j2` with leak detection on and UBSan halting on the first
# report, prints ctest's summary, and exits non-zero if the build or any test
# fails.
# Interop tests: interop_*_geartrain (real Gearman clients against our
# sanitized geartraind) are included, because they drive the daemon through
# code paths the unit tests do not; interop_*_gearmand are excluded, since they
# test the reference server, which is not built here. --no-interop skips every
# interop test (e.g. on a machine without the client tools).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${ROOT}/build-asan"
EXCLUDE='^interop_.*_gearmand$'
if [[ "${1:-}" == "--no-interop" ]]; then
  EXCLUDE='^interop_'
  shift
fi
JOBS="${SANITIZE_BUILD_JOBS:-2}"

# Also in effect while building: gtest_discover_tests runs the test binaries.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}"

mkdir -p "${BUILD}"
echo "== configuring ${BUILD} (GEARTRAIN_SANITIZE=ON)"
cmake -S "${ROOT}" -B "${BUILD}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEARTRAIN_SANITIZE=ON \
  -DGEARTRAIN_BUILD_TESTS=ON -DGEARTRAIN_BUILD_BENCH=ON >"${BUILD}/configure.log" 2>&1 ||
  { cat "${BUILD}/configure.log"; echo "sanitize: cmake configure failed" >&2; exit 1; }
echo "== building (log ${BUILD}/build.log)"
cmake --build "${BUILD}" -j"${JOBS}" >"${BUILD}/build.log" 2>&1 ||
  { tail -40 "${BUILD}/build.log"; echo "sanitize: build failed" >&2; exit 1; }

echo "== ctest -j2 -E '${EXCLUDE}' (log ${BUILD}/ctest.log)"
cd "${BUILD}" || exit 1
ctest -j2 -E "${EXCLUDE}" --output-on-failure "$@" >"${BUILD}/ctest.log" 2>&1
rc=$?
# ctest's summary: "N% tests passed, ..." and the list of failures, if any.
sed -n '/tests passed/,$p' "${BUILD}/ctest.log"
if [[ ${rc} -ne 0 ]]; then
  echo "sanitize: FAILED (rc=${rc}); sanitizer reports:" >&2
  grep -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "${BUILD}/ctest.log" |
    sort | uniq -c | head -20 >&2
fi
exit "${rc}"
