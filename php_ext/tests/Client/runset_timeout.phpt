--TEST--
Client::runSet: the timeout (seconds) ends the run silently, leaving unfinished tasks unfinished
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$client = new Net_Gearman_Client($server['host']);
$t = new Net_Gearman_Task('nobody_serves_this', 'x');
$set = new Net_Gearman_Set([$t]);
$start = microtime(true);
$client->runSet($set, 1);
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.9 && $elapsed < 5, $t->finished, $set->tasksCount, $t->handle !== '');
?>
--EXPECT--
bool(true)
bool(false)
int(1)
bool(true)
