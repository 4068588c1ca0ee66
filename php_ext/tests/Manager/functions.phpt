--TEST--
Net_Gearman_Manager: createFunction(), dropFunction() and priorityStatus()
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
var_dump($m->priorityStatus());
var_dump($m->createFunction('made'));
var_dump($m->status()['made']);
var_dump($m->dropFunction('made'));
var_dump(array_key_exists('made', $m->status()));
var_dump($m->dropFunction('made'));       // no such function
mgr_try(fn() => $m->createFunction('bad name'));
mgr_try(fn() => $m->createFunction(''));
mgr_try(fn() => $m->dropFunction("x\ny"));
// A function with a worker cannot be dropped.
$w = mgr_worker($srv['port'], ['busy']);
mgr_try(fn() => $m->dropFunction('busy'));
// priorityStatus counts queued jobs per priority, as ints.
$c = mgr_connect($srv['port']);
mgr_submit_bg($c, 'busy', 'h1', 'x', 32);
mgr_submit_bg($c, 'busy', 'h2', 'x', 32);
mgr_submit_bg($c, 'busy', 'n1', 'x', 18);
mgr_submit_bg($c, 'busy', 'l1', 'x', 34);
mgr_submit_bg($c, '42', 'l2', 'x', 34);
$p = $m->priorityStatus();
ksort($p);
var_dump($p);
?>
--EXPECT--
array(0) {
}
bool(true)
array(3) {
  ["in_queue"]=>
  string(1) "0"
  ["jobs_running"]=>
  string(1) "0"
  ["capable_workers"]=>
  string(1) "0"
}
bool(true)
bool(false)
bool(false)
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: there are still connected workers or executing clients
array(2) {
  [42]=>
  array(4) {
    ["high"]=>
    int(0)
    ["normal"]=>
    int(0)
    ["low"]=>
    int(1)
    ["workers"]=>
    int(0)
  }
  ["busy"]=>
  array(4) {
    ["high"]=>
    int(2)
    ["normal"]=>
    int(1)
    ["low"]=>
    int(1)
    ["workers"]=>
    int(1)
  }
}
