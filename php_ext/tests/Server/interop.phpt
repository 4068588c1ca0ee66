--TEST--
Net_Gearman_Server started from php-cli serves real clients no one here wrote (the gearman CLI as worker and client, pecl gearman as client) in the same run as Net_Gearman clients
--SKIPIF--
<?php
if (!is_executable('/usr/bin/gearman')) die('skip gearman CLI (gearman-tools) not installed');
exec((getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY) . ' -n -d extension=gearman -r "exit(class_exists(\'GearmanClient\') ? 0 : 1);" 2>/dev/null', $o, $rc);
if ($rc !== 0) die('skip pecl gearman (php-gearman) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$server = new Net_Gearman_Server(['port' => 0, 'host' => '127.0.0.1', 'log_file' => 'none']);
$server->start();
$port = $server->getPort();
// gearman -w: a worker reversing its input with rev(1).
$worker = proc_open(['/usr/bin/gearman', '-h', '127.0.0.1', '-p', (string)$port, '-w', '-f', 'reverse', '--', 'rev'],
                    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
register_shutdown_function(function () use ($worker) { proc_terminate($worker, 9); proc_close($worker); });
var_dump((bool)gtw_until(fn() => ($server->status()['reverse']['capable_workers'] ?? 0) === 1));

// Net_Gearman in this process.
$client = new Net_Gearman_Client(["127.0.0.1:$port"]);
$set = new Net_Gearman_Set();
// Net_Gearman JSON-decodes results: a quoted string reversed is still JSON.
$task = new Net_Gearman_Task('reverse', '"net gearman"', 'u1');
$set->addTask($task);
$client->runSet($set, 10);
echo "Net_Gearman: ", json_encode($task->result), "\n";

// The gearman CLI as a client.
echo "gearman CLI: ", shell_exec("echo 'gearman cli' | /usr/bin/gearman -h 127.0.0.1 -p $port -f reverse");

// pecl gearman in a separate PHP (it and geartrain are separate extensions).
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$code = '$c = new GearmanClient(); $c->addServer("127.0.0.1", ' . $port . '); echo $c->doNormal("reverse", "pecl gearman"), "\n";';
echo "pecl gearman: ", shell_exec(escapeshellarg($php) . ' -n -d extension=gearman -r ' . escapeshellarg($code));

// A background job from pecl gearman, seen by the server's status.
$code = '$c = new GearmanClient(); $c->addServer("127.0.0.1", ' . $port . '); $c->doBackground("held", "x");';
shell_exec(escapeshellarg($php) . ' -n -d extension=gearman -r ' . escapeshellarg($code));
var_dump($server->status()['held']['in_queue']);
$server->stop();
?>
--EXPECT--
bool(true)
Net_Gearman: "namraeg ten"
gearman CLI: ilc namraeg
pecl gearman: namraeg lcep
int(1)
