#!/usr/bin/env bash
# Same-run benchmark of geartraind against gearmand 1.1.20.
#
# For every scenario and each server, starts a fresh server on a free port
# (never 4730), waits until the admin `version` command is answered, samples
# the server's CPU time (utime+stime, /proc/PID/stat) and RSS (VmRSS,
# /proc/PID/status), runs geartrain-loadgen, samples again, and stops the
# server. Prints one table with both servers' figures and geartrain/gearmand.
# What each scenario measures: docs/benchmarks.md.
#
# usage: bench/run.sh [--quick] [--only gearmand|geartrain] [--out DIR]
#   --quick   counts divided by 10 (for development; figures are noisier)
#   --only    run one server (the other column shows "-")
#   --out     where raw result lines and server logs go (bench/results/<time>)
# environment:
#   GEARTRAIND  geartraind binary (default build/geartraind)
#   GEARMAND    gearmand binary (default /usr/sbin/gearmand)
#   LOADGEN     geartrain-loadgen (default build/bench/geartrain-loadgen;
#               built with `cmake --build build -j2` when missing)
set -u -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEARTRAIND=${GEARTRAIND:-$ROOT/build/geartraind}
GEARMAND=${GEARMAND:-/usr/sbin/gearmand}
LOADGEN=${LOADGEN:-$ROOT/build/bench/geartrain-loadgen}

