<?php
/*
 * One PHP worker draining N queued background jobs of function "bench",
 * for bench/run_php_worker.sh:
 *   php bench/php_worker.php ours|prefetch|pecl HOST:PORT N JOBDIR
 * ours: Net_Gearman_Worker (geartrain extension) running the job class
 *       JOBDIR/bench.php (Net_Gearman_Job_bench: returns its argument);
 * prefetch: the same with $worker->setPrefetch(true);
 * pecl: GearmanWorker with a function doing the same.
 * Both count jobs in the job itself and stop at N. Prints one line:
 *   jobs=N seconds=S rate=R
 * Timing starts once the worker is connected and registered.
 */
[$mode, $host, $n, $jobdir] = [$argv[1], $argv[2], (int)$argv[3], $argv[4]];
[$h, $p] = explode(':', $host);
if ($mode === 'ours' || $mode === 'prefetch') {
    define('NET_GEARMAN_JOB_PATH', $jobdir);
    require $jobdir . '/bench.php';
    $worker = new Net_Gearman_Worker([$host]);
    if ($mode === 'prefetch') {
        $worker->setPrefetch(true);
    }
    $worker->addAbility('bench');
    $start = microtime(true);
    $worker->beginWork(fn() => Net_Gearman_Job_bench::$done >= $n);
    $done = Net_Gearman_Job_bench::$done;
} else {
    $done = 0;
    $worker = new GearmanWorker();
    $worker->addServer($h, (int)$p);
    $worker->addFunction('bench', function (GearmanJob $job) use (&$done) {
        $done++;
        return $job->workload();
    });
    $start = microtime(true);
    while ($done < $n && $worker->work()) {
    }
}
$s = microtime(true) - $start;
printf("jobs=%d seconds=%.3f rate=%.0f\n", $done, $s, $done / $s);
