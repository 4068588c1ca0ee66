# Shared helpers for the bash interop tests. Source it; do not run it.
#
# Expects the environment with_server.sh exports: GEARMAN_HOST, GEARMAN_PORT,
# GEARTRAIN_SERVER_KIND (geartrain|gearmand).
#
# Conventions:
#   check NAME CONDITION...   run CONDITION, count ok/FAIL under NAME
#   expect_eq NAME WANT GOT   compare two strings
#   wait_for SECONDS CMD...   poll CMD every 50 ms until it succeeds
#   spawn CMD...              start CMD in the background; killed on exit
#   finish                    print the summary and exit 0/1

if [ -z "${GEARMAN_HOST:-}" ] || [ -z "${GEARMAN_PORT:-}" ]; then
  echo "GEARMAN_HOST/GEARMAN_PORT not set: run me through with_server.sh" >&2
  exit 2
fi
H=$GEARMAN_HOST
P=$GEARMAN_PORT
KIND=${GEARTRAIN_SERVER_KIND:-unknown}
INTEROP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

T=$(mktemp -d "${TMPDIR:-/tmp}/interop-test.XXXXXX")
_passed=0
_failed=0
_pids=()

_cleanup() {
  local pid
  for pid in "${_pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null
  done
  for pid in "${_pids[@]}"; do
    # Reap; anything still alive after TERM gets KILL.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$T"
}
trap _cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { echo "# $*"; }

ok() {
  _passed=$((_passed + 1))
  echo "ok - $1"
}

not_ok() {
  _failed=$((_failed + 1))
  echo "FAIL - $1"
  shift
  local line
  for line in "$@"; do
    echo "#   $line"
  done
}

# check NAME CMD... : passes when CMD exits 0.
check() {
  local name=$1
  shift
  if "$@"; then ok "$name"; else not_ok "$name" "command failed: $*"; fi
}

# expect_eq NAME WANT GOT
expect_eq() {
  if [ "$2" == "$3" ]; then
    ok "$1"
  else
    not_ok "$1" "want: $(printf '%q' "$2")" "got:  $(printf '%q' "$3")"
  fi
}

# expect_match NAME REGEX GOT  (bash ERE)
expect_match() {
  if [[ $3 =~ $2 ]]; then
    ok "$1"
  else
    not_ok "$1" "want match: $2" "got: $(printf '%q' "$3")"
  fi
}

# wait_for SECONDS CMD... : 0 once CMD succeeds, 1 after SECONDS.
wait_for() {
  local deadline
  deadline=$(( $(date +%s%N) / 1000000 + $1 * 1000 ))
  shift
  while :; do
    "$@" && return 0
    [ $(( $(date +%s%N) / 1000000 )) -ge $deadline ] && return 1
    sleep 0.05
  done
}

# spawn CMD... : run in the background, remember the pid in $SPAWNED.
# Every spawned process gets a hard `timeout 55` so nothing outlives a test.
spawn() {
  timeout 55 "$@" &
  SPAWNED=$!
  _pids+=("$SPAWNED")
}

# wait_exit PID SECONDS : 0 when PID exited within SECONDS (status in $EXIT_STATUS).
wait_exit() {
  local pid=$1
  if wait_for "$2" _not_running "$pid"; then
    wait "$pid" 2>/dev/null
    EXIT_STATUS=$?
    return 0
  fi
  return 1
}
_not_running() { ! kill -0 "$1" 2>/dev/null; }

# admin CMD : send one admin text command, print the reply. List replies are
# read up to and including the "." line, others up to the first line.
admin() {
  perl "$INTEROP_DIR/admin.pl" "$H" "$P" "$@"
}

# status_field FUNCTION FIELD : one field (2=total 3=running 4=workers) of the
# admin `status` line for FUNCTION; empty when the function is not listed.
status_field() {
  admin status | awk -F'\t' -v f="$1" -v n="$2" '$1 == f { print $n }'
}

# workers_for FUNCTION : number of workers the server reports for FUNCTION.
workers_for() {
  local n
  n=$(status_field "$1" 4)
  echo "${n:-0}"
}

# has_workers FUNCTION [N] : true when at least N (default 1) workers are registered.
has_workers() { [ "$(workers_for "$1")" -ge "${2:-1}" ]; }

# total_is FUNCTION N : true when status TOTAL for FUNCTION is N.
total_is() { [ "$(status_field "$1" 2)" == "$2" ]; }

is_gearmand() { [ "$KIND" = gearmand ]; }

finish() {
  echo "$_passed passed, $_failed failed"
  [ "$_failed" -eq 0 ] && [ "$_passed" -gt 0 ]
  exit $?
}
