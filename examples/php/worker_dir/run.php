<?php
/**
 * Proves the job files of this GearmanManager-style worker directory load:
 * starts one Net_Gearman_Worker per job file (the function is the file's
 * name, the class Net_Gearman_Job_<name>, found through
 * NET_GEARMAN_JOB_PATH = this directory), then runs one job of each
 * function through an embedded server. This file is the demo driver, not a
 * job: a supervisor scanning the directory should skip it (it defines no
 * Net_Gearman_Job_run class and does nothing when included).
 *
 * usage: php -d extension=sockets -d extension=geartrain.so worker_dir/run.php [--quick]
 * (always quick; --quick is accepted like the other examples)
 */
if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') !== __FILE__) return;  // included, not run
require __DIR__ . '/../common.php';

// A sample argument per known function; any other file gets a plain string.
$samples = [
    'Reverse' => 'worker directory',
    'Sum' => [1, 2, 3, 4.5],
    'Resize' => ['width' => 4032, 'height' => 3024, 'max' => 800],
];

$functions = [];
foreach (glob(__DIR__ . '/*.php') as $file) {
    $name = basename($file, '.php');
    if ($file === __FILE__ || !preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $name)) continue;
    $functions[] = $name;
}
sort($functions);
echo "worker directory ", __DIR__, ": ", count($functions), " job files (", implode(', ', $functions), ")\n";

[$server, $addr] = ex_server(['queue' => 'memory']);
// One worker process per file, each with the one ability its file provides,
// as a supervisor with one worker per function would run them.
foreach ($functions as $name) ex_worker([$addr], [$name => []], __DIR__);
foreach ($functions as $name) ex_workers_ready($server, $name, 1);
echo "workers registered: ", implode(', ', array_map(fn($f) => "$f x" . $server->status()[$f]['capable_workers'],
                                                   $functions)), "\n";

$client = new Net_Gearman_Client([$addr]);
$set = new Net_Gearman_Set();
$tasks = [];
$progress = [];  // function => status reports seen by the client
foreach ($functions as $name) {
    $tasks[$name] = $t = new Net_Gearman_Task($name, $samples[$name] ?? 'hello');
    $t->attachCallback(function ($func, $handle, $n, $d) use ($name, &$progress) {
        $progress[$name][] = "$n/$d";
    }, Net_Gearman_Task::TASK_STATUS);
    $set->addTask($t);
}
$t0 = microtime(true);
$client->runSet($set, 10);
$ok = 0;
foreach ($tasks as $name => $t) {
    $ok += (int)($t->finished && is_array($t->result));
    printf("  %-8s %-45s -> %s%s\n", $name, json_encode($t->arg), $t->finished ? json_encode($t->result) : 'NOT FINISHED',
           isset($progress[$name]) ? '  (progress ' . implode(' ', $progress[$name]) . ')' : '');
}
printf("%d/%d job classes loaded and answered in %.1f ms\n", $ok, count($functions), (microtime(true) - $t0) * 1000);
echo "workers stopped cleanly: ", ex_stop_workers(), "/", count($functions), "\n";
exit($ok === count($functions) ? 0 : 1);
