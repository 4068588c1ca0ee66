<?php
/**
 * Plumbing shared by the examples (not part of any API): start a job server,
 * fork workers, wait for conditions with a deadline, stop everything.
 *
 * Workers are forked children (pcntl_fork) so they inherit the extensions of
 * whatever `php -d extension=...` command started the example. Each child
 * watches a "lifeline": the read end of a socket pair whose write end only
 * the parent holds. The parent closes it to stop the workers (they finish the
 * job in hand and leave beginWork() on the monitor's next call, at most
 * ~250 ms later), and if the parent dies for any reason the kernel closes it,
 * so no worker is ever left behind. This needs no posix_kill(), which many
 * php-cli builds lack. SIGTERM/SIGINT to a worker also stop it gracefully.
 */

if (!function_exists('pcntl_fork') || !class_exists('Net_Gearman_Server')) {
    fwrite(STDERR, "needs the pcntl functions and the geartrain extension:\n"
        . "  php -d extension=sockets -d extension=/path/to/geartrain.so " . ($argv[0] ?? 'run.php') . "\n");
    exit(2);
}

$EX = ['owner' => getmypid(), 'lifeline' => null, 'children' => [], 'servers' => []];

/** --quick: a small run that finishes in a few seconds (used by the tests). */
function ex_quick(): bool
{
    return in_array('--quick', $GLOBALS['argv'] ?? [], true);
}

/** Starts a server on a free port of 127.0.0.1; returns [server, "127.0.0.1:PORT"]. */
function ex_server(array $options = []): array
{
    $server = new Net_Gearman_Server($options + ['host' => '127.0.0.1', 'port' => 0, 'log_file' => 'none']);
    $server->start();  // serves from a background thread; returns at once
    $GLOBALS['EX']['servers'][] = $server;
    return [$server, '127.0.0.1:' . $server->getPort()];
}

/**
 * Forks a worker serving $abilities (name => initParams, handed to the job's
 * constructor as $this->initParams) from the job classes in $jobPath.
 * Returns the child's pid; the child never returns.
 */
function ex_worker(array $servers, array $abilities, string $jobPath): int
{
    global $EX;
    if ($EX['lifeline'] === null) {
        $EX['lifeline'] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
    }
    $pid = pcntl_fork();
    if ($pid < 0) throw new RuntimeException('pcntl_fork failed');
    if ($pid > 0) {
        $EX['children'][] = $pid;
        return $pid;
    }
    // The child. Its copy of the write end must go, or the parent closing
    // its own would not reach EOF here.
    fclose($EX['lifeline'][0]);
    $life = $EX['lifeline'][1];
    $EX['children'] = [];
    $stop = false;
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, function () use (&$stop) { $stop = true; });
    pcntl_signal(SIGINT, function () use (&$stop) { $stop = true; });
    define('NET_GEARMAN_JOB_PATH', $jobPath);  // where Net_Gearman_Job::factory() looks
    $code = 0;
    try {
        $worker = new Net_Gearman_Worker($servers);
        foreach ($abilities as $name => $initParams) $worker->addAbility($name, null, $initParams);
        // The monitor runs between jobs and every ~250 ms while idle.
        $worker->beginWork(function ($idle, $lastJob) use (&$stop, $life) {
            $r = [$life];
            $w = $e = null;
            return $stop || @stream_select($r, $w, $e, 0) !== 0;  // readable = EOF = parent gone
        });
    } catch (Throwable $e) {
        fwrite(STDERR, 'worker ' . getmypid() . ': ' . get_class($e) . ': ' . $e->getMessage() . "\n");
        $code = 1;
    }
    exit($code);
}

/** Stops every forked worker and reaps it; returns how many exited cleanly. */
function ex_stop_workers(float $timeout = 10.0): int
{
    global $EX;
    if ($EX['lifeline'] !== null) {
        fclose($EX['lifeline'][0]);
        fclose($EX['lifeline'][1]);
        $EX['lifeline'] = null;
    }
    $clean = 0;
    $deadline = microtime(true) + $timeout;
    while ($EX['children'] && microtime(true) < $deadline) {
        foreach ($EX['children'] as $i => $pid) {
            if (pcntl_waitpid($pid, $status, WNOHANG) === $pid) {
                $clean += (int)(pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0);
                unset($EX['children'][$i]);
            }
        }
        if ($EX['children']) usleep(10000);  // poll interval while the workers finish
    }
    foreach ($EX['children'] as $pid) {  // stuck in a job past the deadline
        fwrite(STDERR, "worker $pid did not stop in {$timeout}s\n");
        if (function_exists('posix_kill')) { posix_kill($pid, SIGKILL); pcntl_waitpid($pid, $status); }
    }
    $EX['children'] = [];
    return $clean;
}

/** Stops the workers, then the servers this process started. */
function ex_shutdown(): void
{
    global $EX;
    if (getmypid() !== $EX['owner']) return;  // a forked child inherited this
    ex_stop_workers();
    foreach ($EX['servers'] as $server) $server->stop();
    $EX['servers'] = [];
}
register_shutdown_function('ex_shutdown');  // also after an uncaught exception
// Ctrl-C or a kill: leave through exit() so the shutdown functions (workers,
// servers, temporary files) still run. Forked workers install their own.
pcntl_async_signals(true);
pcntl_signal(SIGINT, function () { exit(130); });
pcntl_signal(SIGTERM, function () { exit(143); });

/** Polls $cond every 10 ms until it returns a truthy value; throws after $timeout seconds. */
function ex_until(callable $cond, float $timeout, string $what)
{
    $deadline = microtime(true) + $timeout;
    while (!($v = $cond())) {
        if (microtime(true) >= $deadline) throw new RuntimeException("timed out after {$timeout}s waiting for $what");
        usleep(10000);
    }
    return $v;
}

/** Waits until $n workers have registered $func with $server. */
function ex_workers_ready(Net_Gearman_Server $server, string $func, int $n, float $timeout = 10.0): void
{
    ex_until(fn() => ($server->status()[$func]['capable_workers'] ?? 0) >= $n, $timeout, "$n $func workers");
}

/** Waits until no $func job is queued or running on $server. */
function ex_drained(Net_Gearman_Server $server, string $func, float $timeout): void
{
    ex_until(function () use ($server, $func) {
        $s = $server->status()[$func] ?? ['in_queue' => 0, 'jobs_running' => 0];
        return $s['in_queue'] === 0 && $s['jobs_running'] === 0;
    }, $timeout, "the $func queue to drain");
}

/** Removes an SQLite file and its -wal/-shm/-journal companions. */
function ex_unlink_sqlite(string $file): void
{
    foreach (['', '-wal', '-shm', '-journal'] as $suffix) @unlink($file . $suffix);
}
