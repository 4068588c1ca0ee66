--TEST--
examples/php/farm_out/run.php --quick: sequential and Gearman wall times, a speed-up above 1.5x, the same records both ways, every worker stopped
--SKIPIF--
<?php require __DIR__ . '/examples.inc'; exx_skipif('farm_out/run.php'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
$r = exx_run('farm_out/run.php');
echo "exit ", var_export($r['code'], true), "\n", $r['err'];
echo exx_grep($r['out'], ['/^(\d+ customers|sequential|gearman|speed-up|records|workers)/']);
// Five customers' calls take 1.3-5 s one after another; with five Fetch
// workers each Update waits only for its slowest call.
preg_match('/^speed-up: ([\d.]+)x$/m', $r['out'], $m);
echo "speed-up above 1.5x: ", var_export(($m[1] ?? 0) > 1.5, true), "\n";
echo "results dir left: ", var_export(file_exists(sys_get_temp_dir() . "/geartrain-farm-{$r['pid']}"), true), "\n";
?>
--EXPECTF--
exit 0
5 customers x 5 services, 25 calls, %f s of service latency in total
sequential (one call after another, in-process):%s s
gearman (2 Update + 5 Fetch workers):%s s  (the cron script was done queuing after %f ms)
speed-up: %fx
records identical to the sequential ones: 5/5 yes
workers stopped cleanly: 7/7
speed-up above 1.5x: true
results dir left: false
