--TEST--
geartrain-supervisor -d: the command returns at once with exit 0, the daemon (in the pid file) runs the workers detached from the caller, and SIGTERM to that pid stops it all
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse']);
$launcher = gts_start($dir, ['-d', '-w', "$dir/workers", '-h', $server['host'], '-l', "$dir/log", '-P', "$dir/pid", '-vv']);
var_dump(gtw_exit($launcher));
$pid = (int)gtw_until(fn() => (int)@file_get_contents("$dir/pid"));
var_dump($pid > 0 && $pid !== $launcher['pid']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Reverse') === 1));
// Detached: its own session, not the caller's.
$stat = explode(' ', (string)file_get_contents("/proc/$pid/stat"));
var_dump((int)$stat[5] !== posix_getsid_or_self());
exec("kill -TERM $pid");
var_dump((bool)gtw_until(fn() => !file_exists("/proc/$pid")));
var_dump(gts_workers_of($server, 'Reverse'), file_exists("$dir/pid"));

function posix_getsid_or_self(): int
{
    $stat = explode(' ', (string)file_get_contents('/proc/self/stat'));
    return (int)$stat[5];
}
?>
--EXPECT--
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(false)
