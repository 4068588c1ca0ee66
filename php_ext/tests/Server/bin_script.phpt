--TEST--
bin/geartrain-server: geartraind's flags from php-cli; serves the gearman protocol until SIGTERM, exit 0; --help lists the flags; a bad flag is one line on stderr and exit 1
--SKIPIF--
<?php
$bin = getenv('GEARTRAIN_BIN') ?: __DIR__ . '/../../../bin';
if (!is_file("$bin/geartrain-server")) die('skip bin/geartrain-server not found (set GEARTRAIN_BIN)');
?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$bin = (getenv('GEARTRAIN_BIN') ?: __DIR__ . '/../../../bin') . '/geartrain-server';
$php = array_merge([getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY], gtw_php_args(), [$bin]);
$run = function (array $args) use ($php) {
    $p = proc_open(array_merge($php, $args), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    return [proc_close($p), $out, $err];
};
[$rc, $out, $err] = $run(['--help']);
var_dump($rc, str_contains($out, '--port') && str_contains($out, 'geartrain-server'));
[$rc, $out, $err] = $run(['--no-such-flag']);
var_dump($rc);
echo $err;
[$rc, $out, $err] = $run(['-p', '1', '-L', '203.0.113.1']);
var_dump($rc, str_starts_with($err, 'geartrain-server: Cannot start the server'));

$port = gt_free_port();
$dir = gtw_dir();
$p = proc_open(array_merge($php, ['-p', (string)$port, '-L', '127.0.0.1', '--log-file=none', '-q', 'libsqlite3',
                                  "--libsqlite3-db=$dir/q.db", "--pid-file=$dir/pid"]),
               [1 => ['file', '/dev/null', 'w'], 2 => ['file', "$dir/err", 'w']], $pipes);
var_dump((bool)gtw_until(fn() => gt_admin($port, 'version') === "OK 1.1.20\n" ? true : null));
$client = new Net_Gearman_Client(["127.0.0.1:$port"]);
var_dump(strlen($client->Durable('x')) > 0, gt_queued(['port' => $port], 'Durable'));
var_dump(file_exists("$dir/pid"));
proc_terminate($p, SIGTERM);
var_dump(gtw_until(function () use ($p) { $s = proc_get_status($p); return $s['running'] ? null : [$s['exitcode']]; })[0]);
var_dump(file_exists("$dir/pid"), file_get_contents("$dir/err"));
?>
--EXPECT--
int(0)
bool(true)
int(1)
geartrain-server: unknown option '--no-such-flag' (see --help)
int(1)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
int(0)
bool(false)
string(0) ""
