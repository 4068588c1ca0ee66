--TEST--
examples/php/worker_dir/run.php --quick: one worker per job file of the GearmanManager-style directory, one job of each answered; including run.php does nothing
--SKIPIF--
<?php require __DIR__ . '/examples.inc'; exx_skipif('worker_dir/run.php'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
$r = exx_run('worker_dir/run.php');
echo "exit ", var_export($r['code'], true), "\n", $r['err'], $r['out'];
// A supervisor scanning the directory may include run.php: it must do nothing.
$argv = ['x'];
include exx_dir() . '/worker_dir/run.php';
echo "included run.php: nothing ran\n";
?>
--EXPECTF--
exit 0
worker directory %s/worker_dir: 3 job files (Resize, Reverse, Sum)
workers registered: Resize x1, Reverse x1, Sum x1
  Resize   {"width":4032,"height":3024,"max":800}        -> {"width":800,"height":600,"scale":0.1984}  (progress 1/3 2/3 3/3)
  Reverse  "worker directory"                            -> {"result":"yrotcerid rekrow"}
  Sum      [1,2,3,4.5]                                   -> {"sum":10.5,"count":4}
3/3 job classes loaded and answered in %f ms
workers stopped cleanly: 3/3
included run.php: nothing ran
