#!/usr/bin/env bash
# Same-run benchmark of a PHP worker: the geartrain extension's
# Net_Gearman_Worker (running a Net_Gearman_Job_Common class that returns its
# argument) against the pecl gearman extension's GearmanWorker (a function
# doing the same), both draining N background jobs queued beforehand on a
# fresh geartraind. Our worker runs twice per repetition: as it comes, and
# with setPrefetch(true). Prints the median rate of each and the ratios
# against pecl.
#
# For every run: starts a fresh geartraind on a free port (never 4730), waits
# until it answers `version`, queues N jobs of 100 bytes with
# `geartrain-loadgen --scenario fill`, runs one PHP process (php -n, exactly one
# of the two extensions) that drains them (bench/php_worker.php times from
# registration to the Nth job), checks with admin `status` that nothing is
# left queued or running, and stops the server. The three variants take
# turns, each in every position of the order over three repetitions.
#
# usage: bench/run_php_worker.sh [--jobs N] [--repeat N] [--out DIR]
#   --jobs    jobs per run (20000)
#   --repeat  runs per variant (3)
#   --out     raw result lines and logs (bench/results/php-worker-<time>)
# environment:
#   GEARTRAIN_SO  the geartrain module (default: /tmp/gt-bench/modules/geartrain.so,
#                 built from a scratch copy of config.m4, config.w32, core/ and
#                 php_ext/ when missing)
#   GEARTRAIND, LOADGEN  default build/geartraind, build/bench/geartrain-loadgen
#   PHP           the PHP CLI (php)
set -u -o pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEARTRAIND=${GEARTRAIND:-$ROOT/build/geartraind}
LOADGEN=${LOADGEN:-$ROOT/build/bench/geartrain-loadgen}
MODULE_BUILD_DIR=${MODULE_BUILD_DIR:-/tmp/gt-bench}
GEARTRAIN_SO=${GEARTRAIN_SO:-$MODULE_BUILD_DIR/modules/geartrain.so}
PHP=${PHP:-php}
WORKER=$ROOT/bench/php_worker.php

