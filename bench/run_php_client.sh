#!/usr/bin/env bash
# Same-run benchmark of the geartrain PHP extension (native Net_Gearman_*
# classes) against the pecl gearman extension (GearmanClient), both talking to
# geartraind. Prints geartrain/pecl throughput ratios.
#
# Scenarios (bench/php_client.php runs one; docs/benchmarks.md describes them):
#   bg_call  20,000 background jobs, one call each, each waiting for its handle:
#            $client->bench($w) (Net_Gearman_Client::__call) vs doBackground()
#   bg_set   one set of 10,000 background tasks: Net_Gearman_Set + runSet vs
#            addTaskBackground() x 10,000 + runTasks()
#   bg_set_1k  10 rounds of one set of 1,000 background tasks (no target:
#            runSet's own rate, with sets small enough to build cheaply)
#   fg_set   10 rounds of one set of 1,000 foreground tasks with a complete
#            callback, served by 4 native echo workers (geartrain-loadgen
#            --scenario serve): runSet vs addTask() x 1,000 + runTasks()
#   Workloads: 100 'x' bytes followed by "-k" (k = job index), so every
#   argument differs.
#
# For every run: starts a fresh geartraind on a free port (never 4730), waits
# until it answers the admin `version` command; for fg_set starts the workers
# and waits for their ready line and for admin `status` to show them all as
# capable; runs one PHP process with exactly one of the two extensions
# (php -n, so no ini file and no opcache, the same for both); checks the
# outcome (bg: admin `status` shows every job queued; fg: every complete
# callback came and the workers completed exactly that many jobs); stops
# everything. Each scenario runs --repeat times per extension, the two taking
# turns (the order alternating per repetition); the table shows the median.
#
# usage: bench/run_php_client.sh [--quick] [--repeat N] [--scenarios bg_call,bg_set,bg_set_1k,fg_set]
#                                [--idle-wait SECS] [--workers K] [--out DIR] [--strace]
#   --quick      counts divided by 10 (fg_set: 2 rounds of 1,000), 1 repetition
#   --strace     instead of timing: each scenario once per extension under
#                `strace -c -f`; prints system calls per job
#   --repeat     runs per scenario and extension (3; 1 with --quick)
#   --idle-wait  longest wait for an idle machine before each run (30; 0: don't wait)
#   --workers    echo workers for fg_set (4)
#   --out        where raw result lines and logs go (bench/results/php-<time>)
# environment:
#   GEARTRAIN_SO  the geartrain module to load; default: built from a scratch
#                 copy of config.m4, config.w32, core/ and php_ext/ in
#                 MODULE_BUILD_DIR (default /tmp/gt-bench), rebuilt only when
#                 those sources changed since the last build
#   GEARTRAIND, LOADGEN  default build/geartraind, build/bench/geartrain-loadgen
#                 (both built with cmake in build/, Release, -j2)
#   PHP           the PHP CLI (php)
set -u -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEARTRAIND=${GEARTRAIND:-$ROOT/build/geartraind}
LOADGEN=${LOADGEN:-$ROOT/build/bench/geartrain-loadgen}
GEARTRAIN_SO=${GEARTRAIN_SO:-}
MODULE_BUILD_DIR=${MODULE_BUILD_DIR:-/tmp/gt-bench}
PHP=${PHP:-php}
CLIENT=$ROOT/bench/php_client.php

