--TEST--
geartrain-supervisor limits: a worker stops after max_runs_per_worker jobs (-r) and after max_worker_lifetime plus its splay (-x), each time between jobs, and is started again at once; no job is lost
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse']);
$sup = gts_start($dir, ['-r', '2', '-w', "$dir/workers", '-h', $server['host'], '-l', "$dir/log", '-vvv']);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Reverse') === 1));
$client = new Net_Gearman_Client([$server['host']]);
for ($i = 0; $i < 5; $i++) $client->Reverse("job $i");
var_dump(gtw_drained($server, 'Reverse'));
$log = gts_log("$dir/log");
var_dump(substr_count($log, 'Worker stopping: it ran 2 job(s) (max_runs_per_worker)') >= 2);
var_dump(preg_match_all('/\(Reverse\) exited with code 0 after \d+ s; restarting/', $log) >= 2);
var_dump(substr_count($log, 'Completed Job: Reverse'));
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));

file_put_contents("$dir/config.ini", "[GearmanManager]\nworker_dir=$dir/workers\nhost={$server['host']}\n"
    . "max_worker_lifetime=1\nworker_restart_splay=0\nlog_file=$dir/log2\nverbose=2\n");
$sup = gts_start($dir, ['-c', "$dir/config.ini"]);
var_dump((bool)gtw_until(fn() => preg_match_all('/Started child \d+ \(Reverse\)/', gts_log("$dir/log2")) >= 2, 10));
var_dump(str_contains(gts_log("$dir/log2"), 'Worker stopping: its lifetime of 1 s has passed'));
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(5)
int(0)
bool(true)
bool(true)
int(0)
