<?php
/**
 * Near-real-time log analytics. An agent on the web servers ships every
 * access-log line as a background LogLine job; two job servers with durable
 * SQLite queues share the load (the client picks a server from each job's
 * unique id); workers connected to both servers aggregate the lines into an
 * SQLite store that can be queried while lines keep arriving.
 * Phase 1: the workers are down (a deploy); lines queue up, and both job
 * servers are restarted: the queued lines survive in their SQLite files.
 * Phase 2: the workers start and drain the backlog while the agent keeps
 * sending. Then a query prints the figures and checks that every line sent
 * was counted exactly once.
 *
 * usage: php -d extension=sockets -d extension=pdo_sqlite -d extension=geartrain.so
 *            log_analytics/run.php [--quick] [--lines=N] [--workers=W]
 */
require __DIR__ . '/../common.php';
if (!extension_loaded('pdo_sqlite')) {
    fwrite(STDERR, "needs pdo_sqlite: add -d extension=pdo -d extension=pdo_sqlite\n");
    exit(2);
}

$quick = ex_quick();
$opt = getopt('', ['quick', 'lines:', 'workers:']);
$lines = (int)($opt['lines'] ?? ($quick ? 400 : 10000));
$workers = (int)($opt['workers'] ?? ($quick ? 2 : 4));
$tmp = sys_get_temp_dir() . '/geartrain-log-' . getmypid();
$files = ["$tmp-queue1.sqlite", "$tmp-queue2.sqlite", "$tmp-store.sqlite"];
register_shutdown_function(function () use ($files) {
    if (getmypid() !== $GLOBALS['EX']['owner']) return;
    ex_shutdown();  // servers and workers close their files first
    array_map('ex_unlink_sqlite', $files);
});

/** Line $i of a deterministic Apache combined-format log, and its byte count. */
function access_line(int $i): array
{
    static $paths = ['/', '/index.html', '/products', '/products/42', '/products/7', '/cart', '/checkout',
                     '/api/search?q=gear', '/static/app.js', '/static/logo.png', '/login'];
    static $codes = [200 => 80, 304 => 6, 404 => 8, 301 => 4, 500 => 2];  // status => weight in %
    mt_srand($i);
    $path = $paths[mt_rand(0, count($paths) - 1)];
    $pick = mt_rand(1, 100);
    foreach ($codes as $code => $weight) if (($pick -= $weight) <= 0) break;
    $bytes = $code === 304 ? 0 : mt_rand(200, 50000);
    $line = sprintf('10.0.%d.%d - - [%s] "GET %s HTTP/1.1" %d %s "-" "Mozilla/5.0 (demo)"', mt_rand(0, 255),
                    mt_rand(1, 254), gmdate('d/M/Y:H:i:s O', 1700000000 + $i), $path, $code, $bytes ?: '-');
    return [$line, $bytes];
}

/** The agent: ships lines [$from, $to) in pipelined batches of background jobs. */
function ship(Net_Gearman_Client $client, int $from, int $to, array &$sent): void
{
    for ($i = $from; $i < $to; $i += 200) {
        $set = new Net_Gearman_Set();
        $tasks = [];
        for ($j = $i; $j < min($to, $i + 200); $j++) {
            [$line, $bytes] = access_line($j);
            $sent['bytes'] += $bytes;
            // An explicit unique id per line: it picks the server (md5 of the
            // id, as Net_Gearman does) and keeps two identical lines from
            // being merged into one job, as the default id (function +
            // argument) would.
            $tasks[] = $t = new Net_Gearman_Task('LogLine', $line, "line-$j", Net_Gearman_Task::JOB_BACKGROUND);
            $set->addTask($t);
        }
        $client->runSet($set, 30);
        foreach ($tasks as $t) {
            if ($t->handle === '') throw new RuntimeException("line {$t->uniq} was not queued");
            $sent[explode(':', $t->handle)[1]]++;  // H:log1:N or H:log2:N
        }
    }
}

/** LogLine jobs queued on each server. */
function queued(array $servers): string
{
    return json_encode(array_values(array_map(fn($s) => $s->status()['LogLine']['in_queue'] ?? 0, $servers)));
}

