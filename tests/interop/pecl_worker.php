<?php
// A pecl GearmanWorker with several functions, started by the interop tests
// (pecl_test.php, exception_cli_test.sh) as a separate process.
//
//   php pecl_worker.php HOST PORT SET [RECORD_FILE]
//
// SET "main" registers every function below except porder; SET "order"
// registers only porder (used to check run order of queued jobs).
// Functions that record append "<function> <workload>\n" to RECORD_FILE.
// The process exits on its own after 50 s, or as soon as its parent is gone.
// Environment: WORKER_ID, if set, is sent as the worker's client id
// (GearmanWorker::setId, SET_CLIENT_ID).

if ($argc < 4) {
    fwrite(STDERR, "usage: php pecl_worker.php HOST PORT SET [RECORD_FILE]\n");
    exit(2);
}
[$self, $host, $port, $set] = $argv;
$record = $argv[4] ?? null;
$parent = function_exists('posix_getppid') ? posix_getppid() : null;

function record_line(?string $file, string $line): void {
    if ($file !== null) {
        file_put_contents($file, $line . "\n", FILE_APPEND | LOCK_EX);
    }
}

$functions = [
    // Plain result.
    'rev' => fn(GearmanJob $job) => strrev($job->workload()),
    // Returns the workload unchanged (binary and large payloads).
    'echo' => fn(GearmanJob $job) => $job->workload(),
    // What the worker was told about the job (JOB_ASSIGN_UNIQ fields).
    'whoami' => fn(GearmanJob $job) =>
        $job->functionName() . '|' . $job->unique() . '|' . $job->workload(),
    // Intermediate packets, then WORK_COMPLETE.
    'stream' => function (GearmanJob $job) {
        $job->sendStatus(1, 3);
        $job->sendData('d1');
        $job->sendWarning('w1');
        $job->sendStatus(2, 3);
        $job->sendData('d2');
        return 'done';
    },
    // WORK_EXCEPTION with a payload; the job ends there.
    'exc' => function (GearmanJob $job) {
        $job->sendException('boom:' . $job->workload());
        return 'not sent';
    },
    // An uncaught PHP exception: pecl sends WORK_EXCEPTION
    // "Unable to add worker function" and rethrows from work().
    'throw' => function (GearmanJob $job) {
        throw new RuntimeException('thrown by worker');
    },
    // WORK_FAIL.
    'fail' => function (GearmanJob $job) {
        $job->sendFail();
        return '';
    },
    // Reports 1/4, then blocks until the file named by the workload exists
    // (at most 20 s), reports 3/4 and completes. Lets a client observe a
    // running job.
    'gated' => function (GearmanJob $job) {
        $job->sendStatus(1, 4);
        $gate = $job->workload();
        $until = microtime(true) + 20;
        while (!file_exists($gate) && microtime(true) < $until) {
            usleep(10000);
        }
        $job->sendStatus(3, 4);
        return file_exists($gate) ? 'opened' : 'gate timeout';
    },
    'record' => function (GearmanJob $job) use ($record) {
        record_line($record, 'record ' . $job->workload());
        return 'recorded';
    },
];
$order_functions = [
    'porder' => function (GearmanJob $job) use ($record) {
        record_line($record, $job->workload());
        return '';
    },
];

$worker = new GearmanWorker();
$worker->addServer($host, (int)$port);
$worker->setTimeout(200);
if (($id = getenv('WORKER_ID')) !== false && $id !== '') {
    $worker->setId($id);
}
foreach ($set === 'order' ? $order_functions : $functions as $name => $fn) {
    if (!$worker->addFunction($name, $fn)) {
        fwrite(STDERR, "pecl_worker: addFunction($name) failed\n");
        exit(1);
    }
}

$deadline = time() + 50;
while (time() < $deadline) {
    if ($parent !== null && posix_getppid() !== $parent) {
        break;  // parent test process is gone
    }
    try {
        @$worker->work();
    } catch (Throwable $e) {
        // The 'throw' function: pecl has already sent WORK_EXCEPTION.
        fwrite(STDERR, 'pecl_worker: caught ' . get_class($e) . ': ' . $e->getMessage() . "\n");
    }
    $rc = $worker->returnCode();
    if (!in_array($rc, [GEARMAN_SUCCESS, GEARMAN_TIMEOUT, GEARMAN_IO_WAIT,
                         GEARMAN_NO_JOBS, GEARMAN_WORK_EXCEPTION, GEARMAN_WORK_FAIL,
                         GEARMAN_NO_ACTIVE_FDS], true)) {
        fwrite(STDERR, "pecl_worker: work() returned $rc: " . $worker->error() . "\n");
        usleep(100000);
    }
}
