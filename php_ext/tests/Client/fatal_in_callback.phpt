--TEST--
Client::runSet: a fatal error inside a task callback ends the script cleanly (no C++ frame is jumped over; valgrind-clean)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_worker_start($server);
$client = new Net_Gearman_Client($server['host']);
$set = new Net_Gearman_Set();
for ($i = 0; $i < 20; $i++) {
    $t = new Net_Gearman_Task('echo', "x$i");
    $t->attachCallback(function () { trigger_error("stop here", E_USER_ERROR); });
    $set->addTask($t);
}
register_shutdown_function(function () { echo "shutdown ran\n"; });
$client->runSet($set);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: stop here in %s on line %d
shutdown ran
