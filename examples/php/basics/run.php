<?php
/**
 * Gearman basics with the Net_Gearman 2.x API, served by an embedded
 * Net_Gearman_Server with a durable (SQLite) queue:
 *   1. priorities: low, normal and high background jobs queued while no
 *      worker runs; a worker started afterwards takes the high ones first;
 *   2. foreground (the client waits for the result) and background (the
 *      client gets a handle at once, the result is not returned) jobs;
 *   3. a task set with per-task complete/fail callbacks and a set callback;
 *   4. polling the status of a background job that reports its progress.
 *
 * usage: php -d extension=sockets -d extension=geartrain.so basics/run.php [--quick]
 */
require __DIR__ . '/../common.php';

$quick = ex_quick();
$queueFile = sys_get_temp_dir() . '/geartrain-basics-' . getmypid() . '.sqlite';
$orderFile = sys_get_temp_dir() . '/geartrain-basics-' . getmypid() . '.order';
register_shutdown_function(function () use ($queueFile, $orderFile) {
    if (getmypid() !== $GLOBALS['EX']['owner']) return;
    ex_shutdown();  // the server must close the file before it goes
    ex_unlink_sqlite($queueFile);
    @unlink($orderFile);
});

// Background jobs are written to the SQLite file before the server answers
// JOB_CREATED, so they would survive a restart of the server.
[$server, $addr] = ex_server(['queue' => "sqlite:$queueFile"]);
$client = new Net_Gearman_Client([$addr]);
echo "server on $addr, queue sqlite:", basename($queueFile), "\n";

// ---- 1. Priorities -------------------------------------------------------
echo "\n== 1. priorities\n";
$submitted = [];
$set = new Net_Gearman_Set();
// Queued lowest first, so plain first-in-first-out would run them backwards.
foreach (['low' => Net_Gearman_Task::JOB_LOW_BACKGROUND, 'normal' => Net_Gearman_Task::JOB_BACKGROUND,
          'high' => Net_Gearman_Task::JOB_HIGH_BACKGROUND] as $prio => $type) {
    foreach ([1, 2] as $n) {
        $set->addTask(new Net_Gearman_Task('Record', "$prio-$n", "$prio-$n", $type));
        $submitted[] = "$prio-$n";
    }
}
$client->runSet($set, 10);  // background tasks finish once the server has queued them
$st = $server->status()['Record'];
echo "submitted in this order: ", implode(' ', $submitted), "\n";
echo "queued: {$st['in_queue']} Record jobs, {$st['capable_workers']} workers\n";

$abilities = ['Record' => ['file' => $orderFile], 'Reverse' => [], 'Sum' => [], 'Crunch' => []];
ex_worker([$addr], $abilities, __DIR__ . '/jobs');
ex_workers_ready($server, 'Record', 1);
ex_drained($server, 'Record', 10);
$ran = file($orderFile, FILE_IGNORE_NEW_LINES);
echo "ran in this order:       ", implode(' ', $ran), "\n";
$rank = fn($job) => ['high' => 0, 'normal' => 1, 'low' => 2][explode('-', $job)[0]];
$sorted = $ran;
usort($sorted, fn($a, $b) => $rank($a) <=> $rank($b));  // stable: keeps FIFO within a priority
echo "priority order (high, then normal, then low; FIFO within each): ", $ran === $sorted ? 'yes' : 'NO', "\n";

// ---- 2. Foreground and background ----------------------------------------
echo "\n== 2. foreground and background jobs\n";
// Foreground: a set of one task; runSet() returns when the result is in.
$fg = function (string $func, $arg) use ($client) {
    $task = new Net_Gearman_Task($func, $arg);
    $t0 = microtime(true);
    $client->runSet(new Net_Gearman_Set([$task]), 10);
    printf("foreground %s(%s) = %s  (%.1f ms)\n", $func, json_encode($arg), json_encode($task->result),
           (microtime(true) - $t0) * 1000);
};
$fg('Reverse', 'Hello, Geartrain');
$fg('Sum', range(1, 10));
// Background: the magic method call returns a job handle at once; the result
// is dropped by the server, so the client can only ask whether it is done.
foreach ([['Reverse', 'fire and forget'], ['Sum', [40, 2]]] as [$func, $arg]) {
    $t0 = microtime(true);
    $handle = $client->$func($arg);
    ex_until(fn() => !$client->jobStatus($handle)['known'], 10, "background job $handle");
    printf("background %s(%s): handle %s, done after %.1f ms (result not returned, by design)\n",
           $func, json_encode($arg), $handle, (microtime(true) - $t0) * 1000);
}

// ---- 3. A task set with callbacks ----------------------------------------
echo "\n== 3. task set with callbacks\n";
$set = new Net_Gearman_Set();
$inputs = [['Reverse', 'gearman'], ['Reverse', 'job server'], ['Sum', [1, 2, 3]], ['Sum', [0.5, 0.25]],
           ['Sum', ['one', 'two']]];  // the last one fails: not numbers
$events = ['complete' => 0, 'fail' => 0];
foreach ($inputs as [$func, $arg]) {
    $task = new Net_Gearman_Task($func, $arg);
    $task->attachCallback(function ($func, $handle, $result) use ($arg, &$events) {
        $events['complete']++;
        echo "  complete: $func(", json_encode($arg), ") = ", json_encode($result), "\n";
    });
    $task->attachCallback(function ($task) use (&$events) {
        $events['fail']++;
        echo "  fail:     {$task->func}(", json_encode($task->arg), ")\n";
    }, Net_Gearman_Task::TASK_FAIL);
    $set->addTask($task);
}
$set->attachCallback(function ($results) {
    echo "  set callback: all tasks finished, ", count($results), " results\n";
});
$t0 = microtime(true);
$client->runSet($set, 10);
printf("%d tasks: %d completed, %d failed, in %.1f ms\n", count($inputs), $events['complete'], $events['fail'],
       (microtime(true) - $t0) * 1000);

// ---- 4. Polling a background job's status --------------------------------
echo "\n== 4. job status of a background job\n";
$arg = $quick ? ['steps' => 5, 'step_ms' => 60] : ['steps' => 10, 'step_ms' => 200];
$handle = $client->Crunch($arg);
$t0 = microtime(true);
$seen = -1;
$polls = 0;
ex_until(function () use ($client, $handle, $t0, &$seen, &$polls) {
    $polls++;
    $s = $client->jobStatus($handle);
    if ($s['known'] && $s['numerator'] !== $seen) {
        $seen = $s['numerator'];
        printf("  %6.0f ms  %s  %d/%d\n", (microtime(true) - $t0) * 1000, $s['running'] ? 'running' : 'queued ',
               $s['numerator'], $s['denominator']);
    }
    return !$s['known'];  // the server forgets a job once it is complete
}, 10 + $arg['steps'] * $arg['step_ms'] / 1000, "Crunch job $handle");
printf("Crunch %s: finished after %.0f ms, last status seen %d/%d, %d polls\n", $handle,
       (microtime(true) - $t0) * 1000, $seen, $arg['steps'], $polls);

$stopped = ex_stop_workers();
echo "\nworkers stopped cleanly: $stopped; queue now: ", json_encode($server->status()['Crunch']), "\n";