quick=0
strace=0
repeat=""
idle_wait=30
workers=4
only_scenarios=""
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --strace) strace=1 ;;
    --repeat) repeat=$2; shift ;;
    --repeat=*) repeat=${1#--repeat=} ;;
    --idle-wait) idle_wait=$2; shift ;;
    --idle-wait=*) idle_wait=${1#--idle-wait=} ;;
    --workers) workers=$2; shift ;;
    --workers=*) workers=${1#--workers=} ;;
    --scenarios) only_scenarios=$2; shift ;;
    --scenarios=*) only_scenarios=${1#--scenarios=} ;;
    --out) out=$2; shift ;;
    --out=*) out=${1#--out=} ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "run_php_client.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$repeat" ]; then
  if [ "$quick" = 1 ]; then repeat=1; else repeat=3; fi
fi
case "$repeat" in ''|*[!0-9]*|0) echo "run_php_client.sh: bad --repeat" >&2; exit 2 ;; esac
case "$idle_wait" in ''|*[!0-9]*) echo "run_php_client.sh: bad --idle-wait" >&2; exit 2 ;; esac
case "$workers" in ''|*[!0-9]*|0) echo "run_php_client.sh: bad --workers" >&2; exit 2 ;; esac
out=${out:-$ROOT/bench/results/php-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out" || exit 1
log() { echo "run_php_client.sh: $*" >&2; }

# --- build --------------------------------------------------------------------

if [ "$GEARTRAIND" = "$ROOT/build/geartraind" ] || [ "$LOADGEN" = "$ROOT/build/bench/geartrain-loadgen" ]; then
  log "building geartraind and geartrain-loadgen (build/, Release)"
  { cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release &&
      cmake --build "$ROOT/build" -j2 --target geartraind geartrain-loadgen; } >"$out/cmake.log" 2>&1 ||
    { log "cmake build failed: see $out/cmake.log"; exit 1; }
fi
for bin in "$GEARTRAIND" "$LOADGEN"; do
  [ -x "$bin" ] || { log "no $bin"; exit 1; }
done

# The module: given, or built from a scratch copy (phpize writes many files,
# so never in the repository). Rebuilt only when the sources changed.
module_sources_hash() {
  (cd "$ROOT" && find config.m4 config.w32 core php_ext -type f -print0 | sort -z |
    xargs -0 sha1sum | sha1sum | cut -c1-40)
}
if [ -z "$GEARTRAIN_SO" ]; then
  hash=$(module_sources_hash)
  GEARTRAIN_SO=$MODULE_BUILD_DIR/modules/geartrain.so
  if [ -f "$GEARTRAIN_SO" ] && [ "$(cat "$MODULE_BUILD_DIR/.bench-sources-sha1" 2>/dev/null)" = "$hash" ]; then
    log "geartrain module up to date: $GEARTRAIN_SO"
  else
    log "building the geartrain module in $MODULE_BUILD_DIR (-j2)"
    rm -rf "$MODULE_BUILD_DIR" && mkdir -p "$MODULE_BUILD_DIR" &&
      (cd "$ROOT" && cp -a config.m4 config.w32 core php_ext "$MODULE_BUILD_DIR/") &&
      (cd "$MODULE_BUILD_DIR" && phpize && ./configure --enable-geartrain && make -j2) \
        >"$out/module-build.log" 2>&1 ||
      { log "module build failed: see $out/module-build.log"; exit 1; }
    echo "$hash" >"$MODULE_BUILD_DIR/.bench-sources-sha1"
  fi
fi
[ -f "$GEARTRAIN_SO" ] || { log "no $GEARTRAIN_SO"; exit 1; }

# Exactly one Gearman extension per process; json is built into this PHP.
PHP_OURS=("$PHP" -n -d extension=sockets -d extension="$GEARTRAIN_SO")
PHP_PECL=("$PHP" -n -d extension=gearman)
"${PHP_OURS[@]}" -r 'exit(extension_loaded("geartrain") && !extension_loaded("gearman") ? 0 : 1);' ||
  { log "cannot load $GEARTRAIN_SO"; exit 1; }
"${PHP_PECL[@]}" -r 'exit(extension_loaded("gearman") && !extension_loaded("geartrain") ? 0 : 1);' ||
  { log "cannot load the pecl gearman extension"; exit 1; }

# --- processes ----------------------------------------------------------------

server_pid=""
worker_pid=""
kill_all() {
  local p
  for p in "$worker_pid" "$server_pid"; do
    [ -n "$p" ] || continue
    kill -KILL "$p" 2>/dev/null
    wait "$p" 2>/dev/null
  done
  worker_pid=""
  server_pid=""
}
trap kill_all EXIT
trap 'kill_all; exit 130' INT TERM

# A port nobody listens on, below the ephemeral range and away from 4730 and
# the interop tests' 47550-47599.
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

# start_server TAG: a fresh geartraind; sets server_pid and port once it
# answers the admin `version` command.
start_server() {
  local tag=$1 attempt round
  for attempt in 1 2 3; do
    port=$(free_port) || return 1
    "$GEARTRAIND" --port="$port" --listen=127.0.0.1 --log-file=none --verbose=ERROR \
      >"$out/server.$tag.log" 2>&1 &
    server_pid=$!
    for round in $(seq 1 20); do
      kill -0 "$server_pid" 2>/dev/null || break
      if "$LOADGEN" --port "$port" --scenario version --timeout 0.5 >>"$out/server.$tag.log" 2>&1; then
        return 0
      fi
    done
    log "geartraind did not come up on port $port (attempt $attempt): see $out/server.$tag.log"
    kill_all
  done
  return 1
}

stop_pid() {  # stop_pid PID: SIGTERM, then SIGKILL after 5 s
  local pid=$1
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# admin CMD: the reply lines of a multi-line admin command, without the final ".".
admin() {
  local fd line
  exec {fd}<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s\r\n' "$1" >&"$fd"
  while IFS= read -r -t 5 line <&"$fd"; do
    line=${line%$'\r'}
    [ "$line" = . ] && break
    echo "$line"
  done
  exec {fd}>&-
}
# status_field FUNC COLUMN: column 2 = queued, 3 = running, 4 = capable workers.
status_field() { admin status | awk -F '\t' -v f="$1" -v c="$2" '$1 == f { print $c; found = 1 } END { if (!found) print 0 }'; }

# start_workers TAG: K echo workers for bench_fg; returns once they printed
# their ready line (every CAN_DO processed) and admin `status` agrees.
start_workers() {
  local tag=$1 i
  : >"$out/workers.$tag.out"
  "$LOADGEN" --port "$port" --scenario serve --workers "$workers" --function bench_fg --timeout 3600 \
    >"$out/workers.$tag.out" 2>"$out/workers.$tag.log" &
  worker_pid=$!
  for i in $(seq 1 400); do  # up to 20 s
    grep -q 'status=ready' "$out/workers.$tag.out" && break
    kill -0 "$worker_pid" 2>/dev/null || { log "workers died: see $out/workers.$tag.log"; return 1; }
    sleep 0.05
  done
  grep -q 'status=ready' "$out/workers.$tag.out" || { log "workers not ready after 20 s"; return 1; }
  local capable
  capable=$(status_field bench_fg 4)
  [ "$capable" = "$workers" ] || { log "admin status shows $capable capable workers, want $workers"; return 1; }
}

# utime+stime in clock ticks (all threads).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# Busy ticks of the whole machine (user+nice+system+irq+softirq).
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
TICK_HZ=$(getconf CLK_TCK)

# Waits (up to --idle-wait seconds) until under 10% of one CPU is busy over 0.5 s.
wait_quiet() {
  local t0 t1 waited=0
  [ "$idle_wait" -gt 0 ] || return 0
  while :; do
    t0=$(machine_ticks)
    sleep 0.5
    t1=$(machine_ticks)
    if [ $((t1 - t0)) -le $((TICK_HZ / 20)) ]; then
      [ "$waited" -gt 0 ] && log "machine idle again"
      return 0
    fi
    [ "$waited" -eq 0 ] && log "the machine is busy ($((t1 - t0)) ticks in 0.5 s); waiting up to $idle_wait s"
    waited=$((waited + 1))
    if [ "$waited" -ge $((idle_wait * 2)) ]; then
      log "still busy after $idle_wait s; running anyway (see other_cpu_s)"
      return 1
    fi
  done
}

# --- scenarios ----------------------------------------------------------------

scale() { if [ "$quick" = 1 ]; then echo $(($1 / 10)); else echo "$1"; fi; }
fg_rounds=10
[ "$quick" = 1 ] && fg_rounds=2
scenario_keys=(bg_call bg_set bg_set_1k fg_set)
declare -A scenario_args=(
  [bg_call]="--scenario bg_call --jobs $(scale 20000)"
  [bg_set]="--scenario bg_set --jobs $(scale 10000) --rounds 1"
  [bg_set_1k]="--scenario bg_set --jobs 1000 --rounds $fg_rounds"
  [fg_set]="--scenario fg_set --jobs 1000 --rounds $fg_rounds"
)
n_call=$(scale 20000)
n_set=$(scale 10000)
declare -A scenario_label=(
  [bg_call]="background job per call, $(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$n_call") calls"
  [bg_set]="background set of $(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$n_set") tasks"
  [bg_set_1k]="background sets of 1,000 tasks x $fg_rounds (no target)"
  [fg_set]="foreground set of 1,000 tasks x $fg_rounds, $workers native workers"
)
# bg_set_1k has no target: it shows runSet's own rate with sets small enough
# that building the set is cheap for both (see docs/benchmarks.md).
declare -A target=([bg_call]=1.3 [bg_set]=1.5 [bg_set_1k]=- [fg_set]=1.5)

