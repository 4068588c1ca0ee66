--TEST--
bin/geartrain-supervisor on examples/php/worker_dir (config.ini, -w workers, -h a test geartraind, -l a log): the processes config.ini asks for register, one job of each function is answered, SIGTERM stops it with exit code 0 and no ERROR in the log
--SKIPIF--
<?php
require __DIR__ . '/examples.inc';
require __DIR__ . '/../Supervisor/supervisor.inc';
if (!extension_loaded('geartrain')) die('skip geartrain not loaded');
if (!is_file(exx_dir() . '/worker_dir/config.ini')) die('skip examples/php not found (set GEARTRAIN_EXAMPLES)');
gts_skipif();
?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
require __DIR__ . '/../Supervisor/supervisor.inc';  // gts_start(): bin/geartrain-supervisor as a child PHP with our extensions

$server = gt_server_start();
$dir = gtw_dir();
$ex = exx_dir() . '/worker_dir';
$args = ['-c', "$ex/config.ini", '-w', "$ex/workers", '-h', $server['host']];

// The worker processes of each function that config.ini asks for.
$want = [];
foreach (Net_Gearman_Supervisor::fromCommandLine($args)->plan() as $p) {
    foreach ($p['functions'] as $f) $want[$f] = ($want[$f] ?? 0) + 1;
}
ksort($want);
echo "config.ini asks for ", json_encode($want), "\n";

$sup = gts_start($dir, array_merge($args, ['-l', "$dir/log"]));
$registered = fn() => array_map(fn($f) => gts_workers_of($server, $f), array_combine(array_keys($want), array_keys($want)));
$ok = gtw_until(fn() => $registered() === $want, 20.0);
echo $ok ? "registered as asked\n" : "registered: " . json_encode($registered()) . "\n" . gts_log("$dir/log");

$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
$tasks = [];
foreach (['Reverse' => 'gearman', 'Sum' => [1, 2, 39], 'Resize' => ['width' => 4032, 'height' => 3024, 'max' => 800]] as $f => $arg) {
    $set->addTask($tasks[$f] = new Net_Gearman_Task($f, $arg));
}
$client->runSet($set, 10);
foreach ($tasks as $f => $t) echo "$f ", $t->finished ? json_encode($t->result) : 'NOT FINISHED', "\n";

proc_terminate($sup['proc'], 15);  // SIGTERM
echo "exit code ", var_export(gtw_exit($sup, 10.0), true), "\n";
// The server notices the children's closed connections a moment later.
gtw_until(fn() => array_sum($registered()) === 0, 5.0);
echo "workers left: ", array_sum($registered()), "\n";
$log = gts_log("$dir/log");
echo preg_match('/\bERROR\b/', $log) ? "ERROR in the log:\n$log" : "no ERROR in the log\n";
echo preg_match_all('/PROC Started child \d+ \(/', $log), " children started, ",
     preg_match_all('/PROC Child \d+ \(\S+\) exited with code 0/', $log), " exited with code 0\n";
echo str_contains($log, 'INFO Loaded 3 function(s): Resize, Reverse, Sum; 3 worker process(es)') ? "log: Loaded 3 function(s)\n" : $log;
echo str_contains($log, 'INFO All children have exited') ? "log: All children have exited\n" : $log;
echo is_file($sup['err']) ? file_get_contents($sup['err']) : '';
?>
--EXPECT--
config.ini asks for {"Resize":3,"Reverse":1,"Sum":1}
registered as asked
Reverse {"result":"namraeg"}
Sum {"sum":42,"count":3}
Resize {"width":800,"height":600,"scale":0.1984}
exit code 0
workers left: 0
no ERROR in the log
3 children started, 3 exited with code 0
log: Loaded 3 function(s)
log: All children have exited
