--TEST--
Connection::blockingRead: a timeout throws the library's message after the wait (poll, no busy loop)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$c = new Net_Gearman_Connection($server['host']);
$start = microtime(true);
$ru = getrusage();
try { $c->blockingRead(300); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
$ru2 = getrusage();
$cpu = ($ru2['ru_utime.tv_sec'] - $ru['ru_utime.tv_sec']) + ($ru2['ru_utime.tv_usec'] - $ru['ru_utime.tv_usec']) / 1e6;
var_dump(microtime(true) - $start >= 0.29, $cpu < 0.1);
try { $c->blockingRead(1500); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
Socket timeout (0.0000s, 300000.0000μs): (Success)
bool(true)
bool(true)
Socket timeout (1.0000s, 500000.0000μs): (Success)
