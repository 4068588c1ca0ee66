--TEST--
Net_Gearman_Manager: showJobs(), showUniqueJobs() and cancelJob() on queued background jobs
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
var_dump($m->showJobs(), $m->showUniqueJobs());
$c = mgr_connect($srv['port']);
$h1 = mgr_submit_bg($c, 'thumb', 'uniq-1', 'data');
$h2 = mgr_submit_bg($c, 'thumb', '', 'other');
$jobs = $m->showJobs();
usort($jobs, fn($a, $b) => strcmp($a['handle'], $b['handle']));
$handles = array_column($jobs, 'handle');
sort($handles);
$expect = [$h1, $h2];
sort($expect);
var_dump($handles === $expect);
var_dump($jobs[0]);
$u = $m->showUniqueJobs();
var_dump(count($u), in_array('uniq-1', $u, true));
var_dump($m->cancelJob($h1));
$after = array_column($m->showJobs(), 'ignored', 'handle');
// gearmand lists a cancelled job as ignored until a worker grabs it; geartraind drops it.
var_dump(($after[$h1] ?? true) === true, $after[$h2]);
var_dump($m->cancelJob('H:nobody:999'));
mgr_try(fn() => $m->cancelJob(''));
mgr_try(fn() => $m->cancelJob('two words'));
mgr_try(fn() => $m->cancelJob("a\r\nshutdown"));
var_dump($m->version());
?>
--EXPECTF--
array(0) {
}
array(0) {
}
bool(true)
array(4) {
  ["handle"]=>
  string(%d) "H:%s"
  ["retries"]=>
  int(0)
  ["ignored"]=>
  bool(false)
  ["queued"]=>
  bool(false)
}
int(2)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
Net_Gearman_Exception: Invalid job handle
Net_Gearman_Exception: Invalid job handle
Net_Gearman_Exception: Invalid job handle
string(9) "OK 1.1.20"