jobs=20000
repeat=3
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs) jobs=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --out) out=$2; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "run_php_worker.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
case "$jobs" in ''|*[!0-9]*|0) echo "run_php_worker.sh: bad --jobs" >&2; exit 2 ;; esac
case "$repeat" in ''|*[!0-9]*|0) echo "run_php_worker.sh: bad --repeat" >&2; exit 2 ;; esac
out=${out:-$ROOT/bench/results/php-worker-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out" || exit 1
log() { echo "run_php_worker.sh: $*" >&2; }

for bin in "$GEARTRAIND" "$LOADGEN"; do
  [ -x "$bin" ] || { log "no $bin (cmake --build build -j2 --target geartraind geartrain-loadgen)"; exit 1; }
done
if [ ! -f "$GEARTRAIN_SO" ]; then
  log "building the geartrain module in $MODULE_BUILD_DIR (-j2)"
  rm -rf "$MODULE_BUILD_DIR" && mkdir -p "$MODULE_BUILD_DIR" &&
    (cd "$ROOT" && cp -a config.m4 config.w32 core php_ext "$MODULE_BUILD_DIR/") &&
    (cd "$MODULE_BUILD_DIR" && phpize && ./configure --enable-geartrain && make -j2) \
      >"$out/module-build.log" 2>&1 || { log "module build failed: see $out/module-build.log"; exit 1; }
fi
PHP_OURS=("$PHP" -n -d extension=sockets -d extension="$GEARTRAIN_SO")
PHP_PECL=("$PHP" -n -d extension=gearman)
"${PHP_OURS[@]}" -r 'exit(extension_loaded("geartrain") && !extension_loaded("gearman") ? 0 : 1);' ||
  { log "cannot load $GEARTRAIN_SO"; exit 1; }
"${PHP_PECL[@]}" -r 'exit(extension_loaded("gearman") && !extension_loaded("geartrain") ? 0 : 1);' ||
  { log "cannot load the pecl gearman extension"; exit 1; }

jobdir=$out/jobs
mkdir -p "$jobdir"
cat >"$jobdir/bench.php" <<'PHP'
<?php
class Net_Gearman_Job_bench extends Net_Gearman_Job_Common
{
    public static $done = 0;
    public function run($arg)
    {
        self::$done++;
        return $arg;
    }
}
PHP

server_pid=""
cleanup() { [ -n "$server_pid" ] && { kill -KILL "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; }; server_pid=""; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

free_port() {
  "$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);'
}
admin() {  # admin PORT COMMAND: the reply up to "." (or one line for version)
  "$PHP" -n -r '$s = @stream_socket_client("tcp://127.0.0.1:".$argv[1], $e, $m, 1); if (!$s) exit(1);
    fwrite($s, $argv[2]."\r\n"); while (($l = fgets($s)) !== false) { echo $l; if ($argv[2] === "version" || rtrim($l) === ".") break; }' "$1" "$2"
}

one_run() {  # one_run ours|prefetch|pecl REP -> prints the rate
  local which=$1 rep=$2 port i line rate left
  port=$(free_port)
  [ "$port" = 4730 ] && port=$(free_port)
  "$GEARTRAIND" -p "$port" -L 127.0.0.1 --log-file=none >"$out/server-$which-$rep.log" 2>&1 &
  server_pid=$!
  for i in $(seq 200); do admin "$port" version >/dev/null 2>&1 && break; sleep 0.05; done
  "$LOADGEN" --port "$port" --scenario fill --jobs "$jobs" --function bench --payload 100 \
    >>"$out/loadgen.log" 2>&1 || { log "queueing failed"; cleanup; return 1; }
  if [ "$which" != pecl ]; then
    line=$("${PHP_OURS[@]}" "$WORKER" "$which" "127.0.0.1:$port" "$jobs" "$jobdir" 2>>"$out/worker.log")
  else
    line=$("${PHP_PECL[@]}" "$WORKER" pecl "127.0.0.1:$port" "$jobs" "$jobdir" 2>>"$out/worker.log")
  fi
  left=$(admin "$port" status | awk -F'\t' '$1 == "bench" { print $2 + $3 }')
  cleanup
  echo "$which rep=$rep $line left=${left:-?}" >>"$out/results.txt"
  case "$line" in *"jobs=$jobs "*) ;; *) log "$which: worker did not finish: $line"; return 1 ;; esac
  [ "${left:-x}" = 0 ] || { log "$which: $left jobs left on the server"; return 1; }
  rate=${line##*rate=}
  echo "$rate"
}

declare -a ours prefetch pecl
orders=("ours prefetch pecl" "pecl ours prefetch" "prefetch pecl ours")
for rep in $(seq "$repeat"); do
  # Each variant takes every position in turn, so drift hits all alike.
  for which in ${orders[$(((rep - 1) % 3))]}; do
    r=$(one_run "$which" "$rep") || exit 1
    log "rep $rep $which: $r jobs/s"
    case $which in
      ours) ours+=("$r") ;;
      prefetch) prefetch+=("$r") ;;
      pecl) pecl+=("$r") ;;
    esac
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
m_ours=$(median "${ours[@]}")
m_prefetch=$(median "${prefetch[@]}")
m_pecl=$(median "${pecl[@]}")
ratio=$(awk -v a="$m_ours" -v b="$m_pecl" 'BEGIN { printf "%.2f", a / b }')
ratio_prefetch=$(awk -v a="$m_prefetch" -v b="$m_pecl" 'BEGIN { printf "%.2f", a / b }')
{
  echo "| worker ($jobs queued jobs, median of $repeat) | jobs/s | runs |"
  echo "| --- | ---: | --- |"
  echo "| geartrain Net_Gearman_Worker + Job_Common class | $m_ours | ${ours[*]} |"
  echo "| the same with setPrefetch(true) | $m_prefetch | ${prefetch[*]} |"
  echo "| pecl gearman GearmanWorker + function | $m_pecl | ${pecl[*]} |"
  echo "| ratio geartrain / pecl | $ratio | |"
  echo "| ratio geartrain prefetch / pecl | $ratio_prefetch | |"
} | tee "$out/table.md"
