#!/usr/bin/env bash
# Durable-queue benchmark: geartraind --sqlite (ack-after-commit, zero loss)
# against gearmand 1.1.20 -q libsqlite3 (-t 1), same machine, same run.
#   1. durable background submit throughput (acknowledged jobs/s)
#   2. durable background end to end (submit + 8 workers drain)
#   3. foreground round-trip latency (8 clients, 4 workers) while a durable
#      submit load runs on the same server
# gearmand commits once per job, so it gets fewer jobs per scenario (the rate
# is what is compared). Prints a table with ratios geartrain / gearmand.
# Usage: bench/run_durable.sh [--quick]
set -uo pipefail
cd "$(dirname "$0")/.."
GEARTRAIND=${GEARTRAIND:-build/geartraind}
GEARMAND=${GEARMAND:-/usr/sbin/gearmand}
LOADGEN=${LOADGEN:-build/bench/geartrain-loadgen}
quick=0
[ "${1:-}" = "--quick" ] && quick=1
div() { if [ $quick = 1 ]; then echo $(($1 / 10)); else echo "$1"; fi; }

work=$(mktemp -d)
server_pid=""
load_pid=""
cleanup() {
  { [ -n "$load_pid" ] && kill -9 "$load_pid"; [ -n "$server_pid" ] && kill -9 "$server_pid"; } 2>/dev/null
  wait 2>/dev/null
  load_pid=""; server_pid=""
}
trap 'cleanup; rm -rf "$work"' EXIT

free_port() {
  perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1",LocalPort=>0)->sockport'
}

# start NAME: a fresh server on a fresh database file.
start() {
  rm -f "$work"/q.db*
  port=$(free_port)
  if [ "$1" = gearmand ]; then
    "$GEARMAND" -t 1 -q libsqlite3 --libsqlite3-db="$work/q.db" --port="$port" --listen=127.0.0.1 \
      --log-file=none --pid-file="$work/pid" >/dev/null 2>&1 &
  else
    "$GEARTRAIND" --sqlite="$work/q.db" --port="$port" --listen=127.0.0.1 --log-file=none \
      >/dev/null 2>&1 &
  fi
  server_pid=$!
  for _ in $(seq 40); do
    "$LOADGEN" --port "$port" --scenario version --timeout 0.5 >/dev/null 2>&1 && return 0
  done
  echo "run_durable.sh: $1 did not start" >&2
  exit 1
}

field() { sed -nE "s/.*(^| )$1=([^ ]*).*/\2/p" <<<"$2"; }

declare -A R
measure() {  # measure NAME
  local name=$1 n line
  n=$([ "$name" = gearmand ] && div 3000 || div 100000)
  start "$name"
  line=$("$LOADGEN" --port "$port" --scenario bg_submit --jobs "$n" --connections 4 --window 256)
  R[$name.submit]=$(field rate "$line")
  cleanup

  n=$([ "$name" = gearmand ] && div 2000 || div 50000)
  start "$name"
  line=$("$LOADGEN" --port "$port" --scenario bg_e2e --jobs "$n" --workers 8)
  R[$name.e2e]=$(field rate "$line")
  cleanup

  start "$name"
  "$LOADGEN" --port "$port" --scenario bg_submit --jobs 100000000 --connections 2 --window 64 \
    --function durable_load --timeout 600 >/dev/null 2>&1 &
  load_pid=$!
  # Let the durable load reach a steady state before measuring.
  "$LOADGEN" --port "$port" --scenario fg_roundtrip --jobs 200 --function warm >/dev/null 2>&1
  n=$([ "$name" = gearmand ] && div 300 || div 20000)
  line=$("$LOADGEN" --port "$port" --scenario fg_roundtrip --jobs "$n" --clients 8 --workers 4 \
    --function fg)
  R[$name.fg_rate]=$(field rate "$line")
  R[$name.fg_p50]=$(field p50_us "$line")
  R[$name.fg_p99]=$(field p99_us "$line")
  cleanup
}

measure geartrain
measure gearmand

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
printf '\n| durable scenario (ack after commit)            | unit   |  geartrain |   gearmand |   ratio |\n'
printf '|-----------------------------------------------|--------|-----------:|-----------:|--------:|\n'
row() { printf '| %-45s | %-6s | %10s | %10s | %7s |\n' "$1" "$2" "$3" "$4" "$(ratio "$3" "$4")"; }
row "background submit, 4 conn x 256 window" "jobs/s" "${R[geartrain.submit]}" "${R[gearmand.submit]}"
row "background end to end, 8 workers" "jobs/s" "${R[geartrain.e2e]}" "${R[gearmand.e2e]}"
row "foreground 8c/4w during durable load" "jobs/s" "${R[geartrain.fg_rate]}" "${R[gearmand.fg_rate]}"
row "  p50 latency during durable load" "us" "${R[geartrain.fg_p50]}" "${R[gearmand.fg_p50]}"
row "  p99 latency during durable load" "us" "${R[geartrain.fg_p99]}" "${R[gearmand.fg_p99]}"
