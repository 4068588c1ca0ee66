<?php
// One timed client run for bench/run_php_client.sh: the same scenario through
// whichever Gearman extension this PHP process has loaded, either geartrain
// (the native Net_Gearman_* classes) or pecl gearman (GearmanClient); never
// both in one process.
//
// usage: php <ext flags> bench/php_client.php --port P --scenario S [--jobs N]
//            [--rounds R] [--payload BYTES] [--host H]
//   bg_call  N calls, one background job each, each waiting for its handle:
//            geartrain $client->bench($w) (Net_Gearman_Client::__call)
//            pecl      $gc->doBackground('bench', $w)
//   bg_set   R rounds of one set of N background tasks:
//            geartrain Net_Gearman_Set of Net_Gearman_Task('bench', $w, null,
//                      JOB_BACKGROUND), $client->runSet($set)
//            pecl      addTaskBackground('bench', $w) x N, runTasks()
//   fg_set   R rounds of one set of N foreground tasks for 'bench_fg' (echo
//            workers must be serving it), a complete callback counting results:
//            geartrain Net_Gearman_Task('bench_fg', $w) + attachCallback, runSet
//            pecl      setCompleteCallback, addTask('bench_fg', $w) x N, runTasks()
// Workload of job k (0-based over the whole run): BYTES 'x' characters followed
// by "-k", so every job's argument differs (Net_Gearman's default unique id is
// md5(func . serialize(arg) . type): identical args would be de-duplicated).
//
// Output: one line of key=value pairs on stdout:
//   scenario ext jobs rounds secs rate cpu_user_s cpu_sys_s cpu_us_job
//   machine_cpu_s (busy time of all CPUs during the timed section)
//   [build_secs (time spent creating the tasks, included in secs)]
//   [completed (fg_set: complete callbacks)] [handles (geartrain sets: tasks
//   whose handle was filled)] peak_mem_mb status=ok
// or status=failed error=... (exit 1), e.g. when fg_set got fewer complete
// callbacks than tasks. The clock covers everything from creating the client
// (connecting included) to the last call's return.

declare(strict_types=1);

function fail(string $scenario, string $ext, string $why): void
{
    $why = preg_replace('/\s+/', '_', trim($why));
    echo "scenario=$scenario ext=$ext status=failed error=$why\n";
    exit(1);
}

$opt = getopt('', ['host:', 'port:', 'scenario:', 'jobs:', 'rounds:', 'payload:']);
$host = $opt['host'] ?? '127.0.0.1';
$port = (int)($opt['port'] ?? 0);
$scenario = $opt['scenario'] ?? '';
$jobs = (int)($opt['jobs'] ?? 1000);
$rounds = (int)($opt['rounds'] ?? 1);
$payload = (int)($opt['payload'] ?? 100);

$ours = extension_loaded('geartrain');
$pecl = extension_loaded('gearman');
$ext = $ours ? 'geartrain' : ($pecl ? 'pecl' : 'none');
if ($ours && $pecl) {
    fail($scenario, 'both', 'both geartrain and gearman are loaded; load exactly one');
}
if (!$ours && !$pecl) {
    fail($scenario, $ext, 'neither geartrain nor gearman is loaded');
}
if ($port <= 0 || $jobs <= 0 || $rounds <= 0 || $payload < 0
    || !in_array($scenario, ['bg_call', 'bg_set', 'fg_set'], true)) {
    fail($scenario, $ext, 'usage: --port P --scenario bg_call|bg_set|fg_set [--jobs N] [--rounds R] [--payload BYTES]');
}
if ($ours) {
    // Make sure the native classes are what runs, not a PHP library on the include path.
    foreach (['Net_Gearman_Client', 'Net_Gearman_Set', 'Net_Gearman_Task'] as $class) {
        if (!(new ReflectionClass($class))->isInternal()) {
            fail($scenario, $ext, "$class is not the extension's class");
        }
    }
}

$pad = str_repeat('x', $payload);
$server = "$host:$port";

// [user s, system s] of this process, and the whole machine's busy time in s
// (/proc/stat user+nice+system+irq+softirq, all CPUs; 0 where unavailable), so
// the script can tell what other processes took during the timed section.
function cpu_now(): array
{
    $r = getrusage();
    $machine = 0.0;
    $stat = @file_get_contents('/proc/stat', false, null, 0, 256);
    if (is_string($stat) && preg_match('/^cpu\s+(\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)/', $stat, $m)) {
        $machine = ($m[1] + $m[2] + $m[3] + $m[6] + $m[7]) / 100.0;  // USER_HZ is 100 on Linux
    }
    return [
        $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6,
        $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6,
        $machine,
    ];
}

$total = $jobs * $rounds;
$build_ns = 0;
$completed = null;
$handles = null;
$error = null;

