--TEST--
Net_Gearman_Server options: every option accepted with its type; unknown names, wrong types, bad values, bad combinations and process-level flags are Net_Gearman_Exceptions naming the option
--FILE--
<?php
$dir = sys_get_temp_dir() . '/gt-server-opt-' . getmypid();
@mkdir($dir);
$all = [
    'host' => '127.0.0.1', 'port' => 0, 'backlog' => 16, 'queue' => "sqlite:$dir/q.sqlite",
    'sqlite_table' => 'jobs', 'store_mode' => 'ack-after-commit', 'store_queue_on_shutdown' => false,
    'round_robin' => true, 'job_retries' => 3, 'worker_wakeup' => 2, 'exceptions' => true,
    'job_handle_prefix' => 'H:test', 'max_packet_size' => 1 << 20, 'max_connections' => 100,
    'keepalive' => true, 'keepalive_idle' => 60, 'keepalive_interval' => 10, 'keepalive_count' => 3,
    'admin_shutdown' => false, 'io_uring' => false, 'log_file' => 'none', 'log_level' => 'WARNING', 'syslog' => false,
    'pid_file' => "$dir/pid",
];
$s = new Net_Gearman_Server($all);
echo get_class($s), "\n";
$bad = [
    [['prot' => 1]],
    [['port' => '4730']],
    [['port' => 70000]],
    [['round_robin' => 1]],
    [['io_uring' => 'off']],
    [['host' => ['a']]],
    [['queue' => 'redis:x']],
    [['queue' => 'sqlite:']],
    [['log_level' => 'LOUD']],
    [['job_handle_prefix' => str_repeat('x', 41)]],
    [['store_mode' => 'ack-after-commit', 'queue' => 'memory']],
    [['log_file' => "a\0b"]],
    [[5 => 'x']],
];
foreach ($bad as [$o]) {
    try {
        new Net_Gearman_Server($o);
        echo "accepted\n";
    } catch (Net_Gearman_Exception $e) {
        echo preg_replace('/ \(known: .*\)$/', ' (known: ...)', $e->getMessage()), "\n";
    }
}
foreach ([['-d'], ['-u', 'nobody'], ['--help'], ['--bogus'], [1]] as $args) {
    try {
        Net_Gearman_Server::fromCommandLine($args);
        echo "accepted\n";
    } catch (Net_Gearman_Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    new Net_Gearman_Server('port=0');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
echo str_contains(Net_Gearman_Server::usage(), '--port') ? "usage lists --port\n" : "no usage\n";
@rmdir($dir);
?>
--EXPECT--
Net_Gearman_Server
Net_Gearman_Server: unknown option 'prot' (known: ...)
Net_Gearman_Server: option 'port' must be of type int, string given
Net_Gearman_Server: option 'port': --port: '70000' is not a number from 0 to 65535
Net_Gearman_Server: option 'round_robin' must be of type bool, int given
Net_Gearman_Server: option 'io_uring' must be of type bool, string given
Net_Gearman_Server: option 'host' must be of type string, array given
Net_Gearman_Server: option 'queue' must be 'memory' or 'sqlite:PATH', 'redis:x' given
Net_Gearman_Server: option 'queue' must be 'memory' or 'sqlite:PATH', 'sqlite:' given
Net_Gearman_Server: option 'log_level': --verbose: unknown level 'LOUD' (FATAL, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG)
Net_Gearman_Server: option 'job_handle_prefix': --job-handle-prefix: at most 40 bytes (handles must stay under 64)
Net_Gearman_Server: option 'store_mode': --store-mode and --store-queue-on-shutdown need -q libsqlite3
Net_Gearman_Server: option 'log_file' must not contain NUL bytes
Net_Gearman_Server: options are name => value pairs; got the integer key 5 (known: ...)
Net_Gearman_Server: --daemon is not supported: run the script under a process manager
Net_Gearman_Server: --user is not supported: start PHP as that user
Net_Gearman_Server: --help, --version and --check-args are for the command line (see usage())
Net_Gearman_Server: unknown option '--bogus' (see --help)
Net_Gearman_Server: command-line arguments must be strings, int given
TypeError
usage lists --port
