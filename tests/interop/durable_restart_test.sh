#!/usr/bin/env bash
# Durable queue across kill -9, driven by Perl Gearman::Client (which sends an
# empty unique by default) and drained by the `gearman` CLI worker.
#   durable_restart_test.sh geartrain   geartraind --sqlite (ack-after-commit)
#   durable_restart_test.sh gearmand    gearmand -q libsqlite3, the reference
# gearmand keys rows by (unique, function) with INSERT OR REPLACE, so
# empty-unique and "-"-unique jobs overwrite each other (protocol.md §4.5):
# against gearmand the test expects exactly that loss. Against geartraind
# every acknowledged job must come back.
set -uo pipefail
KIND=${1:?usage: durable_restart_test.sh geartrain|gearmand}
GEARTRAIND=${GEARTRAIND:-}
source "$(dirname "$0")/restart_lib.sh"
db=$dir/queue.db

start() {
  port=$(free_port)
  if [ "$KIND" = gearmand ]; then
    /usr/sbin/gearmand -t 1 -q libsqlite3 --libsqlite3-db="$db" --port="$port" \
      --listen=127.0.0.1 --log-file="$dir/log" --pid-file="$dir/pid" --verbose=INFO &
  else
    "$GEARTRAIND" --sqlite="$db" --port="$port" --listen=127.0.0.1 --log-file="$dir/log" \
      --verbose=INFO &
  fi
  pid=$!
  wait_up "$port"
}

start
# 5 empty-unique jobs, 3 "-" jobs with distinct payloads, 2 "-" jobs with one
# payload (those coalesce: one job) = 9 distinct jobs.
perl -MGearman::Client -e '
  my $c = Gearman::Client->new(job_servers => ["127.0.0.1:$ARGV[0]"]);
  my $n = 0;
  for my $i (1..5) { $n++ if $c->dispatch_background("dur", "empty-$i\n") }
  for my $i (1..3) { $n++ if $c->dispatch_background("dur", "dash-$i\n", {uniq => "-"}) }
  for my $i (1..2) { $n++ if $c->dispatch_background("dur", "dash-same\n", {uniq => "-"}) }
  print "$n\n";' "$port" > "$dir/acked"
check "Perl client got 10 handles" '[ "$(cat "$dir/acked")" = 10 ]' "acked $(cat "$dir/acked")"

kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
start
timeout 10 gearman -h 127.0.0.1 -p "$port" -w -f dur -c 9 > "$dir/drained" 2>/dev/null
delivered=$(sort -u "$dir/drained" | grep -c .)
if [ "$KIND" = gearmand ]; then
  # One row survives for the empty unique and one for "-": 2 of 9.
  check "gearmand: empty/- uniques overwrite each other (protocol.md §4.5)" '[ "$delivered" -eq 2 ]' \
    "delivered $delivered: $(tr '\n' ' ' < "$dir/drained")"
else
  check "all 9 jobs survive kill -9" '[ "$delivered" -eq 9 ]' \
    "delivered $delivered: $(tr '\n' ' ' < "$dir/drained")"
  check "each delivered once" '[ "$(grep -c . "$dir/drained")" -eq 9 ]' "$(cat "$dir/drained")"
fi
[ $fail -eq 0 ] && echo "PASS" || echo "FAIL"
exit $fail
