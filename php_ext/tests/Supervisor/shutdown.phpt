--TEST--
geartrain-supervisor shutdown: idle workers stop within 2 s of SIGTERM; a busy worker finishes its job first (the client gets the result); SIGUSR1 writes the status
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Slow', 'Reverse']);
$sup = gts_start($dir, ['-w', "$dir/workers", '-D', '3', '-h', $server['host'], '-l', "$dir/log", '-vvv']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Slow') === 3));
proc_terminate($sup['proc'], SIGUSR1);
var_dump((bool)gtw_until(fn() => preg_match('/Status:\n(  Reverse,Slow: pid \d+, up \d+ s, restarts 0, last exit: -\n){3}/', gts_log("$dir/log"))));
// A 1.5 s job in a background process, then SIGTERM while it runs.
$client = gtw_spawn($dir, '$c = new Net_Gearman_Client([$argv[1]]); $s = new Net_Gearman_Set(); '
    . '$s->addTask($t = new Net_Gearman_Task("Slow", 1500)); $c->runSet($s, 10); echo json_encode($t->result), "\n";',
    [$server['host']]);
var_dump((bool)gtw_until(fn() => str_contains(gts_log("$dir/log"), 'Starting Job: Slow')));
$t = microtime(true);
proc_terminate($sup['proc'], SIGTERM);
echo gtw_line($client), "\n";
var_dump(gtw_exit($sup));
$took = microtime(true) - $t;
$ok = $took > 1.0 && $took < 3.5;
var_dump($ok);
if (!$ok) echo "took $took s\n";
// Idle only: all three stop at once.
$sup = gts_start($dir, ['-w', "$dir/workers", '-D', '3', '-h', $server['host'], '-l', "$dir/log2"]);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Slow') === 3));
$t = microtime(true);
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup), microtime(true) - $t < 2.0);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
{"result":"slept 1500"}
int(0)
bool(true)
bool(true)
int(0)
bool(true)
