--TEST--
Net_Gearman_Manager: connect to host:port and version() returns the raw trimmed line
--EXTENSIONS--
geartrain
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard();
$srv = gt_server_start();
$m = new Net_Gearman_Manager($srv['host']);
var_dump($m->version());
var_dump($m->version());  // the connection stays in step
$m2 = new Net_Gearman_Manager($srv['host'], 2);
var_dump($m2->version());
$m3 = new Net_Gearman_Manager($srv['host'], "1.5");  // numeric strings are seconds too
var_dump($m3->version());
$m4 = new Net_Gearman_Manager("localhost:{$srv['port']}", 0.5);  // host names resolve
var_dump($m4->version());
$m->disconnect();
mgr_try(fn() => $m->version());
// Constructing again reconnects.
$m->__construct($srv['host']);
var_dump($m->version());
?>
--EXPECT--
string(9) "OK 1.1.20"
string(9) "OK 1.1.20"
string(9) "OK 1.1.20"
string(9) "OK 1.1.20"
string(9) "OK 1.1.20"
Net_Gearman_Exception: Net_Gearman_Manager is not connected (disconnected, or a failed command closed the connection)
string(9) "OK 1.1.20"
