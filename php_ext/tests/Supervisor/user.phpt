--TEST--
geartrain-supervisor -u nobody (as root): the supervisor and its workers run as that user and its groups (setgid + initgroups + setuid), the log and pid files were handed over first
--SKIPIF--
<?php
require __DIR__ . '/supervisor.inc'; gts_skipif();
if (trim((string)shell_exec('id -u')) !== '0') die('skip needs root');
if (trim((string)shell_exec('id -u nobody 2>/dev/null')) === '') die('skip no user nobody');
?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
chmod($dir, 0755);
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse']);
$sup = gts_start($dir, ['-u', 'nobody', '-w', "$dir/workers", '-h', $server['host'], '-l', "$dir/log", '-P', "$dir/pid", '-vv']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Reverse') === 1));
$uid = fn(int $pid) => preg_match('/^Uid:\s+(\d+)\s+(\d+)/m', (string)@file_get_contents("/proc/$pid/status"), $m) ? "$m[1]/$m[2]" : '?';
$gid = fn(int $pid) => preg_match('/^Gid:\s+(\d+)/m', (string)@file_get_contents("/proc/$pid/status"), $m) ? $m[1] : '?';
$nobody = trim(shell_exec('id -u nobody'));
$nogroup = trim(shell_exec('id -g nobody'));
preg_match('/Started child (\d+)/', gts_log("$dir/log"), $child);
var_dump($uid($sup['pid']) === "$nobody/$nobody", $uid((int)$child[1]) === "$nobody/$nobody", $gid((int)$child[1]) === $nogroup);
var_dump(fileowner("$dir/log") === (int)$nobody);
$set = new Net_Gearman_Set();
$set->addTask($t = new Net_Gearman_Task('Reverse', 'nobody'));
(new Net_Gearman_Client([$server['host']]))->runSet($set, 10);
echo json_encode($t->result), "\n";
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
{"result":"ydobon"}
int(0)
