--TEST--
Net_Gearman_Server across pcntl_fork(): a live child (a worker here) holds neither the server's port nor its connections: the parent's stop() reaches the peers and the port can be bound again while the child still runs
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$dir = gtw_dir();
define('NET_GEARMAN_JOB_PATH', $dir);
gtw_job($dir, 'Up', 'return strtoupper($arg);');
$server = new Net_Gearman_Server(['port' => 0, 'host' => '127.0.0.1', 'log_file' => 'none']);
$server->start();
$port = $server->getPort();
// A connection the server has accepted before the fork.
$peer = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
fwrite($peer, "version\n");
echo fgets($peer);
$client = new Net_Gearman_Client(["127.0.0.1:$port"]);
$client->Up('before');
$pid = pcntl_fork();
if ($pid === 0) {
    $n = 0;
    $w = new Net_Gearman_Worker(["127.0.0.1:$port"]);
    $w->addAbility('Up');
    $w->attachCallback(function () use (&$n) { $n++; });
    $w->beginWork(function () use (&$n) { return $n >= 2; });
    $w->endWork();
    gtw_until(fn() => file_exists("$dir/release"));
    exit(0);
}
$client->Up('after');
var_dump(gtw_until(fn() => ($server->status()['Up']['in_queue'] ?? 1) === 0));
$server->stop();
stream_set_timeout($peer, 5);
var_dump(fread($peer, 100) === '' && feof($peer));
$again = new Net_Gearman_Server(['port' => $port, 'host' => '127.0.0.1', 'queue' => 'memory', 'log_file' => 'none']);
$again->start();
var_dump($again->getPort() === $port);
$again->stop();
touch("$dir/release");
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status));
?>
--EXPECT--
OK 1.1.20
bool(true)
bool(true)
bool(true)
int(0)
