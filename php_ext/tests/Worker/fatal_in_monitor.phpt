--TEST--
Worker: a fatal error in the monitor ends the script normally (no C++ frame is jumped over)
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$worker = new Net_Gearman_Worker([$server['host']]);
$worker->addAbility('nothing');
register_shutdown_function(function () { echo "shutdown ran\n"; });
$calls = 0;
$worker->beginWork(function ($idle, $last) use (&$calls) {
    if (++$calls === 3) trigger_error("monitor gave up", E_USER_ERROR);
    return false;
});
echo "not reached\n";
?>
--EXPECTF--
Fatal error: monitor gave up in %s on line %d
shutdown ran