if [ -n "$only_scenarios" ]; then
  wanted=()
  for key in ${only_scenarios//,/ }; do
    [ -n "${scenario_args[$key]:-}" ] || { log "unknown scenario $key"; exit 2; }
    wanted+=("$key")
  done
  scenario_keys=("${wanted[@]}")
fi

declare -A R
noisy=()

store_line() {  # store_line PREFIX "k=v k=v"
  local prefix=$1 line=$2 kv
  for kv in $line; do
    R[$prefix.${kv%%=*}]=${kv#*=}
  done
}

# --strace: each scenario once per extension under `strace -c -f`, then the
# system calls per job (PHP start-up included: ~1,000 calls, i.e. ~0.1 per
# job at these counts). No timing: strace slows every call down.
if [ "$strace" = 1 ]; then
  command -v strace >/dev/null || { log "strace is not installed"; exit 1; }
  for key in "${scenario_keys[@]}"; do
    read -r -a args <<<"${scenario_args[$key]}"
    for ext in geartrain pecl; do
      tag="$ext.$key.strace"
      if [ "$ext" = geartrain ]; then php=("${PHP_OURS[@]}"); else php=("${PHP_PECL[@]}"); fi
      start_server "$tag" || { log "no server"; exit 1; }
      if [ "$key" = fg_set ]; then start_workers "$tag" || exit 1; fi
      line=$(strace -c -f -o "$out/strace.$tag.txt" timeout 600 "${php[@]}" "$CLIENT" --port "$port" "${args[@]}" \
        2>>"$out/php.$tag.log" | tail -n 1)
      [ -n "$worker_pid" ] && stop_pid "$worker_pid"
      worker_pid=""
      stop_pid "$server_pid"
      server_pid=""
      store_line "$ext.$key" "$line"
      jobs=${R[$ext.$key.jobs]:-0}
      if [ "${R[$ext.$key.status]:-}" != ok ] || [ "$jobs" -eq 0 ]; then
        printf '%-9s %-9s failed: %s\n' "$key" "$ext" "$line"
        continue
      fi
      # strace -c rows: % time, seconds, usecs/call, calls, [errors,] syscall.
      awk -v n="$jobs" -v key="$key" -v ext="$ext" '
        NR > 2 && $1 !~ /^-/ && $NF != "total" { calls[$NF] = $4; total += $4 }
        END {
          printf "%-9s %-9s %6.2f syscalls/job:", key, ext, total / n
          for (c in calls) if (calls[c] >= n / 20) printf " %s %.2f", c, calls[c] / n
          printf "\n" }' "$out/strace.$tag.txt"
    done
  done | tee "$out/strace.md"
  echo "strace -c outputs: $out/strace.*.txt"
  exit 0
fi


# run_one EXT KEY REP
run_one() {
  local ext=$1 key=$2 rep=$3
  local p="$ext.$key.r$rep" tag="$ext.$key.r$rep"
  local -a args php
  read -r -a args <<<"${scenario_args[$key]}"
  if [ "$ext" = geartrain ]; then php=("${PHP_OURS[@]}"); else php=("${PHP_PECL[@]}"); fi
  wait_quiet
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  if ! start_server "$tag"; then
    R[$p.status]=no-server
    echo "$ext rep=$rep scenario=$key status=no-server" >>"$out/results.txt"
    return
  fi
  if [ "$key" = fg_set ] && ! start_workers "$tag"; then
    kill_all
    R[$p.status]=no-workers
    echo "$ext rep=$rep scenario=$key status=no-workers" >>"$out/results.txt"
    return
  fi
  local s0 w0=0 s1 w1=0 line times
  s0=$(cpu_ticks "$server_pid")
  [ -n "$worker_pid" ] && w0=$(cpu_ticks "$worker_pid")
  # bash's `time` gives the whole PHP process's wall and CPU time, start-up included.
  line=$( { TIMEFORMAT='%R %U %S'; time timeout 600 "${php[@]}" "$CLIENT" --port "$port" "${args[@]}" \
      2>>"$out/php.$tag.log"; } 2>"$out/time.$tag" | tail -n 1)
  s1=$(cpu_ticks "$server_pid")
  [ -n "$worker_pid" ] && w1=$(cpu_ticks "$worker_pid")
  times=$(tail -n 1 "$out/time.$tag")
  [ -n "$line" ] || line="scenario=$key ext=$ext status=no-output"
  store_line "$p" "$line"
  local jobs=${R[$p.jobs]:-0} check=""
  if [ "${R[$p.status]:-}" = ok ]; then
    if [ "$key" = fg_set ]; then
      stop_pid "$worker_pid"
      worker_pid=""
      local done_line completed
      done_line=$(grep 'status=stopped' "$out/workers.$tag.out" | tail -n 1)
      completed=$(sed -n 's/.* completed=\([0-9]*\).*/\1/p' <<<"$done_line")
      check="worker_completed=${completed:-none}"
      [ "${completed:-}" = "$jobs" ] || check="$check status=failed error=workers_completed_${completed:-none}_of_$jobs"
    else
      # A client may return before the server has read its last submissions
      # (nothing in a background set waits for them), so allow it 2 s to catch up.
      local queued i
      for i in $(seq 1 40); do
        queued=$(status_field bench 2)
        [ "$queued" = "$jobs" ] && break
        sleep 0.05
      done
      check="server_queued=$queued"
      [ "$queued" = "$jobs" ] || check="$check status=failed error=server_queued_${queued}_of_$jobs"
    fi
  fi
  kill -0 "$server_pid" 2>/dev/null || check="$check status=failed error=server_died"
  [ -n "$worker_pid" ] && stop_pid "$worker_pid"
  worker_pid=""
  stop_pid "$server_pid"
  server_pid=""
  store_line "$p" "$check"
  local extra=""
  if [ "${R[$p.status]:-}" = ok ] && [ "$jobs" -gt 0 ]; then
    # other_cpu_s: what the machine did during PHP's timed section besides PHP,
    # the server and the workers (whose CPU is sampled around the whole PHP
    # process, so this errs low). Ticks are 10 ms, so allow 3 of them of slack.
    extra=$(awk -v t="$times" -v s=$((s1 - s0)) -v w=$((w1 - w0)) -v hz="$TICK_HZ" -v n="$jobs" \
      -v m="${R[$p.machine_cpu_s]:-0}" -v u="${R[$p.cpu_user_s]:-0}" -v y="${R[$p.cpu_sys_s]:-0}" \
      -v secs="${R[$p.secs]:-0}" -v load="$load" 'BEGIN {
        split(t, a, " ")
        other = m - u - y - s / hz - w / hz; if (other < 0) other = 0
        printf "php_wall_s=%.3f php_cpu_s=%.3f server_cpu_s=%.2f server_us_job=%.2f", a[1], a[2] + a[3], s / hz, s * 1e6 / hz / n
        printf " worker_cpu_s=%.2f other_cpu_s=%.2f noisy=%d loadavg=%s", w / hz, other, (other > 0.1 * secs + 0.03) ? 1 : 0, load }')
    store_line "$p" "$extra"
    [ "${R[$p.noisy]}" = 1 ] && noisy+=("$ext $key run $rep: other processes used ${R[$p.other_cpu_s]} s of CPU in ${R[$p.secs]} s")
  fi
  echo "$ext rep=$rep $line $check $extra" >>"$out/results.txt"
  echo "  $ext: $line $check $extra" >&2
}

# pick_median EXT KEY: copies the repetition with the median rate to
# R[EXT.KEY.*], among the clean runs when there are any; R[EXT.KEY.range] is
# the lowest-highest rate of those runs.
pick_median() {
  local ext=$1 key=$2 rep chosen k
  local -a ok=() clean=()
  for rep in $(seq 1 "$repeat"); do
    if [ "${R[$ext.$key.r$rep.status]:-}" = ok ] && [ -n "${R[$ext.$key.r$rep.rate]:-}" ]; then
      ok+=("${R[$ext.$key.r$rep.rate]} $rep")
      [ "${R[$ext.$key.r$rep.noisy]:-0}" = 0 ] && clean+=("${R[$ext.$key.r$rep.rate]} $rep")
    fi
  done
  if [ ${#ok[@]} -eq 0 ]; then
    R[$ext.$key.status]=failed
    R[$ext.$key.error]=${R[$ext.$key.r1.error]:-${R[$ext.$key.r1.status]:-none}}
    return
  fi
  [ ${#clean[@]} -gt 0 ] && ok=("${clean[@]}")
  chosen=$(printf '%s\n' "${ok[@]}" | sort -n | awk -v n=${#ok[@]} 'NR == int((n + 1) / 2) { print $2 }')
  for k in "${!R[@]}"; do
    case "$k" in
      "$ext.$key.r$chosen."*) R[$ext.$key.${k#"$ext.$key.r$chosen."}]=${R[$k]} ;;
    esac
  done
  R[$ext.$key.runs]=${#ok[@]}
  R[$ext.$key.range]=$(printf '%s\n' "${ok[@]}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }')
}

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) quick=$quick repeat=$repeat workers=$workers $(uname -srm) $(nproc) cpus loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# HEAD $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) geartraind $GEARTRAIND"
  echo "# geartrain module $GEARTRAIN_SO ($("${PHP_OURS[@]}" -r 'echo phpversion("geartrain");'))"
  echo "# pecl gearman $("${PHP_PECL[@]}" -r 'echo phpversion("gearman"), " libgearman ", gearman_version();')"
  echo "# $("$PHP" -n -r 'echo "PHP ", PHP_VERSION;')"
} >"$out/results.txt"
log "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

for key in "${scenario_keys[@]}"; do
  log "$key (${scenario_args[$key]})"
  for rep in $(seq 1 "$repeat"); do
    if [ $((rep % 2)) = 1 ]; then order=(geartrain pecl); else order=(pecl geartrain); fi
    for ext in "${order[@]}"; do
      run_one "$ext" "$key" "$rep"
    done
  done
  for ext in geartrain pecl; do
    pick_median "$ext" "$key"
  done
done

# --- table --------------------------------------------------------------------

get() {  # get EXT KEY FIELD: the value, "failed", or "-"
  if [ "${R[$1.$2.status]:-}" = failed ]; then echo failed; else echo "${R[$1.$2.$3]:--}"; fi
}
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f", a / b; else print "-" }'
}
fmt() {  # thousands separators for integers: 1234567 -> 1,234,567
  if [[ $1 =~ ^[0-9]+$ ]]; then sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; else echo "$1"; fi
}

{
  echo
  printf '| %-58s | %16s | %12s | %5s | %6s | %3s |\n' scenario "geartrain jobs/s" "pecl jobs/s" ratio target met
  printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "-----------------:" "-------------:" "------:" "-------:" "-----"
  for key in "${scenario_keys[@]}"; do
    a=$(get geartrain "$key" rate)
    b=$(get pecl "$key" rate)
    r=$(ratio "$a" "$b")
    met=$(awk -v r="$r" -v t="${target[$key]}" 'BEGIN { if (r == "-" || t == "-") print "-"; else print (r + 0 >= t + 0) ? "yes" : "no" }')
    printf '| %-58s | %16s | %12s | %5s | %6s | %3s |\n' "${scenario_label[$key]}" "$(fmt "$a")" "$(fmt "$b")" "$r" "${target[$key]}" "$met"
  done
  echo
  echo "Median runs in detail (timed section: client creation to the last call's return):"
  echo
  printf '| %-9s | %-9s | %9s | %10s | %12s | %13s | %13s | %-22s |\n' scenario extension "wall s" "PHP CPU s" "PHP µs/job" "server µs/job" "process CPU s" "rate range (runs)"
  printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "-----------" "-----------" "----------:" "-----------:" "-------------:" "--------------:" "--------------:" "------------------------"
  for key in "${scenario_keys[@]}"; do
    for ext in geartrain pecl; do
      if [ "${R[$ext.$key.status]:-}" = failed ]; then
        printf '| %-9s | %-9s | failed: %s |\n' "$key" "$ext" "${R[$ext.$key.error]:-?}"
        continue
      fi
      cpu=$(awk -v u="${R[$ext.$key.cpu_user_s]:-0}" -v s="${R[$ext.$key.cpu_sys_s]:-0}" 'BEGIN { printf "%.3f", u + s }')
      printf '| %-9s | %-9s | %9s | %10s | %12s | %13s | %13s | %-22s |\n' "$key" "$ext" "$(get "$ext" "$key" secs)" \
        "$cpu" "$(get "$ext" "$key" cpu_us_job)" "$(get "$ext" "$key" server_us_job)" \
        "$(get "$ext" "$key" php_cpu_s)" "$(get "$ext" "$key" range) ($(get "$ext" "$key" runs))"
    done
  done
  echo
  echo "ratio = geartrain / pecl jobs/s; each figure is the median of $repeat runs per extension (clean runs"
  echo "preferred). PHP CPU = user+sys of the timed section (getrusage); process CPU = the whole php"
  echo "process, start-up included (bash time). 2 vCPUs shared by server, workers and client."
  if [ ${#noisy[@]} -gt 0 ]; then
    echo "Noisy runs (other processes busy; rerun on an idle machine):"
    printf '  %s\n' "${noisy[@]}"
  fi
  echo "raw results: $out/results.txt"
} | tee "$out/table.md"
