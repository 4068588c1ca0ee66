--TEST--
Client::runSet: thousands of background tasks are all submitted, counted finished at once and get distinct handles
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$client = new Net_Gearman_Client($server['host']);
$set = new Net_Gearman_Set();
$types = [Net_Gearman_Task::JOB_BACKGROUND, Net_Gearman_Task::JOB_HIGH_BACKGROUND, Net_Gearman_Task::JOB_LOW_BACKGROUND];
for ($i = 0; $i < 3000; $i++) {
    $set->addTask(new Net_Gearman_Task('bulk', "job $i", null, $types[$i % 3]));
}
$client->runSet($set);
$handles = [];
foreach ($set as $t) { $handles[] = $t->handle; if (!$t->finished) echo "unfinished\n"; }
var_dump(count(array_unique($handles)), count($set->handles), $set->tasksCount, gt_queued($server, 'bulk'));
$pri = gt_admin($server['port'], 'prioritystatus');
echo preg_match('/^bulk\t1000\t1000\t1000\t0$/m', $pri) ? "priorities ok\n" : $pri;
?>
--EXPECT--
int(3000)
int(3000)
int(0)
int(3000)
priorities ok
