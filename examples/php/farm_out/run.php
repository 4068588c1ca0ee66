<?php
/**
 * Farm out slow calls. A cron script refreshes N customers; each refresh
 * needs five slow web-service calls (50-200 ms each, see services.php) and
 * a processing step. Done one after another in the cron script, the waits
 * add up; with Gearman the script only queues one background Update job per
 * customer, each Update fans its five calls out as Fetch jobs that run in
 * parallel, and the cron script is free as soon as the jobs are queued.
 * Both approaches compute the same records; the script checks they match.
 *
 * usage: php -d extension=sockets -d extension=geartrain.so farm_out/run.php
 *            [--quick] [--customers=N] [--fetch-workers=W] [--update-workers=U]
 */
require __DIR__ . '/../common.php';
require __DIR__ . '/services.php';

$quick = ex_quick();
$opt = getopt('', ['quick', 'customers:', 'fetch-workers:', 'update-workers:']);
$n = (int)($opt['customers'] ?? ($quick ? 5 : 20));
$fetchWorkers = (int)($opt['fetch-workers'] ?? ($quick ? 5 : 8));
$updateWorkers = (int)($opt['update-workers'] ?? 2);
$customers = array_map(fn($i) => sprintf('customer-%03d', $i), range(1, $n));

$latency = 0;
foreach ($customers as $c) foreach (FARM_SERVICES as $s) $latency += farm_latency_ms($c, $s);
printf("%d customers x %d services, %d calls, %.2f s of service latency in total\n",
       $n, count(FARM_SERVICES), $n * count(FARM_SERVICES), $latency / 1000);

// ---- Sequential: the cron script makes every call itself -----------------
$t0 = microtime(true);
$expected = [];
foreach ($customers as $c) {
    $answers = [];
    foreach (FARM_SERVICES as $service) $answers[] = farm_call($c, $service);
    $expected[$c] = farm_process($c, $answers);
}
$sequential = microtime(true) - $t0;
printf("sequential (one call after another, in-process): %6.2f s\n", $sequential);

// ---- Gearman: queue the Updates, the workers do the rest -----------------
[$server, $addr] = ex_server(['queue' => 'memory']);
$out = sys_get_temp_dir() . '/geartrain-farm-' . getmypid();
mkdir($out);
register_shutdown_function(function () use ($out) {
    if (getmypid() !== $GLOBALS['EX']['owner']) return;
    array_map('unlink', glob("$out/*.json"));
    @rmdir($out);
});
// Update and Fetch run in separate workers: an Update waits for its Fetch
// jobs, so a worker doing both could end up waiting for itself.
for ($i = 0; $i < $updateWorkers; $i++) {
    ex_worker([$addr], ['Update' => ['servers' => [$addr], 'out' => $out]], __DIR__ . '/jobs');
}
for ($i = 0; $i < $fetchWorkers; $i++) ex_worker([$addr], ['Fetch' => []], __DIR__ . '/jobs');
ex_workers_ready($server, 'Update', $updateWorkers);
ex_workers_ready($server, 'Fetch', $fetchWorkers);

$t0 = microtime(true);
$client = new Net_Gearman_Client([$addr]);
// Background jobs: the cron script gets a handle per customer and is done.
// The default unique id is derived from the function and the argument, so
// a second cron run while a customer's Update is still queued is merged
// into the queued job instead of doing the work twice.
foreach ($customers as $c) $client->Update($c);
$queued = microtime(true) - $t0;
// Only the demo waits, to measure: until the server has no Update left.
ex_drained($server, 'Update', 10 + $latency / 1000);
$gearman = microtime(true) - $t0;
printf("gearman (%d Update + %d Fetch workers):          %6.2f s  (the cron script was done queuing after %.1f ms)\n",
       $updateWorkers, $fetchWorkers, $gearman, $queued * 1000);
printf("speed-up: %.1fx\n", $sequential / $gearman);

$same = 0;
foreach ($customers as $c) {
    $got = json_decode((string)@file_get_contents("$out/$c.json"), true);
    $same += (int)($got === $expected[$c]);
}
printf("records identical to the sequential ones: %d/%d %s\n", $same, $n, $same === $n ? 'yes' : 'NO');
printf("sample: %s\n", json_encode($expected[$customers[0]]));
echo "workers stopped cleanly: ", ex_stop_workers(), "/", $updateWorkers + $fetchWorkers, "\n";
