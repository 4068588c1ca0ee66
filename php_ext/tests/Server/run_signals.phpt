--TEST--
Net_Gearman_Server run(): serves until SIGTERM (no handler of the script's) or until a pcntl handler calls stop(); then returns and the port is closed
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$dir = gtw_dir();
$code = <<<'PHP'
[, $mode] = $argv;
$server = new Net_Gearman_Server(['port' => 0, 'host' => '127.0.0.1', 'log_file' => 'none']);
if ($mode === 'handler') {
    pcntl_signal(SIGUSR1, function () use ($server) { echo "handler\n"; $server->stop(); });
}
// The port is known only after start(); run() starts and waits, so ask for
// it from the first pcntl dispatch: a SIGUSR2 sent by the parent right away.
pcntl_signal(SIGUSR2, function () use ($server) { echo "port ", $server->getPort(), "\n"; });
echo "ready\n";
$t = microtime(true);
$server->run();
echo "returned after run, running=", var_export($server->isRunning(), true), "\n";
PHP;
foreach (['term' => SIGTERM, 'handler' => SIGUSR1] as $mode => $sig) {
    $child = gtw_spawn($dir, $code, [$mode]);
    echo gtw_line($child), "\n";
    $port = gtw_until(function () use (&$child) {
        proc_terminate($child["proc"], SIGUSR2);
        $l = gtw_line($child, 0.2);
        return $l !== null && preg_match('/^port (\d+)$/', $l, $m) ? (int)$m[1] : null;
    });
    var_dump($port > 0);
    $c = new Net_Gearman_Client(["127.0.0.1:$port"]);
    var_dump(strlen($c->Update(1)) > 0);
    $t = microtime(true);
    proc_terminate($child["proc"], $sig);
    if ($mode === 'handler') echo gtw_line($child), "\n";
    echo gtw_line($child), "\n";
    var_dump(gtw_exit($child), microtime(true) - $t < 2.0);
    var_dump(@stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 1));
}
?>
--EXPECT--
ready
bool(true)
bool(true)
returned after run, running=false
int(0)
bool(true)
bool(false)
ready
bool(true)
bool(true)
handler
returned after run, running=false
int(0)
bool(true)
bool(false)
