--TEST--
Client::runSet: workloads with NUL bytes reach the worker whole (the library cut them at the first NUL)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_worker_start($server);
$client = new Net_Gearman_Client($server['host']);
$payload = "a\0b\0\xff" . str_repeat("\0", 3);
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('binary', $payload)]);
$client->runSet($set);
var_dump($t->result['len'], hex2bin($t->result['hex']) === $payload);
// A 1 MiB workload.
$big = random_bytes(1 << 20);
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('binary', $big)]);
$client->runSet($set);
var_dump($t->result['len'], hex2bin($t->result['hex']) === $big);
?>
--EXPECT--
int(8)
bool(true)
int(1048576)
bool(true)
