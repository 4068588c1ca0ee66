--TEST--
Worker setPrefetch(true) holds at most one unstarted job while a job runs (admin status: 2 running), none without prefetch or when the ability has a timeout (1 running)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Slow', 'touch(__DIR__ . "/started-$arg"); while (!file_exists(__DIR__ . "/go-$arg")) usleep(10000); return $arg;');
$code = <<<'PHP'
[, $dir, $host, $prefetch, $timeout, $jobs] = $argv;
define('NET_GEARMAN_JOB_PATH', $dir);
$w = new Net_Gearman_Worker([$host]);
$w->setPrefetch((bool)$prefetch);
$w->addAbility('Slow', $timeout ? (int)$timeout : null);
$n = 0;
$w->attachCallback(function () use (&$n) { $n++; }, Net_Gearman_Worker::JOB_COMPLETE);
echo "ready\n";
$w->beginWork(function () use (&$n, $jobs) { return $n >= $jobs; });
echo "done $n\n";
PHP;
$client = new Net_Gearman_Client([$server['host']]);
foreach ([['prefetch', 1, 0], ['no prefetch', 0, 0], ['prefetch, timeout', 1, 100000]] as $k => [$label, $prefetch, $timeout]) {
    foreach (['a', 'b', 'c'] as $j) $client->Slow("$k$j");
    $child = gtw_spawn($dir, $code, [$dir, $server['host'], $prefetch, $timeout, 3]);
    gtw_line($child);
    var_dump(gtw_until(fn() => file_exists("$dir/started-{$k}a")));
    if ($prefetch && !$timeout) {
        $running = gtw_until(fn() => (gtw_status($server)['Slow'][1] ?? 0) >= 2 ? gtw_status($server)['Slow'] : null);
    } else {
        // A second job, if any, is assigned right after the first: give it
        // half a second to show up.
        gtw_until(fn() => (gtw_status($server)['Slow'][1] ?? 0) >= 2, 0.5);
        $running = gtw_status($server)['Slow'];
    }
    echo "$label: ", json_encode($running), "\n";
    foreach (['a', 'b', 'c'] as $j) touch("$dir/go-$k$j");
    echo gtw_line($child), "\n";
    var_dump(gtw_exit($child), gtw_drained($server, 'Slow'));
}
?>
--EXPECT--
bool(true)
prefetch: [3,2,1]
done 3
int(0)
bool(true)
bool(true)
no prefetch: [3,1,1]
done 3
int(0)
bool(true)
bool(true)
prefetch, timeout: [3,1,1]
done 3
int(0)
bool(true)
