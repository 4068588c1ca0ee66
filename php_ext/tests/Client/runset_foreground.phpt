--TEST--
Client::runSet: foreground tasks, complete callbacks (func, handle, result, uniq), JSON results, set callback once
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_worker_start($server);
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
$seen = [];
foreach (['a', 'b', 'c'] as $arg) {
    $task = new Net_Gearman_Task('json', $arg);
    $task->attachCallback(function ($func, $handle, $result, $uniq) use (&$seen, $task) {
        $seen[] = [$func, $handle === $task->handle, $result, $uniq === $task->uniq];
    });
    $set->addTask($task);
}
$set->attachCallback(function ($results) { echo "set callback: ", json_encode($results), "\n"; });
$client->runSet($set);
usort($seen, fn($x, $y) => strcmp($x[2]['result'], $y[2]['result']));
echo json_encode($seen), "\n";
var_dump($set->tasksCount, count($set), count($set->handles));
foreach ($set as $t) { var_dump($t->finished); }
// A worker result that is not JSON becomes null, as in the library.
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('echo', 'plain')]);
$client->runSet($set);
var_dump($t->result);
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('echo', ['k' => 'v'])]);
$client->runSet($set);
var_dump($t->result);
// Re-running a finished set returns at once.
$client->runSet($set);
echo "done\n";
?>
--EXPECT--
set callback: [{"result":"a"},{"result":"b"},{"result":"c"}]
[["json",true,{"result":"a"},true],["json",true,{"result":"b"},true],["json",true,{"result":"c"},true]]
int(0)
int(0)
int(3)
bool(true)
bool(true)
bool(true)
NULL
array(1) {
  ["k"]=>
  string(1) "v"
}
done
