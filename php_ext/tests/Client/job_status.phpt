--TEST--
Client::jobStatus: GET_STATUS by handle (an addition the library's users asked for)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$client = new Net_Gearman_Client($server['host']);
$h = $client->Later('x');
$s = $client->jobStatus($h);
var_dump($s['handle'] === $h, $s['known'], $s['running'], $s['numerator'], $s['denominator']);
$s = $client->jobStatus('H:nowhere:1', $server['host']);
var_dump($s['known']);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(0)
int(0)
bool(false)
