--TEST--
geartrain-supervisor with a job server that is down: each worker says so at ERROR level (even at verbose 0), keeps retrying without crashing, and still stops within 2 s of SIGTERM
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse']);
$port = gt_free_port();  // nothing listens there
$sup = gts_start($dir, ['-w', "$dir/workers", '-h', "127.0.0.1:$port", '-l', "$dir/log"]);
var_dump((bool)gtw_until(fn() => str_contains(gts_log("$dir/log"), "ERROR Could not connect to job server 127.0.0.1:$port; retrying")));
$t = microtime(true);
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup), microtime(true) - $t < 2.0);
echo preg_match('/exited with code [1-9]|killed by/', gts_log("$dir/log")) ? "a worker crashed\n" : "no worker crashed\n";
?>
--EXPECT--
bool(true)
int(0)
bool(true)
no worker crashed
