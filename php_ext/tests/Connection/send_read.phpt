--TEST--
Connection: connect, send/read binary-safe, a real \Socket usable with socket_select, read() [] when idle
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$server = gt_server_start();
$c = new Net_Gearman_Connection($server['host']);
var_dump($c->isConnected(), $c->socket instanceof Socket);
var_dump($c->read());
$c->send('echo_req', ['text' => "foo\0bar"]);
$r = [$c->socket]; $w = $e = null;
var_dump(socket_select($r, $w, $e, 5));
do { $ret = $c->read(); } while (is_array($ret) && !count($ret));
var_dump($ret['function'], $ret['type'], $ret['data']['text'] === "foo\0bar");
// Fields set to null are dropped (isset), as in the library: the packet is
// then "f\0arg" and the server reads it as function "f", unique "arg".
$c->send('submit_job_bg', ['func' => 'f', 'uniq' => "u\0", 'arg' => "x\0y"]);
$ret = $c->blockingRead(2000);
var_dump($ret['function'], preg_match('/^H:/', $ret['data']['handle']));
try { $c->send('no_such_command'); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { $c->send('echo_req', 'not an array'); } catch (TypeError $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
array(0) {
}
int(1)
string(8) "echo_res"
int(17)
bool(true)
string(11) "job_created"
int(1)
Invalid command: no_such_command
TypeError
