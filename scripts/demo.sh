#!/usr/bin/env bash
# The Quick start demo: installs what is missing, builds geartraind and the
# geartrain PHP extension, then
#   1. runs examples/php/basics: a Net_Gearman_Server inside php-cli with a
#      durable SQLite queue, forked Net_Gearman workers and Net_Gearman
#      clients (priorities, foreground and background jobs, a task set with
#      callbacks, job status polling), stopping all it started;
#   2. starts geartraind on a free port, runs a `gearman -w` worker that
#      reverses text, and sends it a foreground job, a background job and an
#      admin query with the C clients of gearman-tools.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh all
scripts/build.sh >/dev/null
echo "building the geartrain PHP extension (scripts/php_module.sh)"
module=$(scripts/php_module.sh)
php_args=(-n)
mods=$(php -n -m 2>/dev/null)
grep -qx sockets <<<"$mods" || php_args+=(-d extension=sockets)
grep -qx json <<<"$mods" || php_args+=(-d extension=json)
php_args+=(-d "extension=$module")

echo
echo "== 1. The basics, all in PHP: php ${php_args[*]} examples/php/basics/run.php"
php "${php_args[@]}" examples/php/basics/run.php

echo
echo "== 2. The standalone daemon with the C clients (gearman-tools)"

port=$(perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen=>1,LocalAddr=>"127.0.0.1",LocalPort=>0)->sockport')
work=$(mktemp -d)
cleanup() { kill "${worker:-}" "${server:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

build/geartraind --listen=127.0.0.1 --port="$port" --log-file="$work/log" --verbose=INFO &
server=$!
ask_version() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'version\n' >&3 && read -r -t 2 a <&3 && echo "$a") 2>/dev/null
}
for _ in $(seq 200); do
  [ "$(ask_version)" = "OK 1.1.20" ] && break
  sleep 0.05
done
echo "geartraind is listening on 127.0.0.1:$port"

gearman -h 127.0.0.1 -p "$port" -w -f reverse -- rev &
worker=$!
until gearadmin -h 127.0.0.1 -p "$port" --status | grep -qP '^reverse\t\d+\t\d+\t1$'; do sleep 0.05; done

echo "client: gearman -f reverse 'Hello, Geartrain'"
echo "  -> $(echo 'Hello, Geartrain' | gearman -h 127.0.0.1 -p "$port" -f reverse)"
echo "client: gearman -b -f reverse 'queued in the background'"
echo 'queued in the background' | gearman -h 127.0.0.1 -p "$port" -b -f reverse
until gearadmin -h 127.0.0.1 -p "$port" --status | grep -qP '^reverse\t0\t0\t1$'; do sleep 0.05; done
echo "gearadmin --status:"
gearadmin -h 127.0.0.1 -p "$port" --status
echo "demo finished"
