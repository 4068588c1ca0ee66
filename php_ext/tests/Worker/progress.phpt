--TEST--
Worker: a job's status(), sendData() and sendWarning() reach a Net_Gearman_Client's Task callbacks
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Progress', '$this->status(1, 3); $this->sendData("d1"); $this->sendWarning("w1"); $this->status(3, 3); return "done";');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
$worker->addAbility('Progress');
$worker->beginWork();
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Progress'));
$client = new Net_Gearman_Client([$server['host']]);
$t = new Net_Gearman_Task('Progress', 'x');
$t->attachCallback(function ($f, $h, $n, $d) { echo "status $f ", var_export($n, true), "/", var_export($d, true), "\n"; },
                   Net_Gearman_Task::TASK_STATUS);
$t->attachCallback(function ($f, $h, $data, $u) { echo "data $data\n"; }, Net_Gearman_Task::TASK_DATA);
$t->attachCallback(function ($f, $h, $data, $u) { echo "warning $data\n"; }, Net_Gearman_Task::TASK_WARNING);
$t->attachCallback(function ($f, $h, $r, $u) { echo "complete ", json_encode($r), "\n"; });
$client->runSet(new Net_Gearman_Set([$t]), 10);
?>
--EXPECT--
bool(true)
status Progress 1/3
data d1
warning w1
status Progress 3/3
complete {"result":"done"}