quick=0
only=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --only) only=$2; shift ;;
    --only=*) only=${1#--only=} ;;
    --out) out=$2; shift ;;
    --out=*) out=${1#--out=} ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
out=${out:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out" || exit 1

if [ ! -x "$LOADGEN" ]; then
  echo "run.sh: building geartrain-loadgen" >&2
  cmake -S "$ROOT" -B "$ROOT/build" >/dev/null &&
    cmake --build "$ROOT/build" -j2 --target geartrain-loadgen >/dev/null || exit 1
fi

servers=()
if [ -z "$only" ] || [ "$only" = gearmand ]; then
  if [ -x "$GEARMAND" ]; then servers+=(gearmand); else echo "run.sh: no $GEARMAND" >&2; fi
fi
if [ -z "$only" ] || [ "$only" = geartrain ]; then
  if [ -x "$GEARTRAIND" ]; then
    servers+=(geartrain)
  else
    echo "run.sh: $GEARTRAIND not built; the geartrain column will be empty" >&2
  fi
fi
[ ${#servers[@]} -gt 0 ] || { echo "run.sh: no server to run" >&2; exit 1; }

# --- server lifecycle ---------------------------------------------------------

server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -KILL "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    server_pid=""
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# A port nobody listens on, away from 4730 and the interop tests' 47550-47599.
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if [ -z "$(ss -Htln "( sport = :$p )" 2>/dev/null)" ]; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# start_server NAME TAG: starts a fresh server, sets server_pid and port.
start_server() {
  local name=$1 tag=$2 attempt
  local -a cmd
  for attempt in 1 2 3; do
    port=$(free_port) || return 1
    local pidfile="$out/$name.$tag.pid"
    if [ "$name" = gearmand ]; then
      cmd=("$GEARMAND" -t 1)
    else
      cmd=("$GEARTRAIND")
    fi
    cmd+=(--port="$port" --listen=127.0.0.1 --log-file=none --verbose=ERROR --pid-file="$pidfile")
    "${cmd[@]}" >"$out/$name.$tag.log" 2>&1 &
    server_pid=$!
    # Ready means the admin protocol answers, not merely that the port listens.
    if "$LOADGEN" --port "$port" --scenario version --timeout 10 >>"$out/$name.$tag.log" 2>&1 &&
      kill -0 "$server_pid" 2>/dev/null; then
      return 0
    fi
    echo "run.sh: $name did not come up on port $port (attempt $attempt): see $out/$name.$tag.log" >&2
    cleanup
  done
  return 1
}

stop_server() {
  [ -n "$server_pid" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null
  for _ in $(seq 1 100); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  cleanup
}

# utime+stime in clock ticks (all threads).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
TICK_HZ=$(getconf CLK_TCK)

# --- scenarios ----------------------------------------------------------------

# scale N: N jobs, or N/10 in quick mode.
scale() { if [ "$quick" = 1 ]; then echo $(($1 / 10)); else echo "$1"; fi; }

# key -> loadgen arguments. Order is the order of the runs.
scenario_keys=(bg_submit bg_e2e fg_8c4w fg_32c4w fill_300k fill_300k_uuid fill_1m)
declare -A scenario_args=(
  [bg_submit]="--scenario bg_submit --jobs $(scale 200000)"
  [bg_e2e]="--scenario bg_e2e --jobs $(scale 100000) --workers 8"
  [fg_8c4w]="--scenario fg_roundtrip --jobs $(scale 100000) --clients 8 --workers 4"
  [fg_32c4w]="--scenario fg_roundtrip --jobs $(scale 100000) --clients 32 --workers 4"
  [fill_300k]="--scenario fill --jobs $(scale 300000)"
  [fill_300k_uuid]="--scenario fill --jobs $(scale 300000) --unique uuid"
  [fill_1m]="--scenario fill --jobs $(scale 1000000)"
)

declare -A R  # R[server.key.field]: fields of the loadgen line plus cpu_us_job, rss_*

# Loads "k=v k=v" into R[prefix.k].
store_line() {
  local prefix=$1 line=$2 kv
  for kv in $line; do
    R[$prefix.${kv%%=*}]=${kv#*=}
  done
}

run_one() {
  local name=$1 key=$2
  local -a args
  read -r -a args <<<"${scenario_args[$key]}"
  if ! start_server "$name" "$key"; then
    R[$name.$key.status]=no-server
    return
  fi
  local pid=$server_pid
  local cpu0 rss0 cpu1 rss1 line
  cpu0=$(cpu_ticks "$pid")
  rss0=$(rss_kb "$pid")
  line=$("$LOADGEN" --port "$port" --timeout 600 "${args[@]}" 2>>"$out/$name.$key.log" | tail -n 1)
  if kill -0 "$pid" 2>/dev/null; then
    cpu1=$(cpu_ticks "$pid")
    rss1=$(rss_kb "$pid")
  else
    line="$line server_died=1"
  fi
  stop_server
  store_line "$name.$key" "$line"
  if [ -n "${cpu1:-}" ] && [ "${R[$name.$key.status]:-ok}" = ok ]; then
    local jobs=${R[$name.$key.jobs]:-0}
    if [ "$jobs" -gt 0 ]; then
      R[$name.$key.cpu_us_job]=$(awk -v d=$((cpu1 - cpu0)) -v hz="$TICK_HZ" -v n="$jobs" \
        'BEGIN { printf "%.2f", d * 1e6 / hz / n }')
      R[$name.$key.rss_bytes_job]=$(awk -v d=$((rss1 - rss0)) -v n="$jobs" \
        'BEGIN { printf "%.0f", d * 1024 / n }')
      R[$name.$key.rss_mb]=$(awk -v r="$rss1" 'BEGIN { printf "%.1f", r / 1024 }')
      line="$line server_cpu_s=$(awk -v d=$((cpu1 - cpu0)) -v hz="$TICK_HZ" \
        'BEGIN { printf "%.2f", d / hz }') server_cpu_us_job=${R[$name.$key.cpu_us_job]}"
      line="$line server_rss_kb_before=$rss0 server_rss_kb_after=$rss1"
    fi
  fi
  echo "$name $line" >>"$out/results.txt"
  echo "  $name: $line" >&2
}

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) quick=$quick $(uname -srm) $(nproc) cpus"
  echo "# gearmand: $("$GEARMAND" --version 2>&1 | head -n 1)"
  echo "# geartraind: $GEARTRAIND ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null))"
} >"$out/results.txt"

for key in "${scenario_keys[@]}"; do
  echo "run.sh: $key (${scenario_args[$key]})" >&2
  for name in "${servers[@]}"; do
    run_one "$name" "$key"
  done
done

# --- table --------------------------------------------------------------------

# get SERVER KEY FIELD: the value, "failed" if the run failed, or "-".
get() {
  local st=${R[$1.$2.status]:-}
  if [ -n "$st" ] && [ "$st" != ok ]; then
    echo "$st"
  else
    echo "${R[$1.$2.$3]:--}"
  fi
}

row() {  # row LABEL KEY FIELD UNIT
  local a b ratio
  a=$(get geartrain "$2" "$3")
  b=$(get gearmand "$2" "$3")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN {
    if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f", a / b; else print "-" }')
  printf '| %-44s | %-8s | %14s | %14s | %8s |\n' "$1" "$4" "$a" "$b" "$ratio"
}


# The last slice rate, derived after the runs so the table code stays flat.
for name in "${servers[@]}"; do
  for key in fill_300k fill_300k_uuid fill_1m; do
    s=${R[$name.$key.slice_rates]:-}
    [ -n "$s" ] && R[$name.$key.slice_last]=${s##*,}
  done
done
{
  echo
  printf '| %-44s | %-8s | %14s | %14s | %8s |\n' scenario unit geartrain gearmand ratio
  printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "----------" \
    "----------------:" "----------------:" "---------:"
  row "background submit, 4 conn x 256 window" bg_submit rate "jobs/s"
  row "background end-to-end, 8 workers" bg_e2e rate "jobs/s"
  row "foreground round trip, 8 clients / 4 workers" fg_8c4w rate "jobs/s"
  row "  p99 latency, 8c/4w" fg_8c4w p99_us "us"
  row "  p50 latency, 8c/4w" fg_8c4w p50_us "us"
  row "foreground round trip, 32 clients / 4 workers" fg_32c4w rate "jobs/s"
  row "  p99 latency, 32c/4w" fg_32c4w p99_us "us"
  row "server CPU per job, background submit" bg_submit cpu_us_job "us"
  row "server CPU per job, background end-to-end" bg_e2e cpu_us_job "us"
  row "server CPU per job, foreground 8c/4w" fg_8c4w cpu_us_job "us"
  row "memory per queued 100 B job (1M queued)" fill_1m rss_bytes_job "bytes"
  row "  RSS with 1M jobs queued" fill_1m rss_mb "MiB"
  row "fill 300k, no worker, empty unique" fill_300k rate "jobs/s"
  row "  last 10% slice" fill_300k slice_last "jobs/s"
  row "fill 300k, no worker, UUID unique" fill_300k_uuid rate "jobs/s"
  row "  last 10% slice" fill_300k_uuid slice_last "jobs/s"
  row "fill 1M, no worker, empty unique" fill_1m rate "jobs/s"
  row "  last 10% slice" fill_1m slice_last "jobs/s"
  echo
  for key in fill_300k fill_300k_uuid fill_1m; do
    for name in "${servers[@]}"; do
      echo "slice rates, $key, $name: $(get "$name" "$key" slice_rates)"
    done
  done
  echo
  echo "raw results: $out/results.txt"
} | tee "$out/table.md"
