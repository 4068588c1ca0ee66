--TEST--
Client::__call submits a background job and returns its handle; falsy arguments send an empty workload
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$client = new Net_Gearman_Client($server['host']);
$h = $client->Update(42);
var_dump(preg_match('/^H:.+:\d+$/', $h) === 1);
var_dump(gt_queued($server, 'Update'));
// Sum(0), Sum("0"), Sum(false), Sum([]) and Sum() all send "" with the same
// default unique id md5('Sum' . serialize('') . 1): the server coalesces them.
$handles = [$client->Sum(0), $client->Sum("0"), $client->Sum(false), $client->Sum([]), $client->Sum()];
var_dump(count(array_unique($handles)), gt_queued($server, 'Sum'));
// Different arguments are different jobs.
$client->Sum(1);
$client->Sum([1, 2]);
var_dump(gt_queued($server, 'Sum'));
// Protected methods called from outside are job names too, as in the library.
var_dump(preg_match('/^H:/', $client->submitTask('x')) === 1, gt_queued($server, 'submitTask'));
?>
--EXPECT--
bool(true)
int(1)
int(1)
int(1)
int(3)
bool(true)
int(1)
