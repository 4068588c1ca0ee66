#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan + libFuzzer) into
# build-fuzz/ and runs each for a fixed time, one after the other.
#
# Usage: scripts/fuzz.sh [seconds-per-target] [target...]
#   seconds   default 600; targets default "parser_fuzz connection_fuzz".
# Contract: each target starts from its checked-in seeds
# (tests/fuzz/corpus/<target>/) plus a working corpus kept in
# build-fuzz/corpus/<target>/ (grows across runs), uses tests/fuzz/gearman.dict,
# and runs with -max_total_time, -timeout=10 and -rss_limit_mb=2048. Every
# reproducer in tests/fuzz/regressions/<target>/ is replayed first. One summary
# line per target (execs, coverage, corpus, result); crash inputs land in
# build-fuzz/artifacts/<target>/ and the full log in build-fuzz/<target>.log.
# Exits non-zero if the build fails or any target crashes, leaks, times out or
# fails a regression. Known, reported core bugs named in FUZZ_TOLERATE (see
# connection_fuzz.cc) do not stop a campaign, but their reproducers in
# tests/fuzz/regressions/ still fail until the bug is fixed.
# Needs: clang, clang++ and libclang-rt-14-dev (libFuzzer + sanitizer runtimes).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${ROOT}/build-fuzz"
SECONDS_PER_TARGET="${1:-600}"
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=(parser_fuzz connection_fuzz)
JOBS="${FUZZ_BUILD_JOBS:-2}"

if ! [[ "${SECONDS_PER_TARGET}" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 [seconds-per-target] [target...]" >&2
  exit 2
fi

echo "== building fuzz targets in ${BUILD}"
mkdir -p "${BUILD}"
cmake -S "${ROOT}" -B "${BUILD}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DGEARTRAIN_FUZZ=ON -DGEARTRAIN_SANITIZE=ON \
  -DGEARTRAIN_BUILD_TESTS=OFF -DGEARTRAIN_BUILD_BENCH=OFF >"${BUILD}/configure.log" 2>&1 ||
  { cat "${BUILD}/configure.log"; echo "fuzz: cmake configure failed" >&2; exit 1; }
# --clean-first: core headers may change under a running build (several
# people edit core/), and an object compiled from the old text but stamped
# after the edit would never be rebuilt.
cmake --build "${BUILD}" -j"${JOBS}" --clean-first --target "${TARGETS[@]}" \
  >"${BUILD}/build.log" 2>&1 ||
  { tail -40 "${BUILD}/build.log"; echo "fuzz: build failed" >&2; exit 1; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

status=0
for target in "${TARGETS[@]}"; do
  bin="${BUILD}/${target}"
  seeds="${ROOT}/tests/fuzz/corpus/${target}"
  work="${BUILD}/corpus/${target}"
  artifacts="${BUILD}/artifacts/${target}"
  regressions="${ROOT}/tests/fuzz/regressions/${target}"
  log="${BUILD}/${target}.log"
  mkdir -p "${work}" "${artifacts}"

  # Known reproducers must stay fixed (a failure is reported, and the
  # campaign still runs).
  if compgen -G "${regressions}/*" >/dev/null; then
    if ! env -u GEARTRAIN_FUZZ_TOLERATE "${bin}" -timeout=10 -rss_limit_mb=2048 \
        "${regressions}"/* >"${log}.regressions" 2>&1; then
      why="$(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|invariant broken' "${log}.regressions")"
      echo "${target}: REGRESSION FAILED: ${why:-see log} (${log}.regressions)"
      status=1
    fi
  fi

  # FUZZ_TOLERATE=name,... lets a campaign go on past known core bugs that
  # are already reported and kept as reproducers in tests/fuzz/regressions/
  # (replayed strictly above); see connection_fuzz.cc for the names.
  corpora=("${work}")
  [[ -d "${seeds}" ]] && corpora+=("${seeds}")
  GEARTRAIN_FUZZ_TOLERATE="${FUZZ_TOLERATE-}" \
  "${bin}" "${corpora[@]}" \
    -dict="${ROOT}/tests/fuzz/gearman.dict" \
    -max_total_time="${SECONDS_PER_TARGET}" \
    -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 \
    -artifact_prefix="${artifacts}/" >"${log}" 2>&1
  rc=$?

  # Last status line ("#N ... cov: C ft: F corp: K/S ...") and final stats.
  last="$(grep -E '^#[0-9]+' "${log}" | tail -1)"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "${log}" | tail -1)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"${last}")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"${last}")"
  corp="$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"${last}")"
  eps="$(sed -n 's/^stat::average_exec_per_sec: *//p' "${log}" | tail -1)"
  if [[ ${rc} -eq 0 ]]; then
    result="ok"
  else
    status=1
    crash="$(ls -t "${artifacts}" 2>/dev/null | head -1)"
    reason="$(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|invariant broken' "${log}")"
    result="FAILED rc=${rc}: ${reason:-see log} input=${artifacts}/${crash}"
  fi
  echo "${target}: ${SECONDS_PER_TARGET}s execs=${execs:-?} exec/s=${eps:-?} cov=${cov:-?} ft=${ft:-?} corpus=${corp:-?} ${result} (log ${log})"
done
exit "${status}"
