--TEST--
Net_Gearman_Server on a fixed port keeps its queue in geartrain-queue-PORT.sqlite in the current directory by default: an acknowledged background job survives a stop and a new server
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$dir = gtw_dir();
chdir($dir);
$port = gt_free_port();
$server = new Net_Gearman_Server(['port' => $port, 'host' => '127.0.0.1', 'log_file' => 'none']);
$server->start();
$client = new Net_Gearman_Client(["127.0.0.1:$port"]);
$client->Keep('me');
$server->stop();
var_dump(file_exists("$dir/geartrain-queue-$port.sqlite"));
unset($server);
$server = new Net_Gearman_Server(['port' => $port, 'host' => '127.0.0.1', 'log_file' => 'none']);
$server->start();
var_dump($server->status()['Keep']['in_queue']);
$server->stop();
?>
--EXPECT--
bool(true)
int(1)
