--TEST--
Client::runSet: WORK_STATUS, WORK_DATA and WORK_WARNING reach status/data/warning callbacks (the library threw on 28/29)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_worker_start($server);
$client = new Net_Gearman_Client($server['host']);
$t = new Net_Gearman_Task('progress', 'x');
$t->attachCallback(function ($f, $h, $n, $d) { echo "status $f ", var_export($n, true), "/", var_export($d, true), "\n"; },
                   Net_Gearman_Task::TASK_STATUS);
$t->attachCallback(function ($f, $h, $data, $u) { echo "data $data\n"; }, Net_Gearman_Task::TASK_DATA);
$t->attachCallback(function ($f, $h, $data, $u) { echo "warning $data\n"; }, Net_Gearman_Task::TASK_WARNING);
$t->attachCallback(function ($f, $h, $r, $u) { echo "complete ", json_encode($r), "\n"; });
$client->runSet(new Net_Gearman_Set([$t]));
var_dump($t->finished);
?>
--EXPECT--
status progress 1/2
data d1
warning w1
status progress 2/2
complete {"done":true}
bool(true)
