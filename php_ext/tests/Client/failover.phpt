--TEST--
Client: fail-over to the next server, connection callbacks on failed attempts, and the library's message when all fail
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$dead = '127.0.0.1:' . gt_free_port();  // nothing listens there
$client = new Net_Gearman_Client([$dead, $server['host']], 500);
$client->attachCallback(function ($srv, $connected, $timeout, $elapsed, $e) {
    echo "callback: ", $srv === $GLOBALS['dead'] ? 'dead' : $srv, " ", var_export($connected, true), " $timeout ",
         is_float($elapsed) ? 'float' : gettype($elapsed), " ", get_class($e), ": ", $e->getMessage(), "\n";
});
// Find a unique id that hashes to the dead server: ord(last hex of md5) % 2 == 0.
for ($i = 0; ord(substr(md5("u$i"), -1)) % 2 !== 0; $i++);
$set = new Net_Gearman_Set([$t = new Net_Gearman_Task('fo', 'x', "u$i", Net_Gearman_Task::JOB_BACKGROUND)]);
$client->runSet($set);
var_dump(gt_queued($server, 'fo'));

$other = '127.0.0.1:' . gt_free_port();
$all_dead = new Net_Gearman_Client([$dead, $other], 200);
// The first try is the hashed one, then the one left.
$first = ord(substr(md5(md5('Nothing' . serialize('x') . '1')), -1)) % 2;
$order = $first === 0 ? "$dead,$other" : "$other,$dead";
try {
    $all_dead->Nothing('x');
} catch (Net_Gearman_Exception $e) {
    var_dump($e->getMessage() === "Failed to connect to a Gearman server. Attempted to connect to $order.");
}
try {
    (new Net_Gearman_Client([$dead]))->runSet(new Net_Gearman_Set([new Net_Gearman_Task('a', 'b', null, 2, ['127.0.0.1:' . gt_free_port()])]));
} catch (Net_Gearman_Exception $e) {
    echo preg_replace('/\d+/', 'N', $e->getMessage()), "\n";
}
?>
--EXPECT--
callback: dead false 500 float Net_Gearman_Exception: Can't connect to server (111: Connection refused)
int(1)
bool(true)
Failed to connect to a Gearman server. Attempted to connect to N.N.N.N:N.
