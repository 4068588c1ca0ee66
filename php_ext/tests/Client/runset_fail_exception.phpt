--TEST--
Client::runSet: WORK_FAIL calls fail callbacks with the task; WORK_EXCEPTION calls exception callbacks with the message and then fail
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_worker_start($server);
$client = new Net_Gearman_Client($server['host']);
$f = new Net_Gearman_Task('fail', 'x');
$f->attachCallback(function ($task) use ($f) { echo "fail ", $task === $f ? "same task" : "other", "\n"; },
                   Net_Gearman_Task::TASK_FAIL);
$e = new Net_Gearman_Task('exception', 'y');
$e->attachCallback(function ($func, $h, $msg, $u) { echo "exception $func: $msg\n"; }, Net_Gearman_Task::TASK_EXCEPTION);
$e->attachCallback(function ($task) { echo "fail after exception\n"; }, Net_Gearman_Task::TASK_FAIL);
$set = new Net_Gearman_Set([$f]);
$client->runSet($set);
$set = new Net_Gearman_Set([$e]);
$client->runSet($set);
var_dump($f->finished, $e->finished, $set->tasksCount);
?>
--EXPECT--
fail same task
exception exception: boom: y
fail after exception
bool(true)
bool(true)
int(0)
