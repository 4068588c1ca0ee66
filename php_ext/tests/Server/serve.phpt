--TEST--
Net_Gearman_Server start(): clients and a worker in the same script as the server; getPort, status, isRunning, stop closes connections; a stopped server cannot be restarted; pid file
--SKIPIF--
<?php if (!extension_loaded('geartrain')) die('skip geartrain not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$dir = gtw_dir();
$server = new Net_Gearman_Server(['port' => 0, 'host' => '127.0.0.1', 'log_file' => 'none',
                                  'pid_file' => "$dir/server.pid"]);
try {
    $server->getPort();
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump($server->isRunning());
$server->start();
var_dump($server->isRunning(), $server->getPort() > 0, (int)file_get_contents("$dir/server.pid") === getmypid());
try {
    $server->start();
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
$host = '127.0.0.1:' . $server->getPort();
define('NET_GEARMAN_JOB_PATH', $dir);
gtw_job($dir, 'Reverse', 'return strrev($arg);');

$client = new Net_Gearman_Client([$host]);
foreach (['abc', 'hello'] as $w) $client->Reverse($w);
var_dump($server->status());
$done = 0;
$worker = new Net_Gearman_Worker([$host]);
$worker->addAbility('Reverse');
$worker->attachCallback(function ($h, $n, $r) use (&$done) { $done++; echo "did $n: ", json_encode($r), "\n"; });
$worker->beginWork(function () use (&$done) { return $done >= 2; });
var_dump($server->status()['Reverse']);

$admin = @stream_socket_client("tcp://$host", $errno, $errstr, 2);
$server->stop();
var_dump($server->isRunning(), fread($admin, 10) === '' && feof($admin), file_exists("$dir/server.pid"));
$server->stop();  // idempotent
try {
    $server->start();
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
try {
    $server->status();
} catch (Net_Gearman_Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump(@stream_socket_client("tcp://$host", $errno, $errstr, 1));
?>
--EXPECT--
The port is chosen when the server starts: call start() first
bool(false)
bool(true)
bool(true)
bool(true)
The server is already running
array(1) {
  ["Reverse"]=>
  array(3) {
    ["in_queue"]=>
    int(2)
    ["jobs_running"]=>
    int(0)
    ["capable_workers"]=>
    int(0)
  }
}
did Reverse: {"result":"cba"}
did Reverse: {"result":"olleh"}
array(3) {
  ["in_queue"]=>
  int(0)
  ["jobs_running"]=>
  int(0)
  ["capable_workers"]=>
  int(1)
}
bool(false)
bool(true)
bool(false)
The server was stopped; make a new Net_Gearman_Server
The server is not running
bool(false)
