--TEST--
Worker: run() throwing Net_Gearman_Job_Exception (WORK_FAIL, JOB_FAIL, keeps working), another Net_Gearman_Exception (that server is put to sleep, job re-queued), RuntimeException (leaves beginWork, job re-queued)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'JobEx', 'throw new Net_Gearman_Job_Exception("job ex");');
gtw_job($dir, 'GearEx', 'throw new Net_Gearman_Exception("gear ex");');
gtw_job($dir, 'Rt', 'throw new RuntimeException("rt ex");');
$code = <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
$worker->attachCallback(function ($m, $s) { if (!str_starts_with($m, 'Asking') && !str_starts_with($m, 'Worker going')) echo "status: ", str_replace($s ?? '-', 'HOST', $m), "\n"; }, Net_Gearman_Worker::WORKER_STATUS);
$worker->attachCallback(function ($h, $n, $e) { echo "JOB_FAIL $n ", get_class($e), "\n"; }, Net_Gearman_Worker::JOB_FAIL);
$worker->addAbility($argv[2]);
try {
    $worker->beginWork();
} catch (Throwable $e) {
    echo "left beginWork: ", get_class($e), ": ", $e->getMessage(), "\n";
    exit(3);
}
PHP;
$w = gtw_spawn($dir, $code, [$server['host'], 'JobEx']);
var_dump(gtw_registered($server, 'JobEx'));
$client = new Net_Gearman_Client([$server['host']]);
$t = new Net_Gearman_Task('JobEx', 'x');
$t->attachCallback(function ($task) { echo "client: TASK_FAIL\n"; }, Net_Gearman_Task::TASK_FAIL);
$client->runSet(new Net_Gearman_Set([$t]), 10);
echo gtw_line($w), "\n";
proc_terminate($w['proc'], 9);

$w = gtw_spawn($dir, $code, [$server['host'], 'GearEx']);
var_dump(gtw_registered($server, 'GearEx'));
$client->GearEx('y');
for ($i = 0; $i < 2; $i++) echo gtw_line($w), "\n";
proc_terminate($w['proc'], 9);
var_dump(gtw_until(fn() => gt_queued($server, 'GearEx') === 1));

$w = gtw_spawn($dir, $code, [$server['host'], 'Rt']);
var_dump(gtw_registered($server, 'Rt'));
$client->Rt('z');
echo gtw_line($w), "\n";
var_dump(gtw_exit($w));
var_dump(gtw_until(fn() => gt_queued($server, 'Rt') === 1));
?>
--EXPECT--
bool(true)
client: TASK_FAIL
JOB_FAIL JobEx Net_Gearman_Job_Exception
bool(true)
status: Exception caught while doing work: gear ex
status: Putting HOST connection to sleep for 3 seconds
bool(true)
bool(true)
left beginWork: RuntimeException: rt ex
int(3)
bool(true)
