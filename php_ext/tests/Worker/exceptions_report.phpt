--TEST--
Worker::setReportExceptions(true): a Throwable from run() that is not Net_Gearman_Job_Exception is sent as WORK_EXCEPTION with its message (then WORK_FAIL); JOB_FAIL callbacks run and the worker keeps going
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Rt', 'throw new RuntimeException("rt boom " . $arg);');
gtw_job($dir, 'Err', 'return intdiv(1, 0);');
gtw_job($dir, 'JobEx', 'throw new Net_Gearman_Job_Exception("plain fail");');
gtw_job($dir, 'Echo', 'return $arg;');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
var_dump($worker->setReportExceptions(true));
$worker->attachCallback(function ($h, $n, $e) { echo "JOB_FAIL $n ", get_class($e), "\n"; }, Net_Gearman_Worker::JOB_FAIL);
foreach (['Rt', 'Err', 'JobEx', 'Echo'] as $a) $worker->addAbility($a);
$worker->beginWork();
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Echo'));
$client = new Net_Gearman_Client([$server['host']]);
foreach (['Rt', 'Err', 'JobEx', 'Echo'] as $f) {
    $t = new Net_Gearman_Task($f, 'x');
    $t->attachCallback(function ($func, $h, $msg, $u) { echo "client: TASK_EXCEPTION $func: $msg\n"; }, Net_Gearman_Task::TASK_EXCEPTION);
    $t->attachCallback(function ($task) { echo "client: TASK_FAIL {$task->func}\n"; }, Net_Gearman_Task::TASK_FAIL);
    $t->attachCallback(function ($func, $h, $r) { echo "client: complete $func ", json_encode($r), "\n"; });
    $client->runSet(new Net_Gearman_Set([$t]), 10);
}
for ($i = 0; $i < 4; $i++) echo gtw_line($w), "\n";
?>
--EXPECT--
bool(true)
client: TASK_EXCEPTION Rt: rt boom x
client: TASK_FAIL Rt
client: TASK_EXCEPTION Err: Division by zero
client: TASK_FAIL Err
client: TASK_FAIL JobEx
client: complete Echo {"result":"x"}
NULL
JOB_FAIL Rt RuntimeException
JOB_FAIL Err DivisionByZeroError
JOB_FAIL JobEx Net_Gearman_Job_Exception
