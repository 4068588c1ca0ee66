--TEST--
Client: an ERROR reply to a submission (maxqueue reached) is a Net_Gearman_Exception "(CODE): text"
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
gt_admin($server['port'], 'maxqueue Capped 1');
$client = new Net_Gearman_Client($server['host']);
$client->Capped('one');
try {
    $client->Capped('two');
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
// The connection stays usable.
var_dump(preg_match('/^H:/', $client->Other('x')) === 1);
?>
--EXPECTF--
(QUEUE_ERROR): %s
bool(true)
