--TEST--
geartrain-supervisor: a worker that dies on every job is restarted with a growing delay (1 s, 2 s ...), its exit code reported; the other workers keep running
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Crash', 'Reverse']);
$sup = gts_start($dir, ['-w', "$dir/workers", '-h', $server['host'], '-l', "$dir/log", '-vv']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Crash') === 1 && gts_workers_of($server, 'Reverse') === 1));
// A job that kills whichever worker takes it: it is requeued each time.
(new Net_Gearman_Client([$server['host']]))->Crash('boom');
var_dump((bool)gtw_until(fn() => str_contains(gts_log("$dir/log"), 'restarting in 2 s'), 15));
$log = gts_log("$dir/log");
echo preg_match('/\(Crash\) exited with code 3 after \d+ s; crashed 1 time\(s\) in a row, restarting in 1 s/', $log) ? "first crash: 1 s\n" : $log;
echo preg_match('/\(Crash\) exited with code 3 after \d+ s; crashed 2 time\(s\) in a row, restarting in 2 s/', $log) ? "second crash: 2 s\n" : $log;
// Between the crashes the job sits in the queue: no restart storm.
var_dump(preg_match_all('/Started child \d+ \(Crash\)/', $log) <= 3);
$set = new Net_Gearman_Set();
$set->addTask($t = new Net_Gearman_Task('Reverse', 'still here'));
(new Net_Gearman_Client([$server['host']]))->runSet($set, 10);
echo json_encode($t->result), "\n";
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
bool(true)
first crash: 1 s
second crash: 2 s
bool(true)
{"result":"ereh llits"}
int(0)
