--TEST--
Connection: close() is real; EOF in the middle of a packet is "Connection was reset", never a hang
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$c = new Net_Gearman_Connection($server['host']);
$sock = $c->socket;
$c->close();
var_dump($c->isConnected(), $c->socket);
try { socket_write($sock, "x"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $c->read(); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }

// A fake server that sends half a JOB_CREATED and hangs up.
$fake = stream_socket_server('tcp://127.0.0.1:0');
$addr = stream_socket_get_name($fake, false);
$c = new Net_Gearman_Connection($addr);
$peer = stream_socket_accept($fake, 5);
fwrite($peer, "\0RES" . pack('NN', 8, 20) . "H:half");
fclose($peer);
$start = microtime(true);
try {
    for ($i = 0; $i < 100; $i++) { $c->blockingRead(1000); }
    echo "no exception\n";
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump(microtime(true) - $start < 2, $c->isConnected(), $c->socket);
// The peer closed an idle connection: isConnected() notices it.
$c = new Net_Gearman_Connection($addr);
fclose(stream_socket_accept($fake, 5));
$deadline = microtime(true) + 5;
while ($c->isConnected() && microtime(true) < $deadline) usleep(1000);
var_dump($c->isConnected());
?>
--EXPECT--
bool(false)
NULL
Error: socket_write(): Argument #1 ($socket) has already been closed
Connection was reset
Connection was reset
bool(true)
bool(false)
NULL
bool(false)
