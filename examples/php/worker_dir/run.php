<?php
/**
 * Proves the job files of the GearmanManager-style worker directory
 * workers/ load: starts one Net_Gearman_Worker per job file (the function
 * is the file's name and so is the class, as with GearmanManager's PEAR
 * flavour: NET_GEARMAN_JOB_CLASS_PREFIX is "" and NET_GEARMAN_JOB_PATH is
 * workers/), then runs one job of each function through an embedded server.
 * This driver lives next to workers/, not in it, so bin/geartrain-supervisor
 * pointed at workers/ only sees job files (see config.ini and the README).
 *
 * usage: php -d extension=sockets -d extension=geartrain.so worker_dir/run.php [--quick]
 * (always quick; --quick is accepted like the other examples)
 */
require __DIR__ . '/../common.php';

// Class named exactly as the file (workers/Reverse.php: class Reverse), as
// bin/geartrain-supervisor and GearmanManager's PEAR flavour define it.
// The forked workers inherit the constant; Net_Gearman_Job::factory()
// reads it when the first job of a function arrives.
if (!defined('NET_GEARMAN_JOB_CLASS_PREFIX')) {
    define('NET_GEARMAN_JOB_CLASS_PREFIX', '');
}
$jobDir = __DIR__ . '/workers';

// A sample argument per known function; any other file gets a plain string.
$samples = [
    'Reverse' => 'worker directory',
    'Sum' => [1, 2, 3, 4.5],
    'Resize' => ['width' => 4032, 'height' => 3024, 'max' => 800],
];

$functions = [];
foreach (glob("$jobDir/*.php") as $file) {
    $name = basename($file, '.php');
    if (!preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $name)) continue;
    $functions[] = $name;
}
sort($functions);
echo "worker directory $jobDir: ", count($functions), " job files (", implode(', ', $functions), ")\n";

[$server, $addr] = ex_server(['queue' => 'memory']);
// One worker process per file, each with the one ability its file provides,
// as a supervisor with one dedicated worker per function would run them.
foreach ($functions as $name) ex_worker([$addr], [$name => []], $jobDir);
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
