#!/usr/bin/env bash
# Same-run benchmark of geartraind against gearmand 1.1.20.
#
# For every scenario and each server, starts a fresh server on a free port
# (never 4730), waits until the admin `version` command is answered, samples
# the server's CPU time (utime+stime, /proc/PID/stat) and RSS (VmRSS,
# /proc/PID/status), runs geartrain-loadgen, samples again, and stops the
# server. Each scenario runs --repeat times, the two servers taking turns; the
# table shows, per server, the run with the median rate. Prints one table with
# both servers' figures and geartrain/gearmand.
# What each scenario measures: docs/benchmarks.md.
#
# The machine has 2 cores shared by server and generator, so anything else
# running skews the figures: before each run the script waits (--idle-wait)
# for the machine to be idle, and it records the CPU other processes used
# during each run (other_cpu_s: machine busy time, sampled by the generator
# around its timed section, minus generator and server); runs where that
# exceeds 10% of the run time are listed under the table as noisy.
#
# usage: bench/run.sh [--quick] [--repeat N] [--idle-wait SECS] [--only gearmand|geartrain]
#                     [--scenarios KEY,KEY...] [--out DIR]
#   --quick   counts divided by 10, one repetition (for development)
#   --repeat  runs per scenario and server (3; 1 with --quick)
#   --idle-wait  longest wait for an idle machine before each run (120; 0: don't wait)
#   --only    run one server (the other column shows "-")
#   --scenarios  run only these rows' scenarios: bg_submit bg_e2e fg_8c4w fg_32c4w
#             fg_4c64w fill_300k fill_300k_uuid fill_1m (default: all)
#   --out     where raw result lines and server logs go (bench/results/<time>)
# environment:
#   GEARTRAIND  geartraind binary (default build/geartraind)
#   GEARTRAIND_FLAGS  extra geartraind flags, split on spaces (e.g.
#               --no-io-uring to measure the unbatched socket calls)
#   GEARMAND    gearmand binary (default /usr/sbin/gearmand)
#   LOADGEN     geartrain-loadgen (default build/bench/geartrain-loadgen;
#               built with `cmake --build build -j2` when missing)
set -u -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEARTRAIND=${GEARTRAIND:-$ROOT/build/geartraind}
read -r -a GEARTRAIND_EXTRA <<<"${GEARTRAIND_FLAGS:-}"
GEARMAND=${GEARMAND:-/usr/sbin/gearmand}
LOADGEN=${LOADGEN:-$ROOT/build/bench/geartrain-loadgen}

quick=0
repeat=""
idle_wait=120
only=""
only_scenarios=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --idle-wait) idle_wait=$2; shift ;;
    --idle-wait=*) idle_wait=${1#--idle-wait=} ;;
    --repeat) repeat=$2; shift ;;
    --repeat=*) repeat=${1#--repeat=} ;;
    --scenarios) only_scenarios=$2; shift ;;
    --scenarios=*) only_scenarios=${1#--scenarios=} ;;
    --only) only=$2; shift ;;
    --only=*) only=${1#--only=} ;;
    --out) out=$2; shift ;;
    --out=*) out=${1#--out=} ;;
    -h|--help) sed -n '2,34p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$repeat" ]; then
  if [ "$quick" = 1 ]; then repeat=1; else repeat=3; fi
fi
case "$repeat" in ''|*[!0-9]*|0) echo "run.sh: bad --repeat" >&2; exit 2 ;; esac
case "$idle_wait" in ''|*[!0-9]*) echo "run.sh: bad --idle-wait" >&2; exit 2 ;; esac
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

