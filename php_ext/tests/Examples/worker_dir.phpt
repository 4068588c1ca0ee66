--TEST--
examples/php/worker_dir/run.php --quick: one worker per job file of workers/ (classes named as the files), one job of each answered; config.ini's plan for workers/ has only those functions
--SKIPIF--
<?php require __DIR__ . '/examples.inc'; exx_skipif('worker_dir/run.php'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
$r = exx_run('worker_dir/run.php');
echo "exit ", var_export($r['code'], true), "\n", $r['err'], $r['out'];
// What bin/geartrain-supervisor would start for the README's command: the
// job files only (run.php and config.ini live next to workers/, not in it).
$dir = exx_dir() . '/worker_dir';
$sup = Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/config.ini", '-w', "$dir/workers", '-h', '127.0.0.1:4730']);
foreach ($sup->plan() as $p) echo "process: ", implode(',', $p['functions']), $p['do_all'] ? ' (do all)' : '', "\n";
?>
--EXPECTF--
exit 0
worker directory %s/worker_dir/workers: 3 job files (Resize, Reverse, Sum)
workers registered: Resize x1, Reverse x1, Sum x1
  Resize   {"width":4032,"height":3024,"max":800}        -> {"width":800,"height":600,"scale":0.1984}  (progress 1/3 2/3 3/3)
  Reverse  "worker directory"                            -> {"result":"yrotcerid rekrow"}
  Sum      [1,2,3,4.5]                                   -> {"sum":10.5,"count":4}
3/3 job classes loaded and answered in %f ms
workers stopped cleanly: 3/3
process: Resize,Reverse,Sum (do all)
process: Resize
process: Resize
