--TEST--
Worker: a worker idle in beginWork() whose SIGTERM handler (pcntl_signal, no async signals) makes the monitor return true exits within 1 s
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); if (!function_exists('pcntl_signal')) echo "skip pcntl needed"; ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
$w = gtw_spawn($dir, <<<'PHP'
$stop = false;
pcntl_signal(SIGTERM, function () use (&$stop) { $stop = true; echo "handler ran\n"; });
$worker = new Net_Gearman_Worker([$argv[1]]);
$worker->attachCallback(function ($m) { if (str_starts_with($m, 'Worker going quiet')) echo "idle\n"; }, Net_Gearman_Worker::WORKER_STATUS);
$worker->addAbility('nothing');
$worker->beginWork(function () use (&$stop) { return $stop; });
echo "left beginWork\n";
PHP, [$server['host']]);
echo gtw_line($w), "\n";
$start = microtime(true);
proc_terminate($w['proc'], SIGTERM);
$code = gtw_exit($w, 5);
$took = microtime(true) - $start;
var_dump($code);
var_dump($took < 1.0 ? 'within 1 s' : "took $took s");
echo gtw_line($w), "\n", gtw_line($w), "\n";
?>
--EXPECT--
idle
int(0)
string(10) "within 1 s"
handler ran
left beginWork
