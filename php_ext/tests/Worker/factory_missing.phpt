--TEST--
Worker: a job whose class file is missing sends WORK_FAIL (the client's TASK_FAIL fires, no hang), JOB_FAIL callbacks get the factory's exception, and the worker goes on
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Echo', 'return $arg;');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
$worker->attachCallback(function ($h, $n, $a) { echo "start $n\n"; }, Net_Gearman_Worker::JOB_START);
$worker->attachCallback(function ($h, $n, $e) { echo "fail $n ", get_class($e), ": ", $e->getMessage(), "\n"; }, Net_Gearman_Worker::JOB_FAIL);
$worker->addAbility('Missing');
$worker->addAbility('Echo');
$worker->beginWork();
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Missing'));
$client = new Net_Gearman_Client([$server['host']]);
$t = new Net_Gearman_Task('Missing', 'x');
$t->attachCallback(function ($task) { echo "client: TASK_FAIL\n"; }, Net_Gearman_Task::TASK_FAIL);
$start = microtime(true);
$client->runSet(new Net_Gearman_Set([$t]), 10);
var_dump($t->finished, microtime(true) - $start < 5);
$t = new Net_Gearman_Task('Echo', 'still working');
$client->runSet(new Net_Gearman_Set([$t]), 10);
echo json_encode($t->result), "\n";
echo gtw_line($w), "\n", gtw_line($w), "\n";
?>
--EXPECT--
bool(true)
client: TASK_FAIL
bool(true)
bool(true)
{"result":"still working"}
fail Missing Net_Gearman_Job_Exception: Invalid Job class file: <empty>
start Echo
