#!/usr/bin/env bash
# gearadmin (libgearman's admin tool) against the server: every option, with
# the exact output formats of gearmand 1.1.20 (shared docs protocol.md §2).
#
# Note: gearadmin exits 0 even on "ERR" replies; it prints them on stderr as
# "Error: <text>". The checks therefore look at stdout and stderr.
set -u
. "$(dirname "$0")/lib.sh"

G=(gearman -h "$H" -p "$P")
A=(gearadmin -h "$H" -p "$P")

# ga OPTION... : run gearadmin; stdout in $OUT, stderr in $ERR, status in $RC.
ga() {
  OUT=$(timeout 10 "${A[@]}" "$@" 2>"$T/ga.err")
  RC=$?
  ERR=$(cat "$T/ga.err")
}

# all_lines_match NAME REGEX TEXT : every line before the final "." matches
# REGEX, and the last line is exactly ".".
all_lines_match() {
  local name=$1 re=$2 text=$3 line bad= n=0
  local last
  last=$(printf '%s\n' "$text" | tail -n 1)
  while IFS= read -r line; do
    n=$((n + 1))
    [[ $line =~ $re ]] || bad+="[$line] "
  done < <(printf '%s\n' "$text" | sed '$d')
  if [ "$last" != "." ]; then
    not_ok "$name" "last line is not '.': $(printf '%q' "$last")"
  elif [ -n "$bad" ]; then
    not_ok "$name" "lines not matching $re: $bad"
  else
    ok "$name ($n lines)"
  fi
}

# line_for TEXT FIRSTFIELD : the tab-separated line whose first field matches.
line_for() { printf '%s\n' "$1" | awk -F'\t' -v f="$2" '$1 == f'; }

