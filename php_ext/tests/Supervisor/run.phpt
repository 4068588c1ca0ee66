--TEST--
geartrain-supervisor with GearmanManager's verified sample (count=1, dedicated_count=1, Sum dedicated_only with dedicated_count=2, one file excluded, one broken): the documented processes start, jobs flow, a killed child comes back with its signal reported, SIGTERM stops everything within 2 s
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse', 'Sum', 'Upper']);
file_put_contents("$dir/workers/Broken.php", "<?php class Broken extends Net_Gearman_Job_Common { public function run(\$a) { return 1 } }\n");
file_put_contents("$dir/config.ini", <<<INI
[GearmanManager]
worker_dir=$dir/workers
count=1
dedicated_count=1
exclude=Upper
host={$server['host']}
log_file=$dir/log
verbose=3
worker_initial_spawn_splay=0

[Sum]
dedicated_only=1
dedicated_count=2
INI);
$sup = gts_start($dir, ['-c', "$dir/config.ini", '-P', "$dir/pid"]);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Reverse') === 2 && gts_workers_of($server, 'Sum') === 2));
var_dump(gts_workers_of($server, 'Upper'), gts_workers_of($server, 'Broken'));
var_dump((int)@file_get_contents("$dir/pid") === $sup['pid']);
echo preg_match('/ERROR Worker file \S+Broken.php is left out: ParseError/', gts_log("$dir/log")) ? "broken file reported\n" : gts_log("$dir/log");

$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
$set->addTask($a = new Net_Gearman_Task('Reverse', 'gearman'));
$set->addTask($b = new Net_Gearman_Task('Sum', [1, 2, 39]));
$client->runSet($set, 10);
echo json_encode($a->result), ' ', json_encode($b->result), "\n";

// Kill one child: it comes back, and the log says how it died.
preg_match_all('/PROC Started child (\d+) \(Sum\)/', gts_log("$dir/log"), $m);
posix_kill_or_proc((int)$m[1][0], 9);
var_dump((bool)gtw_until(fn() => str_contains(gts_log("$dir/log"), "Child {$m[1][0]} (Sum) was killed by SIGKILL")));
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'Sum') === 2 && preg_match_all('/Started child \d+ \(Sum\)/', gts_log("$dir/log")) === 3));

$t = microtime(true);
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup), microtime(true) - $t < 2.0);
var_dump(gts_workers_of($server, 'Reverse') + gts_workers_of($server, 'Sum'), file_exists("$dir/pid"));

function posix_kill_or_proc(int $pid, int $sig): void
{
    // posix may be a shared extension that -n leaves out: use kill(1).
    exec("kill -$sig $pid");
}
?>
--EXPECT--
bool(true)
int(0)
int(0)
bool(true)
broken file reported
{"result":"namraeg"} {"result":42}
bool(true)
bool(true)
int(0)
bool(true)
int(0)
bool(false)
