<?php
/**
 * A client written for the Net_Gearman 2.x library, unchanged: with the
 * geartrain extension loaded it runs with no library files present (no
 * require, no autoloader). It fires a background job with the magic
 * __call, then runs a task set with per-task and per-set callbacks.
 *
 * usage: php -d extension=geartrain net_gearman_client.php [host:port]
 * A worker must serve "Reverse" (Net_Gearman's JSON convention: the result is
 * a JSON object). examples/php/README.md shows one with the gearman CLI.
 */

$server = $argv[1] ?? '127.0.0.1:4730';

$client = new Net_Gearman_Client([$server], 2000);

// A background job: the method name is the function, the result a handle.
$handle = $client->Update(['id' => 42, 'when' => 'now']);
echo "background job: $handle\n";

// A set of foreground tasks, each with a completion callback.
$set = new Net_Gearman_Set();
foreach (['hello', 'gearman', 'world'] as $word) {
    $task = new Net_Gearman_Task('Reverse', $word);
    $task->attachCallback(function ($func, $handle, $result) use ($word) {
        echo "$func($word) = ", is_array($result) ? json_encode($result) : var_export($result, true), "\n";
    });
    $task->attachCallback(function ($task) {
        echo "{$task->func}({$task->arg}) failed\n";
    }, Net_Gearman_Task::TASK_FAIL);
    $set->addTask($task);
}
$set->attachCallback(function ($results) {
    echo "set finished with ", count($results), " results\n";
});
$client->runSet($set, 30);
echo count($set) === 0 ? "all tasks done\n" : count($set) . " tasks unfinished\n";