# ----------------------------------------------------------------- setup
# A worker for adm_w, and queued background jobs for adm_q (no worker):
# one HIGH, two NORMAL, one LOW, with known uniques.
spawn "${G[@]}" -w -f adm_w -- cat
check "setup: worker for adm_w registered" wait_for 10 has_workers adm_w
declare -A handle
for j in qh:-I qn1: qn2: ql:-L; do
  u=${j%%:*}
  flag=${j#*:}
  out=$(printf '%s' "$u" | timeout 10 "${G[@]}" -b -v $flag -u "adm-$u" -f adm_q)
  handle[$u]=${out#Task created: }
done
check "setup: 4 background jobs queued" total_is adm_q 4

# ------------------------------------------------------- --server-version
ga --server-version
expect_match "--server-version prints a version" '^[0-9]+\.[0-9]+\.[0-9]+' "$OUT"
# Clients choose CAN_DO_TIMEOUT units from it; it must be 1.1.x >= 1.1.19
# (protocol.md §9.1 item 8).
if [[ $OUT =~ ^1\.1\.([0-9]+) ]] && [ "${BASH_REMATCH[1]}" -ge 19 ]; then
  ok "--server-version is 1.1.x with x >= 19 ($OUT)"
else
  not_ok "--server-version is 1.1.x with x >= 19" "got $OUT"
fi

# ------------------------------------------------------- --server-verbose
ga --server-verbose
expect_eq "--server-verbose reports the level the server was started with" INFO "$OUT"

# ---------------------------------------------------------------- --getpid
ga --getpid
expect_eq "--getpid is the server's pid" "${GEARTRAIN_SERVER_PID:-?}" "$OUT"
if [ -n "${GEARTRAIN_SERVER_DIR:-}" ] && [ -f "$GEARTRAIN_SERVER_DIR/pid" ]; then
  expect_eq "--getpid matches the pid file" "$(tr -d '[:space:]' <"$GEARTRAIN_SERVER_DIR/pid")" "$OUT"
else
  not_ok "--pid-file was written" "no $GEARTRAIN_SERVER_DIR/pid"
fi

# ---------------------------------------------------------------- --status
ga --status
all_lines_match "--status: 'F<TAB>total<TAB>running<TAB>workers' lines, '.' last" \
  $'^[^\t]+\t[0-9]+\t[0-9]+\t[0-9]+$' "$OUT"
expect_eq "--status: adm_q has 4 queued, 0 running, 0 workers" $'adm_q\t4\t0\t0' "$(line_for "$OUT" adm_q)"
expect_eq "--status: adm_w has 0 jobs and 1 worker" $'adm_w\t0\t0\t1' "$(line_for "$OUT" adm_w)"

# ------------------------------------------------------- --priority-status
ga --priority-status
all_lines_match "--priority-status: 'F<TAB>high<TAB>normal<TAB>low<TAB>workers' lines, '.' last" \
  $'^[^\t]+\t[0-9]+\t[0-9]+\t[0-9]+\t[0-9]+$' "$OUT"
expect_eq "--priority-status: adm_q 1 high, 2 normal, 1 low, 0 workers" \
  $'adm_q\t1\t2\t1\t0' "$(line_for "$OUT" adm_q)"
expect_eq "--priority-status: adm_w idle with 1 worker" $'adm_w\t0\t0\t0\t1' "$(line_for "$OUT" adm_w)"

# --------------------------------------------------------------- --workers
ga --workers
all_lines_match "--workers: 'FD IP CLIENT_ID :[ F...]' lines, '.' last" \
  '^[0-9]+ [^ ]+ [^ ]+ :( [^ ]+)*$' "$OUT"
if printf '%s\n' "$OUT" | grep -Eq '^[0-9]+ 127\.0\.0\.1 - : adm_w$'; then
  ok "--workers: the CLI worker is listed as '<fd> 127.0.0.1 - : adm_w'"
else
  not_ok "--workers: the CLI worker is listed as '<fd> 127.0.0.1 - : adm_w'" "got: $OUT"
fi
# A worker that set its client id (pecl GearmanWorker::setId -> SET_CLIENT_ID).
spawn env WORKER_ID=adm-worker-7 php "$INTEROP_DIR/pecl_worker.php" "$H" "$P" order "$T/porder.txt"
check "setup: pecl worker with a client id registered" wait_for 15 has_workers porder
ga --workers
if printf '%s\n' "$OUT" | grep -Eq '^[0-9]+ 127\.0\.0\.1 adm-worker-7 : porder$'; then
  ok "--workers: SET_CLIENT_ID shows as '<fd> 127.0.0.1 adm-worker-7 : porder'"
else
  not_ok "--workers: SET_CLIENT_ID shows as '<fd> 127.0.0.1 adm-worker-7 : porder'" "got: $OUT"
fi
# gearmand lists every connection, including gearadmin's own (no functions).
if printf '%s\n' "$OUT" | grep -Eq '^[0-9]+ 127\.0\.0\.1 - :$'; then
  ok "--workers: connections without functions are listed too"
else
  not_ok "--workers: connections without functions are listed too" "got: $OUT"
fi

# -------------------------------------------------------------- --show-jobs
ga --show-jobs
all_lines_match "--show-jobs: 'H<TAB>retries<TAB>ignore<TAB>queued' lines, '.' last" \
  $'^[^\t]+\t[0-9]+\t[01]\t[01]$' "$OUT"
for u in qh qn1 qn2 ql; do
  line=$(line_for "$OUT" "${handle[$u]}")
  expect_match "--show-jobs: queued job ${handle[$u]} listed, 0 retries, not ignored" \
    $'^[^\t]+\t0\t0\t[01]$' "$line"
done

# ------------------------------------------------------- --show-unique-jobs
ga --show-unique-jobs
expect_eq "--show-unique-jobs: last line is '.'" "." "$(printf '%s\n' "$OUT" | tail -n 1)"
for u in qh qn1 qn2 ql; do
  if printf '%s\n' "$OUT" | grep -qx "adm-$u"; then
    ok "--show-unique-jobs lists adm-$u"
  else
    not_ok "--show-unique-jobs lists adm-$u" "got: $OUT"
  fi
done

# -------------------------------------------------------------- --cancel-job
ga --cancel-job "${handle[qn1]}"
expect_eq "--cancel-job on a queued job prints OK" OK "$OUT"
expect_eq "--cancel-job: no error" "" "$ERR"
ga --cancel-job "H:no-such-host:999999"
# ERR lines end in \r\n on the wire; gearadmin prints the text after "ERR "
# including the \r (protocol.md §2: OK/ERR lines end with \r\n).
CR=$'\r'
expect_eq "--cancel-job on an unknown handle: Error: UNKNOWN_JOB" "Error: UNKNOWN_JOB$CR" "$ERR"
# gearmand keeps a cancelled job with IGNORE=1 until a worker grabs it; a
# server may also drop it at once. Either way it must never run.
ga --show-jobs
line=$(line_for "$OUT" "${handle[qn1]}")
ignored_re=$'\t1\t[01]$'
if [ -z "$line" ] || [[ $line =~ $ignored_re ]]; then
  ok "--cancel-job: job gone or marked ignored in --show-jobs (${line:-gone})"
else
  not_ok "--cancel-job: job gone or marked ignored in --show-jobs" "line: $line"
fi
ran=$T/adm_q.txt
spawn "${G[@]}" -w -c 3 -f adm_q -- sh -c 'cat >> "$0"; echo >> "$0"' "$ran"
if wait_exit "$SPAWNED" 15; then
  expect_eq "--cancel-job: the other three jobs ran in priority order, the cancelled one did not" \
    "qh qn2 ql" "$(tr '\n' ' ' <"$ran" | sed 's/ $//')"
else
  not_ok "--cancel-job: worker ran the three remaining jobs" "ran: $(cat "$ran" 2>/dev/null)"
fi
check "--cancel-job: nothing of adm_q left" wait_for 5 total_is adm_q 0

# Cancelling a foreground job fails it for its waiting client.
# (stdbuf: the CLI prints "Task created" with stdio, buffered when not a tty)
spawn sh -c 'printf wait | stdbuf -oL "$@" > "$0" 2>&1' "$T/fg.out" "${G[@]}" -v -f adm_fg
fgpid=$SPAWNED
check "foreground job for cancel queued" wait_for 10 grep -q '^Task created: ' "$T/fg.out"
fgh=$(sed -n 's/^Task created: //p' "$T/fg.out" | head -n 1)
ga --cancel-job "$fgh"
expect_eq "--cancel-job on a foreground job prints OK" OK "$OUT"
if wait_exit "$fgpid" 5; then
  expect_eq "--cancel-job: the waiting CLI client exits 1" 1 "$EXIT_STATUS"
  check "--cancel-job: the waiting CLI client reports 'Job failed'" grep -q 'Job failed' "$T/fg.out"
else
  not_ok "--cancel-job: the waiting CLI client was told (it still waits)"
fi

# ------------------------------------------- --create-function / --drop-function
ga --create-function adm_new
expect_eq "--create-function prints OK" OK "$OUT"
ga --status
expect_eq "--create-function: function listed with zero counts" $'adm_new\t0\t0\t0' "$(line_for "$OUT" adm_new)"
ga --drop-function adm_new
expect_eq "--drop-function prints OK" OK "$OUT"
ga --status
expect_eq "--drop-function: function no longer listed" "" "$(line_for "$OUT" adm_new)"
ga --drop-function adm_new
expect_eq "--drop-function of an unknown function: 'Error: function not found'" \
  "Error: function not found$CR" "$ERR"
ga --drop-function adm_w
expect_eq "--drop-function with a registered worker is refused" \
  "Error: there are still connected workers or executing clients$CR" "$ERR"
ga --status
expect_eq "--drop-function refused: adm_w still listed" $'adm_w\t0\t0\t1' "$(line_for "$OUT" adm_w)"

# drop function with queued jobs: gearmand drops the function and orphans
# the jobs (shared docs protocol.md §2, "drop function": "Refuse the drop, or
# free the jobs"). A correct server refuses, or drops the jobs with it.
printf 'orphan?' | timeout 10 "${G[@]}" -b -u adm-dq-1 -f adm_dq
check "drop with queued jobs: job queued" total_is adm_dq 1
ga --drop-function adm_dq
drop_out=$OUT drop_err=$ERR
ga --show-unique-jobs
still_listed=$(printf '%s\n' "$OUT" | grep -cx adm-dq-1)
if is_gearmand; then
  expect_eq "gearmand: drop with queued jobs says OK (protocol.md §2)" OK "$drop_out"
  expect_eq "gearmand: the queued job is orphaned, still listed (protocol.md §2)" 1 "$still_listed"
elif [ "$drop_out" = OK ]; then
  expect_eq "drop with queued jobs accepted: the job went with the function" 0 "$still_listed"
else
  expect_eq "drop with queued jobs refused" \
    "Error: there are still connected workers or executing clients$CR" "$drop_err"
  expect_eq "drop refused: function and job still there" 1 "$(status_field adm_dq 2)"
fi

finish
