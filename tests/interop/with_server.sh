#!/usr/bin/env bash
# with_server.sh <geartrain|gearmand> <command...>
#
# Starts a Gearman job server on a free 127.0.0.1 port (never 4730) with a
# private temp dir, waits until it answers the admin `version` command, runs
# <command...> with
#   GEARMAN_HOST=127.0.0.1 GEARMAN_PORT=<port> GEARTRAIN_SERVER_KIND=<kind>
#   GEARTRAIN_SERVER_PID=<pid> GEARTRAIN_SERVER_DIR=<temp dir>
# exported, then stops the server and exits with the command's status.
#
#   geartrain: the binary is $GEARTRAIND (default: <repo>/build/geartraind)
#   gearmand:  /usr/sbin/gearmand (override with $GEARMAND)
# Extra server flags: $SERVER_ARGS (split on whitespace). $INTEROP_PORT makes
# the first attempt use that port instead of a free one (debugging).
#
# If the server dies before it is ready, or while the command runs, its log
# is printed and the script fails.
set -u

usage() {
  echo "usage: $0 <geartrain|gearmand> <command...>" >&2
  exit 2
}

[ $# -ge 2 ] || usage
kind=$1
shift

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# With stdin closed (as under some CI runners) the first socket a client
# opens would become fd 0; give everyone /dev/null instead.
if [ ! -e "/proc/$$/fd/0" ]; then
  exec </dev/null
fi

case "$kind" in
  geartrain)
    bin=${GEARTRAIND:-$here/../../build/geartraind}
    ;;
  gearmand)
    bin=${GEARMAND:-/usr/sbin/gearmand}
    ;;
  *)
    usage
    ;;
esac
if [ ! -x "$bin" ]; then
  echo "with_server.sh: server binary '$bin' not found or not executable" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/interop-$kind.XXXXXX") || exit 2
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null
    # Give it up to ~5 s to exit on SIGTERM, then force it.
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "with_server.sh: $kind did not exit on SIGTERM, killing it" >&2
      kill -KILL "$server_pid" 2>/dev/null
    fi
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

print_log() {
  echo "----- $kind log ($tmp/log) -----" >&2
  cat "$tmp/log" >&2 2>/dev/null
  echo "----- $kind stdout/stderr -----" >&2
  cat "$tmp/out" >&2 2>/dev/null
  echo "-----" >&2
}

# A free port: bind port 0, read it back, close. Retry if the kernel ever
# hands out 4730 (the production port must never be touched by tests).
free_port() {
  perl -MIO::Socket::INET -e '
    for (1..20) {
      my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0,
                                    Proto => "tcp", Listen => 1, ReuseAddr => 1)
        or die "bind: $!\n";
      my $p = $s->sockport; close $s;
      if ($p != 4730) { print "$p\n"; exit 0 }
    }
    exit 1'
}

# ready_probe PORT : prints "ready" once something on PORT answers the admin
# `version` command with "OK ...", followed by the pid `getpid` reports
# (empty when getpid is not answered as "OK <number>"). Prints nothing and
# fails while nothing answers.
ready_probe() {
  perl -MIO::Socket::INET -e '
    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $ARGV[0],
                                  Proto => "tcp", Timeout => 1) or exit 1;
    $s->autoflush(1);
    my ($v, $p);
    eval {
      local $SIG{ALRM} = sub { die "timeout\n" };
      alarm 2;
      print $s "version\r\n"; $v = <$s>;
      print $s "getpid\r\n";  $p = <$s>;
      alarm 0;
    };
    exit 1 unless defined $v && $v =~ /^OK \S/;
    my $pid = (defined $p && $p =~ /^OK (\d+)\s*$/) ? $1 : "";
    print "ready $pid\n";' "$1"
}

start_server() {
  if [ "${attempt:-1}" = 1 ] && [ -n "${INTEROP_PORT:-}" ]; then
    port=$INTEROP_PORT   # first attempt on a fixed port (debugging)
  else
    port=$(free_port) || { echo "with_server.sh: no free port" >&2; exit 2; }
  fi
  # shellcheck disable=SC2206
  local extra=(${SERVER_ARGS:-})
  local args=(--port="$port" --listen=127.0.0.1 --pid-file="$tmp/pid"
              --log-file="$tmp/log" --verbose=INFO)
  if [ "$kind" = gearmand ]; then
    # -t 1: one I/O thread. Running as root needs no -u with 1.1.20 (it only
    # switches user when -u is given).
    args+=(-t 1)
  fi
  "$bin" "${args[@]}" "${extra[@]}" >"$tmp/out" 2>&1 </dev/null &
  server_pid=$!
}

# Wait (at most 10 s per attempt) for the server to answer `version`. The
# port can be lost to another process between probing and binding: the
# server then exits (geartraind), keeps retrying bind() (gearmand), or -- if
# the other process is a Gearman server too -- someone else answers. The
# last case is caught by comparing `getpid` with our child's pid. Each of
# these gets a new port, up to 3 attempts.
ready=0
for attempt in 1 2 3; do
  start_server
  why=
  deadline=$((SECONDS + 10))
  while :; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      why="exited during start-up"
      break
    fi
    if probe=$(ready_probe "$port"); then
      answered_pid=${probe#ready }
      if [ -n "$answered_pid" ] && [ "$answered_pid" != "$server_pid" ]; then
        why="is answered by another server (pid $answered_pid)"
        break
      fi
      ready=1
      break
    fi
    if [ $SECONDS -ge $deadline ]; then
      why="did not answer 'version' within 10 s"
      break
    fi
    sleep 0.05
  done
  [ $ready = 1 ] && break
  echo "with_server.sh: $kind on port $port $why (attempt $attempt)" >&2
  print_log
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid" 2>/dev/null
  fi
  wait "$server_pid" 2>/dev/null
  server_pid=
  rm -f "$tmp/log" "$tmp/out" "$tmp/pid"
done
[ $ready = 1 ] || exit 2

export GEARMAN_HOST=127.0.0.1
export GEARMAN_PORT=$port
export GEARTRAIN_SERVER_KIND=$kind
export GEARTRAIN_SERVER_PID=$server_pid
export GEARTRAIN_SERVER_DIR=$tmp

"$@"
status=$?

if ! kill -0 "$server_pid" 2>/dev/null; then
  wait "$server_pid" 2>/dev/null
  echo "with_server.sh: $kind died while the command ran (command status $status)" >&2
  print_log
  server_pid=
  [ $status -eq 0 ] && status=1
elif [ $status -ne 0 ]; then
  echo "----- last lines of the $kind log -----" >&2
  tail -n 40 "$tmp/log" >&2 2>/dev/null
  echo "-----" >&2
fi
exit $status
