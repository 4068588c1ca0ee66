--TEST--
Client: server choice is ord(last hex digit of md5(uniq)) % count, as Net_Gearman's, so every client sends a uniq to the same server
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$a = gt_server_start();
$b = gt_server_start();
$c = gt_server_start();
$servers = [$a['host'], $b['host'], $c['host']];
$client = new Net_Gearman_Client($servers);
$set = new Net_Gearman_Set();
$expected = [0, 0, 0];
for ($i = 0; $i < 60; $i++) {
    $set->addTask($t = new Net_Gearman_Task('h', "arg $i", null, Net_Gearman_Task::JOB_BACKGROUND));
    $expected[ord(substr(md5($t->uniq), -1)) % 3]++;
}
$client->runSet($set);
var_dump([gt_queued($a, 'h'), gt_queued($b, 'h'), gt_queued($c, 'h')] === $expected, array_sum($expected));
// __call uses the same rule with the Task's default uniq.
$uniq = md5('Hc' . serialize('payload') . '1');
$client->Hc('payload');
$where = ord(substr(md5($uniq), -1)) % 3;
var_dump(gt_queued([$a, $b, $c][$where], 'Hc'));
?>
--EXPECT--
bool(true)
int(60)
int(1)
