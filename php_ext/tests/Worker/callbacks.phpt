--TEST--
Worker: JOB_START/JOB_COMPLETE/JOB_FAIL/WORKER_STATUS callbacks and their arguments; the monitor call pattern (first call (true, null)); WORKER_STATUS texts
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Echo', 'return $arg;');
gtw_job($dir, 'Bad', 'throw new Net_Gearman_Job_Exception("bad " . $arg);');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
function out(...$a) { echo json_encode($a), "\n"; }
$worker = new Net_Gearman_Worker([$argv[1]], 'my-id');
$worker->attachCallback(function ($m, $s, $c, $f) { out('status', $m, $s, $c, $f); }, Net_Gearman_Worker::WORKER_STATUS);
$worker->attachCallback(function ($h, $n, $a) { out('start', is_string($h) && $h !== '', $n, $a); }, Net_Gearman_Worker::JOB_START);
$worker->attachCallback(function ($h, $n, $r) { out('complete', is_string($h) && $h !== '', $n, $r); });
$worker->attachCallback(function ($h, $n, $e) { out('fail', is_string($h) && $h !== '', $n, get_class($e), $e->getMessage()); }, Net_Gearman_Worker::JOB_FAIL);
$worker->addAbility('Echo');
$worker->addAbility('Bad');
$calls = 0;
$worker->beginWork(function ($idle, $last) use (&$calls) {
    if (++$calls === 1) out('first monitor call', $idle, $last);
    if (file_exists(__DIR__ . '/stop')) { static $said = false; if (!$said) out('stopping'); $said = true; return true; }
    return false;
});
out('left beginWork');
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Echo'), gtw_registered($server, 'Bad'));
$client = new Net_Gearman_Client([$server['host']]);
$set = new Net_Gearman_Set();
$t1 = new Net_Gearman_Task('Echo', ['k' => 'v']);
$set->addTask($t1);
$client->runSet($set, 10);
$t2 = new Net_Gearman_Task('Bad', 'x');
$t2->attachCallback(function ($task) { echo "client: TASK_FAIL\n"; }, Net_Gearman_Task::TASK_FAIL);
$client->runSet(new Net_Gearman_Set([$t2]), 10);
echo "client: ", json_encode($t1->result), "\n";
touch("$dir/stop");
$seen = [];
while (($line = gtw_line($w)) !== null) {
    $ev = json_decode($line, true);
    if ($ev[0] === 'status') {
        // keep each distinct message once, in order of first appearance
        $key = preg_replace('/\d+\.\d+\.\d+\.\d+:\d+/', 'HOST', $ev[1]) . ' | ' . json_encode(array_slice($ev, 2) ? [$ev[2] !== null, $ev[3], $ev[4]] : []);
        if (isset($seen[$key])) continue;
        $seen[$key] = true;
        echo "status: $key\n";
        continue;
    }
    echo $line, "\n";
    if ($ev[0] === 'left beginWork') break;
}
?>
--EXPECT--
bool(true)
bool(true)
client: TASK_FAIL
client: {"k":"v"}
status: Asking HOST for work | [true,true,0]
["first monitor call",true,null]
status: Worker going quiet for 30 seconds | [false,null,null]
["start",true,"Echo",{"k":"v"}]
["complete",true,"Echo",{"k":"v"}]
["start",true,"Bad","x"]
["fail",true,"Bad","Net_Gearman_Job_Exception","bad x"]
["stopping"]
["left beginWork"]
