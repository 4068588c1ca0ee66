--TEST--
Net_Gearman_Server run(): serves until SIGTERM (no handler of the script's) or until a pcntl handler calls stop(); then returns and the port is closed
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/../Worker/worker.inc';
$dir = gtw_dir();
$code = <<<'PHP'
[, $mode, $port] = $argv;
$server = new Net_Gearman_Server(['port' => (int)$port, 'host' => '127.0.0.1', 'queue' => 'memory',
                                  'log_file' => 'none']);
if ($mode === 'handler') {
    pcntl_signal(SIGUSR1, function () use ($server) { echo "handler\n"; $server->stop(); });
}
echo "ready\n";
$server->run();
echo "returned after run, running=", var_export($server->isRunning(), true), "\n";
PHP;
foreach (['term' => SIGTERM, 'handler' => SIGUSR1] as $mode => $sig) {
    $port = gt_free_port();
    $child = gtw_spawn($dir, $code, [$mode, $port]);
    echo gtw_line($child), "\n";
    var_dump((bool)gtw_until(fn() => gt_admin($port, 'version') === "OK 1.1.20\n"));
    $c = new Net_Gearman_Client(["127.0.0.1:$port"]);
    var_dump(strlen($c->Update(1)) > 0);
    $t = microtime(true);
    proc_terminate($child['proc'], $sig);
    if ($mode === 'handler') echo gtw_line($child), "\n";
    echo gtw_line($child), "\n";
    var_dump(gtw_exit($child), microtime(true) - $t < 5.0);
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
