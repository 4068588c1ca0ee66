--TEST--
Worker: the classic three-line worker with a job class file (NET_GEARMAN_JOB_PATH defined at run time) serves a Net_Gearman_Client; results wrapped as ['result' => x]
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Reverse', 'return strrev($arg);');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
$worker->addAbility('Reverse');
$worker->beginWork();
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Reverse'));
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
foreach (['foobar', 'abc'] as $arg) {
    $t = new Net_Gearman_Task('Reverse', $arg);
    $t->attachCallback(function ($func, $handle, $result) { echo "$func: ", json_encode($result), "\n"; });
    $set->addTask($t);
}
$client->runSet($set, 10);
var_dump($set->finished());
?>
--EXPECTF--
bool(true)
Reverse: {"result":"%s"}
Reverse: {"result":"%s"}
bool(true)