// Everything a scenario allocates outside the timed section is done here.
gc_collect_cycles();
$cpu0 = cpu_now();
$t0 = hrtime(true);
try {
    if ($ours) {
        $client = new Net_Gearman_Client($server);
        if ($scenario === 'bg_call') {
            for ($k = 0; $k < $total; ++$k) {
                $h = $client->bench("$pad-$k");
                if (!is_string($h) || $h === '') {
                    $error = "call $k returned " . var_export($h, true) . ' instead of a handle';
                    break;
                }
            }
        } elseif ($scenario === 'bg_set') {
            $handles = 0;
            for ($r = 0, $k = 0; $r < $rounds && $error === null; ++$r) {
                $b0 = hrtime(true);
                $set = new Net_Gearman_Set();
                for ($i = 0; $i < $jobs; ++$i, ++$k) {
                    $set->addTask(new Net_Gearman_Task('bench', "$pad-$k", null, Net_Gearman_Task::JOB_BACKGROUND));
                }
                $build_ns += hrtime(true) - $b0;
                $client->runSet($set);
                // Counted inside the timed section only because the tasks are
                // freed with the set; a cheap loop next to the run itself.
                foreach ($set->tasks as $task) {
                    if ($task->handle !== '') {
                        ++$handles;
                    }
                }
            }
        } else {
            $completed = 0;
            $on_complete = function ($func, $handle, $result, $uniq = null) use (&$completed) {
                ++$completed;
            };
            for ($r = 0, $k = 0; $r < $rounds; ++$r) {
                $b0 = hrtime(true);
                $set = new Net_Gearman_Set();
                for ($i = 0; $i < $jobs; ++$i, ++$k) {
                    $task = new Net_Gearman_Task('bench_fg', "$pad-$k");
                    $task->attachCallback($on_complete);
                    $set->addTask($task);
                }
                $build_ns += hrtime(true) - $b0;
                $client->runSet($set);
            }
        }
    } else {
        $gc = new GearmanClient();
        $gc->addServer($host, $port);
        if ($scenario === 'bg_call') {
            for ($k = 0; $k < $total; ++$k) {
                $h = $gc->doBackground('bench', "$pad-$k");
                if ($gc->returnCode() !== GEARMAN_SUCCESS || !is_string($h) || $h === '') {
                    $error = "call $k: " . $gc->error() . ' (return code ' . $gc->returnCode() . ')';
                    break;
                }
            }
        } elseif ($scenario === 'bg_set') {
            for ($r = 0, $k = 0; $r < $rounds && $error === null; ++$r) {
                $b0 = hrtime(true);
                for ($i = 0; $i < $jobs; ++$i, ++$k) {
                    $gc->addTaskBackground('bench', "$pad-$k");
                }
                $build_ns += hrtime(true) - $b0;
                if (!$gc->runTasks()) {
                    $error = 'runTasks: ' . $gc->error();
                }
            }
        } else {
            $completed = 0;
            $gc->setCompleteCallback(function (GearmanTask $task) use (&$completed) {
                ++$completed;
            });
            for ($r = 0, $k = 0; $r < $rounds && $error === null; ++$r) {
                $b0 = hrtime(true);
                for ($i = 0; $i < $jobs; ++$i, ++$k) {
                    $gc->addTask('bench_fg', "$pad-$k");
                }
                $build_ns += hrtime(true) - $b0;
                if (!$gc->runTasks()) {
                    $error = 'runTasks: ' . $gc->error();
                }
            }
        }
    }
} catch (Throwable $e) {
    $error = get_class($e) . ': ' . $e->getMessage();
}
$elapsed_ns = hrtime(true) - $t0;
$cpu1 = cpu_now();

if ($error !== null) {
    fail($scenario, $ext, $error);
}
if ($completed !== null && $completed !== $total) {
    fail($scenario, $ext, "$completed complete callbacks for $total tasks");
}

$secs = $elapsed_ns / 1e9;
$user = $cpu1[0] - $cpu0[0];
$sys = $cpu1[1] - $cpu0[1];
$line = [
    'scenario' => $scenario,
    'ext' => $ext,
    'jobs' => $total,
    'rounds' => $rounds,
    'secs' => sprintf('%.4f', $secs),
    'rate' => sprintf('%.0f', $total / $secs),
    'cpu_user_s' => sprintf('%.3f', $user),
    'cpu_sys_s' => sprintf('%.3f', $sys),
    'cpu_us_job' => sprintf('%.2f', ($user + $sys) * 1e6 / $total),
    'machine_cpu_s' => sprintf('%.2f', $cpu1[2] - $cpu0[2]),
];
if ($scenario !== 'bg_call') {
    $line['build_secs'] = sprintf('%.4f', $build_ns / 1e9);
}
if ($completed !== null) {
    $line['completed'] = $completed;
}
if ($handles !== null) {
    $line['handles'] = $handles;
}
$line['peak_mem_mb'] = sprintf('%.1f', memory_get_peak_usage(true) / 1048576);
$line['status'] = 'ok';
$out = [];
foreach ($line as $k => $v) {
    $out[] = "$k=$v";
}
echo implode(' ', $out), "\n";
