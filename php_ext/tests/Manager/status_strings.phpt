--TEST--
Net_Gearman_Manager::status(): function => in_queue/jobs_running/capable_workers as strings
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
var_dump($m->status());
$c = mgr_connect($srv['port']);
mgr_submit_bg($c, 'resize', 'u1', 'a');
mgr_submit_bg($c, 'resize', 'u2', 'b');
mgr_submit_bg($c, '123', 'u3', 'c');
$w = mgr_worker($srv['port'], ['resize']);
$st = $m->status();
ksort($st);
var_dump($st);
?>
--EXPECT--
array(0) {
}
array(2) {
  [123]=>
  array(3) {
    ["in_queue"]=>
    string(1) "1"
    ["jobs_running"]=>
    string(1) "0"
    ["capable_workers"]=>
    string(1) "0"
  }
  ["resize"]=>
  array(3) {
    ["in_queue"]=>
    string(1) "2"
    ["jobs_running"]=>
    string(1) "0"
    ["capable_workers"]=>
    string(1) "1"
  }
}
