--TEST--
Client: a cached connection is replaced after the server restarts (the library failed for ever with "Connection was reset")
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$client = Net_Gearman_Client::getInstance($server['host']);
var_dump(preg_match('/^H:/', $client->Before('x')) === 1);
gt_server_stop($server);
$server = gt_server_start([], $server['port']);  // same port, new process
// Both paths reconnect: __call (retries once on the dead cached socket) and runSet (probes it).
var_dump(preg_match('/^H:/', Net_Gearman_Client::getInstance($server['host'])->After('y')) === 1);
gt_server_stop($server);
$server = gt_server_start([], $server['port']);
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('AfterSet', 'z', null, Net_Gearman_Task::JOB_BACKGROUND)]);
$client->runSet($set);
var_dump(preg_match('/^H:/', $t->handle) === 1, gt_queued($server, 'AfterSet'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(1)
