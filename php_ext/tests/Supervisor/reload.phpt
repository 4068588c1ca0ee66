--TEST--
geartrain-supervisor: SIGHUP re-reads the configuration and pools grow and shrink to the new counts (every worker restarted after its job); a broken configuration is logged and the old one kept
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse', 'Sum']);
$ini = fn(int $rev, int $sum) => "[GearmanManager]\nworker_dir=$dir/workers\nhost={$server['host']}\n"
    . "log_file=$dir/log\nverbose=2\nworker_initial_spawn_splay=0\n\n[Reverse]\ndedicated_count=$rev\n[Sum]\ndedicated_count=$sum\n";
file_put_contents("$dir/config.ini", $ini(1, 3));
$sup = gts_start($dir, ['-c', "$dir/config.ini"]);
$counts = fn() => [gts_workers_of($server, 'Reverse'), gts_workers_of($server, 'Sum')];
var_dump((bool)gtw_until(fn() => $counts() === [1, 3]));
file_put_contents("$dir/config.ini", $ini(3, 1));
proc_terminate($sup['proc'], SIGHUP);
var_dump((bool)gtw_until(fn() => $counts() === [3, 1]));
echo json_encode($counts()), "\n";
var_dump(str_contains(gts_log("$dir/log"), 'Configuration reloaded'));
file_put_contents("$dir/config.ini", "[GearmanManager]\ncount=lots\n");
proc_terminate($sup['proc'], SIGHUP);
var_dump((bool)gtw_until(fn() => str_contains(gts_log("$dir/log"), "Keeping the old configuration: Net_Gearman_Supervisor: [GearmanManager] count must be a whole number >= 0, 'lots' given")));
var_dump((bool)gtw_until(fn() => $counts() === [3, 1]));
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
bool(true)
[3,1]
bool(true)
bool(true)
bool(true)
int(0)
