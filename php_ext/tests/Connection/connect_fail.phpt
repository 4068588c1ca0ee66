--TEST--
Connection: a refused connect throws the library's message at once; host names, bad addresses
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$port = gt_free_port();
$start = microtime(true);
try { new Net_Gearman_Connection("127.0.0.1:$port", 2000); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(microtime(true) - $start < 1.0);
$c = new Net_Gearman_Connection();  // no host: no connect
var_dump($c->isConnected(), $c->socket);
try { $c->connect('no-such-host.invalid:4730', 500); } catch (Net_Gearman_Exception $e) { echo substr($e->getMessage(), 0, 25), "\n"; }
try { $c->connect('[::1', 500); } catch (Net_Gearman_Exception $e) { echo substr($e->getMessage(), 0, 25), "\n"; }
$server = gt_server_start();
$c->connect('localhost:' . $server['port']);  // a host name
var_dump($c->isConnected());
?>
--EXPECT--
Can't connect to server (111: Connection refused)
bool(true)
bool(false)
NULL
Can't connect to server (
Can't connect to server (
bool(true)