$start = function (int $n, int $port = 0) use ($tmp) {
    return ex_server(['port' => $port, 'queue' => "sqlite:$tmp-queue$n.sqlite", 'job_handle_prefix' => "H:log$n"]);
};
[$servers[1], $addr[1]] = $start(1);
[$servers[2], $addr[2]] = $start(2);
echo "job servers: log1 on $addr[1], log2 on $addr[2] (SQLite queues)\n";

$store = new PDO("sqlite:$tmp-store.sqlite", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$store->exec('PRAGMA journal_mode = WAL');  // readers never block the writing workers
$store->exec('CREATE TABLE hits_by_status (status INTEGER PRIMARY KEY, hits INTEGER NOT NULL)');
$store->exec('CREATE TABLE hits_by_path (path TEXT PRIMARY KEY, hits INTEGER NOT NULL, bytes INTEGER NOT NULL)');
$store = null;  // no SQLite connection may cross the fork of the workers

// ---- Phase 1: workers down; the backlog survives a restart ---------------
$sent = ['bytes' => 0, 'log1' => 0, 'log2' => 0];
$half = intdiv($lines, 2);
ship(new Net_Gearman_Client(array_values($addr)), 0, $half, $sent);
echo "phase 1: $half lines queued with no worker running: ", queued($servers), " (log1, log2)\n";
foreach ([1, 2] as $n) {
    $port = $servers[$n]->getPort();
    $servers[$n]->stop();
    [$servers[$n], $addr[$n]] = $start($n, $port);  // the same port, the same queue file
}
echo "         both job servers restarted; still queued: ", queued($servers), "\n";

// ---- Phase 2: workers drain the backlog while the agent keeps sending ----
for ($i = 0; $i < $workers; $i++) ex_worker(array_values($addr), ['LogLine' => ['db' => "$tmp-store.sqlite"]], __DIR__ . '/jobs');
$t0 = microtime(true);
ship(new Net_Gearman_Client(array_values($addr)), $half, $lines, $sent);
$shipped = microtime(true);
foreach ($servers as $server) ex_drained($server, 'LogLine', 30 + $lines / 100);
$done = microtime(true);
printf("phase 2: %d more lines sent in %.2f s while %d workers drained both queues; all %d aggregated %.2f s\n"
       . "         after the workers started (%.0f lines/s), %.0f ms after the last line was sent\n",
       $lines - $half, $shipped - $t0, $workers, $lines, $done - $t0, $lines / ($done - $t0), ($done - $shipped) * 1000);
printf("load balancing by unique id: log1 got %d lines, log2 got %d\n", $sent['log1'], $sent['log2']);

// ---- The query -----------------------------------------------------------
$store = new PDO("sqlite:$tmp-store.sqlite", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
echo "\nhits per status code:\n";
foreach ($store->query('SELECT status, hits FROM hits_by_status ORDER BY hits DESC') as $r) {
    printf("  %d %7d  %5.1f%%\n", $r['status'], $r['hits'], 100 * $r['hits'] / $lines);
}
echo "top paths:\n";
foreach ($store->query('SELECT path, hits, bytes FROM hits_by_path ORDER BY hits DESC, path LIMIT 5') as $r) {
    printf("  %-20s %7d hits %12d bytes\n", $r['path'], $r['hits'], $r['bytes']);
}
$byStatus = (int)$store->query('SELECT SUM(hits) FROM hits_by_status')->fetchColumn();
[$byPath, $bytes] = $store->query('SELECT SUM(hits), SUM(bytes) FROM hits_by_path')->fetch(PDO::FETCH_NUM);
$ok = $byStatus === $lines && (int)$byPath === $lines && (int)$bytes === $sent['bytes'];
printf("\ntotals: sent %d lines / %d bytes; counted %d by status, %d by path, %d bytes: %s\n",
       $lines, $sent['bytes'], $byStatus, $byPath, $bytes, $ok ? 'match' : 'MISMATCH');
$store = null;
echo "workers stopped cleanly: ", ex_stop_workers(), "/$workers\n";
exit($ok ? 0 : 1);
