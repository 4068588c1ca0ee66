--TEST--
Worker fail-over: two servers, one killed while jobs flow (work goes on on the other), restarted on the same port (the worker re-registers within its retry time), no job lost
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$a = gt_server_start();
$b = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Count', 'file_put_contents(__DIR__ . "/done", "$arg\n", FILE_APPEND); return $arg;');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1], $argv[2]], 'failover-id');
$worker->attachCallback(function ($m, $s) {
    if (preg_match('/^(Putting|Connected to|Removing)/', $m)) echo str_replace($s, 'HOST', $m), "\n";
}, Net_Gearman_Worker::WORKER_STATUS);
$worker->addAbility('Count');
$worker->beginWork();
PHP, [$a['host'], $b['host']]);
var_dump(gtw_registered($a, 'Count') && gtw_registered($b, 'Count'));
$done = function () use ($dir) { return is_file("$dir/done") ? count(file("$dir/done", FILE_IGNORE_NEW_LINES)) : 0; };
$submit = function (array $servers, int $from, int $n) {
    $c = new Net_Gearman_Client(array_map(fn($s) => $s['host'], $servers));
    for ($i = $from; $i < $from + $n; $i++) $c->Count("job$i");
};
$submit([$a, $b], 0, 40);
var_dump(gtw_until(fn() => $done() === 40));

gt_server_stop($a);
echo gtw_line($w), "\n";  // the worker notices at once (EOF wakes its poll)
$submit([$a, $b], 40, 40);  // the client fails over to b
var_dump(gtw_until(fn() => $done() === 80));

$restarted = microtime(true);
$a2 = gt_server_start([], $a['port']);
var_dump(gtw_registered($a2, 'Count', 1, 15));
$took = microtime(true) - $restarted;
var_dump($took < 3.5 ? 'within the retry time' : "took $took s");
var_dump(str_contains(gt_admin($a2['port'], 'workers'), 'failover-id : Count'));
echo gtw_line($w), "\n", gtw_line($w), "\n";
$submit([$a2], 80, 20);
var_dump(gtw_until(fn() => $done() === 100));
$got = file("$dir/done", FILE_IGNORE_NEW_LINES);
sort($got);
$want = array_map(fn($i) => "job$i", range(0, 99));
sort($want);
var_dump($got === $want);
?>
--EXPECT--
bool(true)
bool(true)
Putting HOST connection to sleep for 3 seconds
bool(true)
bool(true)
string(21) "within the retry time"
bool(true)
Removing server from the retry list.
Connected to HOST
bool(true)
bool(true)
