#!/usr/bin/env bash
# Switching from gearmand: a gearmand 1.1.20 libsqlite3 database with queued
# jobs is imported by geartraind at start-up and drained, priorities kept.
set -uo pipefail
GEARTRAIND=${GEARTRAIND:?GEARTRAIND must name the geartraind binary}
dir=$(mktemp -d)
db=$dir/gearmand.db
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1 ($3)"; fail=1; fi; }
free_port() {
  perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1",LocalPort=>0)->sockport'
}
answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'version\n' >&3 && read -r -t 2 a <&3 && echo "$a") 2>/dev/null
}
wait_up() {
  for _ in $(seq 400); do
    case "$(answers "$1")" in OK*) return 0 ;; esac
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.025
  done
  echo "server did not start"; cat "$dir"/log*; exit 1
}

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
