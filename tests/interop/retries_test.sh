#!/usr/bin/env bash
# Worker loss while a job runs, with the server started with `-j 2`
# (--job-retries=2: at most 2 attempts; shared docs protocol.md §3.6).
# Real clients: the `gearman` CLI as client, pecl workers (pecl_worker.php,
# function `gated`, which blocks until a gate file exists) that are killed
# mid-job.
#
#   SERVER_ARGS="-j 2" with_server.sh <geartrain|gearmand> bash retries_test.sh
#
# 1st loss: the job is requeued (retries 1), the foreground client keeps
# waiting. 2nd loss: the job is dropped and the client gets WORK_FAIL ("Job
# failed", exit 1). A background job is dropped the same way.
set -u
. "$(dirname "$0")/lib.sh"

case " ${SERVER_ARGS:-} " in
  *" -j 2 "* | *" --job-retries=2 "*) ;;
  *)
    not_ok "server started with -j 2" "SERVER_ARGS='${SERVER_ARGS:-}': run with SERVER_ARGS=\"-j 2\""
    finish
    ;;
esac

G=(gearman -h "$H" -p "$P")
gate=$T/never-opened

running_is() { [ "$(status_field gated 3)" == "$1" ]; }
retries_of() { admin show jobs | awk -F'\t' -v h="$1" '$1 == h { print $2 }'; }

# start_worker : a pecl worker serving `gated`; pid in $WPID.
start_worker() {
  spawn php "$INTEROP_DIR/pecl_worker.php" "$H" "$P" main /dev/null
  WPID=$SPAWNED
  check "$1: worker registered" wait_for 15 has_workers gated
}
# lose_worker NAME : wait until the job runs on it, then kill it.
lose_worker() {
  check "$1: job running on the worker" wait_for 10 running_is 1
  kill -TERM "$WPID"
  check "$1: worker gone" wait_for 10 eval '[ "$(workers_for gated)" = 0 ]'
}

# --------------------------------------------------------------- foreground
spawn bash -c 'printf %s "$1" | stdbuf -oL "${@:2}" > "$0" 2>&1' "$T/fg.out" "$gate" \
  "${G[@]}" -v -f gated
client=$SPAWNED
start_worker "fg attempt 1"
lose_worker "fg attempt 1"
handle=$(sed -n 's/^Task created: //p' "$T/fg.out")
check "fg: job requeued after the 1st loss (retries 1)" wait_for 5 eval '[ "$(retries_of "$handle")" = 1 ]'
if kill -0 "$client" 2>/dev/null; then ok "fg: client still waiting after the 1st loss"; else not_ok "fg: client still waiting after the 1st loss" "$(cat "$T/fg.out")"; fi
start_worker "fg attempt 2"
lose_worker "fg attempt 2"
if wait_exit "$client" 10; then
  expect_eq "fg: client exits 1 when the job is dropped" 1 "$EXIT_STATUS"
  check "fg: client reports 'Job failed'" grep -q 'Job failed' "$T/fg.out"
else
  not_ok "fg: client told when the job is dropped after the 2nd loss"
fi
check "fg: job gone" wait_for 5 total_is gated 0
expect_eq "fg: not in show jobs" "" "$(retries_of "$handle")"

# --------------------------------------------------------------- background
out=$(printf '%s' "$gate" | timeout 10 "${G[@]}" -b -v -f gated)
bh=${out#Task created: }
start_worker "bg attempt 1"
lose_worker "bg attempt 1"
check "bg: job requeued after the 1st loss (retries 1)" wait_for 5 eval '[ "$(retries_of "$bh")" = 1 ]'
start_worker "bg attempt 2"
lose_worker "bg attempt 2"
check "bg: job dropped after the 2nd loss" wait_for 5 total_is gated 0
expect_eq "bg: not in show jobs" "" "$(retries_of "$bh")"

finish