# A port nobody listens on, below the ephemeral range (so no outgoing
# connection holds it) and away from 4730 and the interop tests' 47550-47599.
EPHEMERAL_LOW=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((10000 + RANDOM % (EPHEMERAL_LOW - 10000)))
    if [ -z "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ]; then
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
      cmd=("$GEARTRAIND" ${GEARTRAIND_EXTRA[@]+"${GEARTRAIND_EXTRA[@]}"})
    fi
    cmd+=(--port="$port" --listen=127.0.0.1 --log-file=none --verbose=ERROR --pid-file="$pidfile")
    "${cmd[@]}" >"$out/$name.$tag.log" 2>&1 &
    server_pid=$!
    # Ready means the admin protocol answers, not merely that the port listens.
    # Probe in short rounds so a server that died at start-up is noticed at once.
    local round
    for round in $(seq 1 20); do
      kill -0 "$server_pid" 2>/dev/null || break
      if "$LOADGEN" --port "$port" --scenario version --timeout 0.5 >>"$out/$name.$tag.log" 2>&1; then
        return 0
      fi
    done
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
# Busy ticks of the whole machine (user+nice+system+irq+softirq).
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
TICK_HZ=$(getconf CLK_TCK)
NCPU=$(nproc)

# Waits (up to --idle-wait seconds) until the machine is idle: under 10% of
# one CPU busy over 0.5 s.
wait_quiet() {
  local t0 t1 waited=0
  [ "$idle_wait" -gt 0 ] || return 0
  while :; do
    t0=$(machine_ticks)
    sleep 0.5
    t1=$(machine_ticks)
    # 10% of one CPU for 0.5 s is TICK_HZ / 20 ticks.
    if [ $((t1 - t0)) -le $((TICK_HZ / 20)) ]; then
      [ "$waited" -gt 0 ] && echo "run.sh: machine idle again" >&2
      return 0
    fi
    if [ "$waited" -eq 0 ]; then
      echo "run.sh: the machine is busy ($((t1 - t0)) ticks in 0.5 s); waiting for it to calm down" >&2
    fi
    waited=$((waited + 1))
    if [ "$waited" -ge $((idle_wait * 2)) ]; then
      echo "run.sh: still busy after $idle_wait s; running anyway (see other_cpu_s)" >&2
      return 1
    fi
  done
}

# --- scenarios ----------------------------------------------------------------

# scale N: N jobs, or N/10 in quick mode.
scale() { if [ "$quick" = 1 ]; then echo $(($1 / 10)); else echo "$1"; fi; }

# key -> loadgen arguments. Order is the order of the runs.
scenario_keys=(bg_submit bg_e2e fg_8c4w fg_32c4w fg_4c64w fill_300k fill_300k_uuid fill_1m)
declare -A scenario_args=(
  [bg_submit]="--scenario bg_submit --jobs $(scale 200000)"
  [bg_e2e]="--scenario bg_e2e --jobs $(scale 100000) --workers 8"
  [fg_8c4w]="--scenario fg_roundtrip --jobs $(scale 100000) --clients 8 --workers 4"
  [fg_32c4w]="--scenario fg_roundtrip --jobs $(scale 100000) --clients 32 --workers 4"
  [fg_4c64w]="--scenario fg_roundtrip --jobs $(scale 20000) --clients 4 --workers 64"
  [fill_300k]="--scenario fill --jobs $(scale 300000)"
  [fill_300k_uuid]="--scenario fill --jobs $(scale 300000) --unique uuid"
  [fill_1m]="--scenario fill --jobs $(scale 1000000)"
)

if [ -n "$only_scenarios" ]; then
  wanted=()
  for key in ${only_scenarios//,/ }; do
    [ -n "${scenario_args[$key]:-}" ] || { echo "run.sh: unknown scenario $key" >&2; exit 2; }
    wanted+=("$key")
  done
  scenario_keys=("${wanted[@]}")
fi

# R[server.key.rN.field]: every field of repetition N (the loadgen's line plus
# what this script measured); R[server.key.field]: the median repetition's.
declare -A R
noisy=()

# Loads "k=v k=v" into R[prefix.k].
store_line() {
  local prefix=$1 line=$2 kv
  for kv in $line; do
    R[$prefix.${kv%%=*}]=${kv#*=}
  done
}

# run_one SERVER KEY REP
run_one() {
  local name=$1 key=$2 rep=$3
  local p="$name.$key.r$rep" tag="$key.r$rep"
  local -a args
  read -r -a args <<<"${scenario_args[$key]}"
  wait_quiet
  if ! start_server "$name" "$tag"; then
    R[$p.status]=no-server
    echo "$name scenario=${args[1]} status=no-server" >>"$out/results.txt"
    return
  fi
  local pid=$server_pid
  local cpu0 rss0 cpu1="" rss1="" line
  cpu0=$(cpu_ticks "$pid")
  rss0=$(rss_kb "$pid")
  line=$("$LOADGEN" --port "$port" --timeout 600 "${args[@]}" 2>>"$out/$name.$tag.log" | tail -n 1)
  if kill -0 "$pid" 2>/dev/null; then
    cpu1=$(cpu_ticks "$pid")
    rss1=$(rss_kb "$pid")
  else
    line="$line status=server-died"
  fi
  stop_server
  [ -n "$line" ] || line="scenario=${args[1]} status=no-output"
  store_line "$p" "$line"
  local jobs=${R[$p.jobs]:-0}
  if [ -n "$cpu1" ] && [ "${R[$p.status]:-ok}" = ok ] && [ "$jobs" -gt 0 ]; then
    local extra
    # other_cpu_s: what the machine was busy with besides generator and server
    # during the timed section. Ticks are 10 ms, so allow 3 of them of slack.
    extra=$(awk -v c=$((cpu1 - cpu0)) -v hz="$TICK_HZ" -v n="$jobs" -v r0="$rss0" -v r1="$rss1" \
      -v cl="${R[$p.client_cpu_s]:-0}" -v m="${R[$p.machine_cpu_s]:-0}" -v t="${R[$p.secs]:-0}" \
      -v s="${R[$p.worker_sleeps]:-}" 'BEGIN {
        other = m - cl - c / hz; if (other < 0) other = 0
        printf "server_cpu_s=%.2f cpu_us_job=%.2f rss_kb_before=%d rss_kb_after=%d", c / hz, c * 1e6 / hz / n, r0, r1
        printf " rss_bytes_job=%.0f rss_mb=%.1f other_cpu_s=%.2f", (r1 - r0) * 1024 / n, r1 / 1024, other
        printf " noisy=%d", (other > 0.1 * t + 0.03) ? 1 : 0
        if (s != "") printf " sleeps_per_job=%.2f", s / n }')
    store_line "$p" "$extra"
    line="$line $extra"
    [ "${R[$p.noisy]}" = 1 ] && noisy+=("$name $key run $rep: other processes used ${R[$p.other_cpu_s]} s of CPU in ${R[$p.secs]} s")
  fi
  echo "$name rep=$rep $line" >>"$out/results.txt"
  echo "  $name: $line" >&2
}

# pick_median SERVER KEY: copies the repetition with the median rate to
# R[SERVER.KEY.*], choosing among the clean (not noisy) runs when there are
# any; also sets R[SERVER.KEY.range] to the lowest-highest rate of those runs.
pick_median() {
  local name=$1 key=$2 rep chosen k
  local -a ok=() clean=()
  for rep in $(seq 1 "$repeat"); do
    if [ "${R[$name.$key.r$rep.status]:-ok}" = ok ] && [ -n "${R[$name.$key.r$rep.rate]:-}" ]; then
      ok+=("${R[$name.$key.r$rep.rate]} $rep")
      [ "${R[$name.$key.r$rep.noisy]:-0}" = 0 ] && clean+=("${R[$name.$key.r$rep.rate]} $rep")
    fi
  done
  if [ ${#ok[@]} -eq 0 ]; then
    R[$name.$key.status]=${R[$name.$key.r1.status]:-failed}
    return
  fi
  [ ${#clean[@]} -gt 0 ] && ok=("${clean[@]}")
  chosen=$(printf '%s\n' "${ok[@]}" | sort -n | awk -v n=${#ok[@]} 'NR == int((n + 1) / 2) { print $2 }')
  for k in "${!R[@]}"; do
    case "$k" in
      "$name.$key.r$chosen."*) R[$name.$key.${k#"$name.$key.r$chosen."}]=${R[$k]} ;;
    esac
  done
  R[$name.$key.runs]=${#ok[@]}
  R[$name.$key.range]=$(printf '%s\n' "${ok[@]}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }')
}

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) quick=$quick repeat=$repeat $(uname -srm) $NCPU cpus"
  echo "# gearmand: $("$GEARMAND" --version 2>&1 | grep -m 1 .)"
  echo "# geartraind: $GEARTRAIND ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)) ${GEARTRAIND_FLAGS:-}"
} >"$out/results.txt"

for key in "${scenario_keys[@]}"; do
  echo "run.sh: $key (${scenario_args[$key]})" >&2
  for rep in $(seq 1 "$repeat"); do
    for name in "${servers[@]}"; do
      run_one "$name" "$key" "$rep"
    done
  done
  for name in "${servers[@]}"; do
    pick_median "$name" "$key"
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

# count N: 1000000 -> 1M, 300000 -> 300k.
count() {
  if [ $(($1 % 1000000)) -eq 0 ]; then echo "$(($1 / 1000000))M"; else echo "$(($1 / 1000))k"; fi
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
  row "  p50 latency, 8c/4w" fg_8c4w p50_us "us"
  row "  p99 latency, 8c/4w" fg_8c4w p99_us "us"
  row "foreground round trip, 32 clients / 4 workers" fg_32c4w rate "jobs/s"
  row "  p99 latency, 32c/4w" fg_32c4w p99_us "us"
  row "foreground round trip, 4 clients / 64 workers" fg_4c64w rate "jobs/s"
  row "  worker NO_JOB/PRE_SLEEP cycles per job" fg_4c64w sleeps_per_job ""
  row "server CPU per job, background submit" bg_submit cpu_us_job "us"
  row "server CPU per job, background end-to-end" bg_e2e cpu_us_job "us"
  row "server CPU per job, foreground 8c/4w" fg_8c4w cpu_us_job "us"
  row "server CPU per job, foreground 32c/4w" fg_32c4w cpu_us_job "us"
  row "server CPU per job, foreground 4c/64w" fg_4c64w cpu_us_job "us"
  row "memory per queued 100 B job ($(count "$(scale 1000000)") queued)" fill_1m rss_bytes_job "bytes"
  row "  RSS with $(count "$(scale 1000000)") jobs queued" fill_1m rss_mb "MiB"
  row "fill $(count "$(scale 300000)"), no worker, empty unique" fill_300k rate "jobs/s"
  row "  last 10% slice" fill_300k slice_last "jobs/s"
  row "fill $(count "$(scale 300000)"), no worker, UUID unique" fill_300k_uuid rate "jobs/s"
  row "  last 10% slice" fill_300k_uuid slice_last "jobs/s"
  row "fill $(count "$(scale 1000000)"), no worker, empty unique" fill_1m rate "jobs/s"
  row "  last 10% slice" fill_1m slice_last "jobs/s"
  echo
  for key in fill_300k fill_300k_uuid fill_1m; do
    for name in "${servers[@]}"; do
      echo "slice rates, $key, $name: $(get "$name" "$key" slice_rates)"
    done
  done
  echo
  echo "Rate range over the runs used (jobs/s, lowest-highest):"
  for key in "${scenario_keys[@]}"; do
    printf '  %-15s' "$key"
    for name in "${servers[@]}"; do
      printf '  %s %s (%s runs)' "$name" "${R[$name.$key.range]:--}" "${R[$name.$key.runs]:-0}"
    done
    echo
  done
  echo
  echo "Each figure is from the run with the median rate among $repeat per server, clean runs"
  echo "preferred (ratio = geartrain / gearmand)."
  if [ ${#noisy[@]} -gt 0 ]; then
    echo "Noisy runs (other processes busy; rerun on an idle machine):"
    printf '  %s\n' "${noisy[@]}"
  fi
  echo "raw results: $out/results.txt"
} | tee "$out/table.md"
