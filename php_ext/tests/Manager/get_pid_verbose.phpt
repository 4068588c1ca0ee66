--TEST--
Net_Gearman_Manager::getPid() is the server's pid (int); verbose() is its log level name
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
$pid = $m->getPid();
var_dump(is_int($pid), $pid === $srv['pid']);
var_dump($m->verbose());
$srv2 = gt_server_start(['--verbose=INFO']);
$m2 = new Net_Gearman_Manager($srv2['host']);
var_dump($m2->verbose());
var_dump($m2->getPid() === $srv2['pid'], $m2->getPid() !== $pid);
?>
--EXPECT--
bool(true)
bool(true)
string(5) "ERROR"
string(4) "INFO"
bool(true)
bool(true)
