--TEST--
GearmanManager's own sample configurations, started for real: the advanced one (count=10, dedicated_count=1, reverse_string count=3, Sum dedicated_only x5, fetch_url count=15) runs the 21 processes its comment promises, the simple one (count=3) three; jobs flow through them
--SKIPIF--
<?php require __DIR__ . '/supervisor.inc'; gts_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$server = gt_server_start();
$dir = gtw_dir();
mkdir("$dir/workers");
file_put_contents("$dir/workers/reverse_string.php", "<?php\nclass reverse_string extends Net_Gearman_Job_Common { public function run(\$a) { return strrev(\$a); } }\n");
file_put_contents("$dir/workers/Sum.php", "<?php\nclass Sum extends Net_Gearman_Job_Common { public function run(\$a) { return array_sum(\$a); } }\n");
file_put_contents("$dir/workers/fetch_url.php", "<?php\nclass fetch_url extends Net_Gearman_Job_Common { public function run(\$a) { return ['url' => \$a, 'status' => 200]; } }\n");
// The settings of GearmanManager's etc/config-advanced.ini.
file_put_contents("$dir/advanced.ini", <<<INI
[GearmanManager]
worker_dir=$dir/workers
include=*
count=10
dedicated_count=1
max_worker_lifetime=3600
auto_update=1
timeout=300
graceful_shutdown_wait_time=60
host={$server['host']}
log_file=$dir/log
verbose=2
worker_initial_spawn_splay=10000

[reverse_string]
count=3

[Sum]
dedicated_count=5
dedicated_only=1

[fetch_url]
count=15
timeout=30
INI);
$sup = gts_start($dir, ['-c', "$dir/advanced.ini"]);
$want = ['reverse_string' => 11, 'Sum' => 5, 'fetch_url' => 15];
$ready = fn() => array_map(fn($f) => gts_workers_of($server, $f), array_keys($want)) === array_values($want);
var_dump((bool)gtw_until($ready, 30));
echo "processes started: ", preg_match_all('/Started child \d+/', gts_log("$dir/log")), "\n";
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
$set->addTask($a = new Net_Gearman_Task('reverse_string', 'sample'));
$set->addTask($b = new Net_Gearman_Task('Sum', [20, 22]));
$set->addTask($c = new Net_Gearman_Task('fetch_url', 'http://example.com/'));
$client->runSet($set, 10);
echo json_encode([$a->result, $b->result, $c->result]), "\n";
$t = microtime(true);
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup), microtime(true) - $t < 5.0);

// GearmanManager's etc/config.ini: count=3, reverse_string count=3.
file_put_contents("$dir/simple.ini", "[GearmanManager]\ncount = 3\nworker_dir=$dir/workers\nhost={$server['host']}\n"
    . "log_file=$dir/log2\nverbose=2\nworker_initial_spawn_splay=0\n[reverse_string]\ncount = 3\n");
$sup = gts_start($dir, ['-c', "$dir/simple.ini"]);
var_dump((bool)gtw_until(fn() => gts_workers_of($server, 'reverse_string') === 3 && gts_workers_of($server, 'Sum') === 3
                                 && gts_workers_of($server, 'fetch_url') === 3));
echo "processes started: ", preg_match_all('/Started child \d+/', gts_log("$dir/log2")), "\n";
proc_terminate($sup['proc'], SIGTERM);
var_dump(gtw_exit($sup));
?>
--EXPECT--
bool(true)
processes started: 21
[{"result":"elpmas"},{"result":42},{"url":"http:\/\/example.com\/","status":200}]
int(0)
bool(true)
bool(true)
processes started: 3
int(0)
