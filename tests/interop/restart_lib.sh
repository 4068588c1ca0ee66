# Helpers for the interop tests that start, kill -9 and restart their own
# servers (they cannot go through with_server.sh). Source it; it sets up a
# scratch directory ($dir), a server pid slot ($pid) killed on exit, and:
#   check NAME CONDITION DETAIL   ok/not ok line; sets fail=1 on failure
#   free_port                     a free TCP port on 127.0.0.1 (never 4730)
#   wait_up PORT                  waits (bounded) until `version` is answered
dir=$(mktemp -d)
pid=""
fail=0
_restart_cleanup() { { [ -n "$pid" ] && kill -9 "$pid"; wait; } 2>/dev/null; rm -rf "$dir"; }
trap _restart_cleanup EXIT
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1 ($3)"; fail=1; fi; }
free_port() {
  perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1",LocalPort=>0)->sockport'
}
_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'version\n' >&3 && read -r -t 2 a <&3 && echo "$a") 2>/dev/null
}
wait_up() {
  for _ in $(seq 400); do
    case "$(_answers "$1")" in OK*) return 0 ;; esac
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.025
  done
  echo "server did not start on port $1"; cat "$dir"/log* 2>/dev/null; exit 1
}
