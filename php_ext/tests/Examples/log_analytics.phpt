--TEST--
examples/php/log_analytics/run.php --quick: two job servers with SQLite queues keep their backlog across a restart, both get lines, and the aggregated totals equal what the agent sent
--SKIPIF--
<?php require __DIR__ . '/examples.inc'; exx_skipif('log_analytics/run.php', true); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
$r = exx_run('log_analytics/run.php', true);
echo "exit ", var_export($r['code'], true), "\n", $r['err'];
echo exx_grep($r['out'], ['/^(job servers|phase|load balancing|totals|workers)/', '/^\s+both job servers restarted/']);
// The backlog of 200 lines, split over the two servers, is the same after the restart.
preg_match('/^phase 1: 200 lines queued with no worker running: \[(\d+),(\d+)\]/m', $r['out'], $before);
preg_match('/still queued: \[(\d+),(\d+)\]/', $r['out'], $after);
var_dump(count($before) === 3 && $before[1] + $before[2] === 200 && $before[1] > 0 && $before[2] > 0,
         array_slice($before, 1) === array_slice($after, 1));
preg_match('/^load balancing by unique id: log1 got (\d+) lines, log2 got (\d+)$/m', $r['out'], $lb);
var_dump($lb[1] + $lb[2] === 400 && $lb[1] > 0 && $lb[2] > 0);
echo "SQLite files left: ", count(glob(sys_get_temp_dir() . "/geartrain-log-{$r['pid']}-*")), "\n";
?>
--EXPECTF--
exit 0
job servers: log1 on 127.0.0.1:%d, log2 on 127.0.0.1:%d (SQLite queues)
phase 1: 200 lines queued with no worker running: [%d,%d] (log1, log2)
         both job servers restarted; still queued: [%d,%d]
phase 2: 200 more lines sent in %f s while 2 workers drained both queues; all 400 aggregated %f s
load balancing by unique id: log1 got %d lines, log2 got %d
totals: sent 400 lines / %d bytes; counted 400 by status, 400 by path, %d bytes: match
workers stopped cleanly: 2/2
bool(true)
bool(true)
bool(true)
SQLite files left: 0
