#!/usr/bin/env bash
# Switching from gearmand: a gearmand 1.1.20 libsqlite3 database with queued
# jobs is imported by geartraind at start-up and drained, priorities kept.
set -uo pipefail
GEARTRAIND=${GEARTRAIND:?GEARTRAIND must name the geartraind binary}
source "$(dirname "$0")/restart_lib.sh"
db=$dir/gearmand.db

port=$(free_port)
/usr/sbin/gearmand -t 1 -q libsqlite3 --libsqlite3-db="$db" --port="$port" --listen=127.0.0.1 \
  --log-file="$dir/log.gearmand" --pid-file="$dir/pid" &
pid=$!
wait_up "$port"
for i in 1 2 3; do echo "normal-$i" | gearman -h 127.0.0.1 -p "$port" -f imp -b; done
echo "low-1" | gearman -h 127.0.0.1 -p "$port" -f imp -b -L
echo "high-1" | gearman -h 127.0.0.1 -p "$port" -f imp -b -I
kill -TERM "$pid"; wait "$pid" 2>/dev/null; pid=""
rows=$(sqlite3 "$db" 'select count(*) from gearman_queue' 2>/dev/null || echo "?")
check "gearmand left 5 rows" '[ "$rows" = 5 ]' "rows=$rows"

port=$(free_port)
"$GEARTRAIND" --sqlite="$db" --port="$port" --listen=127.0.0.1 --log-file="$dir/log" \
  2> "$dir/stderr" &
pid=$!
wait_up "$port"
check "geartraind says it imported 5 jobs" 'grep -q "imported 5 queued jobs" "$dir/stderr"' "$(cat "$dir/stderr")"
status=$(gearadmin -h 127.0.0.1 -p "$port" --status | grep '^imp')
check "status shows the 5 jobs" '[ "$status" = "$(printf "imp\t5\t0\t0")" ]' "$status"
timeout 10 gearman -h 127.0.0.1 -p "$port" -w -f imp -c 5 > "$dir/drained" 2>/dev/null
order=$(tr '\n' ' ' < "$dir/drained")
check "drained in priority order, FIFO within one" \
  '[ "$order" = "high-1 normal-1 normal-2 normal-3 low-1 " ]' "$order"
[ $fail -eq 0 ] && echo "PASS" || echo "FAIL"
exit $fail
