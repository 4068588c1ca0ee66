--TEST--
Worker setPrefetch(true), in the test process: jobs run in FIFO order, a stop leaves no job held (beginWork() runs what it prefetched), a second beginWork() goes on, and an idle prefetching worker sleeps and wakes for a new job
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
define('NET_GEARMAN_JOB_PATH', $dir);
gtw_job($dir, 'Rec', 'self::$seen[] = $arg; return $arg;', 'public static $seen = [];');
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
for ($i = 0; $i < 30; $i++) {
    $set->addTask(new Net_Gearman_Task('Rec', "j$i", "u$i", Net_Gearman_Task::JOB_BACKGROUND));
}
$client->runSet($set, 10);
var_dump(gt_queued($server, 'Rec'));

$worker = new Net_Gearman_Worker([$server['host']]);
var_dump($worker->setPrefetch(true));
$worker->addAbility('Rec');
require "$dir/Rec.php";
$worker->beginWork(fn() => count(Net_Gearman_Job_Rec::$seen) >= 10);
$ran = count(Net_Gearman_Job_Rec::$seen);
// At most the two GRABs in flight at the stop are run on top of the ten.
var_dump($ran >= 10 && $ran <= 12);
// Nothing is left assigned to the stopped worker: all the rest is queued.
var_dump(gtw_status($server)['Rec'] === [30 - $ran, 0, 1]);

$worker->beginWork(fn() => count(Net_Gearman_Job_Rec::$seen) >= 30);
var_dump(Net_Gearman_Job_Rec::$seen === array_map(fn($i) => "j$i", range(0, 29)));
var_dump(gtw_drained($server, 'Rec'));

// Idle: the prefetched GRAB is answered NO_JOB, the worker sleeps
// (PRE_SLEEP) and the job submitted from the monitor wakes it.
$submitted = false;
$worker->beginWork(function ($idle) use ($client, &$submitted) {
    if ($idle && !$submitted) {
        $submitted = true;
        $client->Rec('late');
    }
    return count(Net_Gearman_Job_Rec::$seen) >= 31;
});
var_dump(end(Net_Gearman_Job_Rec::$seen));
var_dump(gtw_drained($server, 'Rec'));
$worker->endWork();
?>
--EXPECT--
int(30)
NULL
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "late"
bool(true)
