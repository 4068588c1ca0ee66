--TEST--
geartrain-supervisor -a: a new worker file is picked up (its function gets a worker), a changed one restarts only its own workers, a removed one's workers stop
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse', 'Sum']);
$sup = gts_start($dir, ['-a', '-w', "$dir/workers", '-h', $server['host'], '-l', "$dir/log", '-vv']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Reverse') === 1 && gts_workers_of($server, 'Sum') === 1));
preg_match('/Started child (\d+) \(Sum\)/', gts_log("$dir/log"), $sum);
gts_workers("$dir/workers", ['Upper']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Upper') === 1));
$set = new Net_Gearman_Set();
$set->addTask($t = new Net_Gearman_Task('Upper', 'new code'));
(new Net_Gearman_Client([$server['host']]))->runSet($set, 10);
echo json_encode($t->result), "\n";
// Changing Reverse.php restarts the Reverse worker only.
touch("$dir/workers/Reverse.php");
var_dump((bool)gtw_until(fn() => preg_match_all('/Started child \d+ \(Reverse\)/', gts_log("$dir/log")) === 2 && gts_workers_of($server, 'Reverse') === 1));
var_dump(preg_match_all('/Started child \d+ \(Sum\)/', gts_log("$dir/log")));
unlink("$dir/workers/Upper.php");
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Upper') === 0));
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
bool(true)
{"result":"NEW CODE"}
bool(true)
int(1)
bool(true)
int(0)
