--TEST--
Worker in the test process (so valgrind runs sees it): queued jobs of every outcome (complete, Job_Exception, missing class, reported RuntimeException, progress packets) with their callbacks, then the default RuntimeException leaving beginWork
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
define('NET_GEARMAN_JOB_PATH', $dir);
gtw_job($dir, 'Echo', 'return $arg;');
gtw_job($dir, 'JobEx', 'throw new Net_Gearman_Job_Exception("job ex");');
gtw_job($dir, 'Rt', 'throw new RuntimeException("rt ex");');
gtw_job($dir, 'Progress', '$this->status(1, 2); $this->sendData("d"); $this->sendWarning("w"); return ["u" => $this->getUniqueId()];');
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
foreach ([['Echo', ['a' => [1, 2]]], ['Echo', "bin\0ary"], ['JobEx', 'x'], ['Missing', 'y'], ['Rt', 'z'], ['Progress', 'p']] as $i => [$f, $a]) {
    $set->addTask(new Net_Gearman_Task($f, $a, "u$i", Net_Gearman_Task::JOB_BACKGROUND));
}
$client->runSet($set, 10);
var_dump(gt_queued($server, 'Echo'));

$worker = new Net_Gearman_Worker([$server['host']]);
$worker->setReportExceptions(true);
$ended = 0;
$worker->attachCallback(function ($h, $n, $a) { echo "start $n ", json_encode($a), "\n"; }, Net_Gearman_Worker::JOB_START);
$worker->attachCallback(function ($h, $n, $r) use (&$ended) { $ended++; echo "complete $n ", json_encode($r), "\n"; });
$worker->attachCallback(function ($h, $n, $e) use (&$ended) { $ended++; echo "fail $n ", get_class($e), ": ", $e->getMessage(), "\n"; }, Net_Gearman_Worker::JOB_FAIL);
foreach (['Echo', 'JobEx', 'Missing', 'Rt', 'Progress'] as $f) $worker->addAbility($f);
$worker->beginWork(function () use (&$ended) { return $ended >= 6; });
$st = $worker->connection_status();
var_dump($st['connected'], array_sum($st['stats']));
unset($worker);
var_dump(gtw_drained($server, 'Echo') && gtw_drained($server, 'Rt'));

$client->Rt('again');
$worker = new Net_Gearman_Worker([$server['host']]);
$worker->addAbility('Rt');
try {
    $worker->beginWork();
} catch (RuntimeException $e) {
    echo "left beginWork: ", $e->getMessage(), "\n";
}
$worker->endWork();
var_dump(gtw_until(fn() => gt_queued($server, 'Rt') === 1));
?>
--EXPECTF--
int(2)
start Echo {"a":[1,2]}
complete Echo {"a":[1,2]}
start Echo "bin\u0000ary"
complete Echo {"result":"bin\u0000ary"}
start JobEx "x"
fail JobEx Net_Gearman_Job_Exception: job ex
fail Missing Net_Gearman_Job_Exception: Invalid Job class file: <empty>
start Rt "z"
fail Rt RuntimeException: rt ex
start Progress "p"
complete Progress {"u":"u5"}
int(1)
int(6)
bool(true)
left beginWork: rt ex
bool(true)
