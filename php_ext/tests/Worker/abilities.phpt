--TEST--
Worker: many abilities are announced after SET_CLIENT_ID (admin "workers"); the packet sequence of connect, CAN_DO_TIMEOUT through fixTimeout (int timeouts only), GRAB_JOB_UNIQ, PRE_SLEEP and RESET_ABILITIES
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
$w = gtw_spawn($dir, <<<'PHP'
$worker = new Net_Gearman_Worker([$argv[1]], 'many-id');
for ($i = 0; $i < 300; $i++) $worker->addAbility("f$i");
echo "ready\n";
sleep(60);  // killed by the test once it has looked
PHP, [$server['host']]);
echo gtw_line($w), "\n";
$line = gtw_until(function () use ($server) {
    foreach (explode("\n", gt_admin($server['port'], 'workers') ?? '') as $l) {
        if (str_contains($l, ' many-id :') && substr_count($l, ' f') >= 300) return $l;
    }
    return null;
});
$abilities = explode(' ', trim(explode(':', $line, 2)[1]));
sort($abilities);
$want = array_map(fn($i) => "f$i", range(0, 299));
sort($want);
var_dump($abilities === $want);
proc_terminate($w['proc'], 9);

// A fake server records the exact packets of one worker life.
$listen = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($listen, false), ':'), 1);
$w = gtw_spawn($dir, <<<'PHP'
$worker = new Net_Gearman_Worker(["127.0.0.1:$argv[1]"], 'seq-id');
$worker->addAbility('plain');
$worker->addAbility('timed', 5);
$worker->addAbility('timedstr', '5');
$worker->beginWork(function ($idle, $last) { return true; });
unset($worker);
echo "done\n";
PHP, [$port]);
$conns = [];
$bufs = [];
$deadline = microtime(true) + 10;
$names = [3 => 'RESET_ABILITIES', 4 => 'PRE_SLEEP', 9 => 'GRAB_JOB', 22 => 'SET_CLIENT_ID', 1 => 'CAN_DO', 23 => 'CAN_DO_TIMEOUT', 30 => 'GRAB_JOB_UNIQ'];
$finished = false;
while (!$finished && microtime(true) < $deadline) {
    $r = array_merge([$listen], $conns);
    $wr = $ex = null;
    if (!stream_select($r, $wr, $ex, 0, 100000)) continue;
    foreach ($r as $s) {
        if ($s === $listen) { $c = stream_socket_accept($listen); $conns[(int)$c] = $c; $bufs[(int)$c] = ''; continue; }
        $data = fread($s, 65536);
        if ($data === '' || $data === false) { unset($conns[(int)$s]); if (!$conns) $finished = true; continue; }
        $bufs[(int)$s] .= $data;
        while (true) {
            $b = $bufs[(int)$s];
            if ($b === '') break;
            if ($b[0] !== "\0") {  // admin text
                $nl = strpos($b, "\n");
                if ($nl === false) break;
                echo "admin: ", trim(substr($b, 0, $nl)), "\n";
                fwrite($s, "OK 1.1.20\n");
                $bufs[(int)$s] = substr($b, $nl + 1);
                continue;
            }
            if (strlen($b) < 12) break;
            $h = unpack('Ntype/Nlen', substr($b, 4, 8));
            if (strlen($b) < 12 + $h['len']) break;
            $body = substr($b, 12, $h['len']);
            $bufs[(int)$s] = substr($b, 12 + $h['len']);
            echo $names[$h['type']] ?? $h['type'], $body === '' ? '' : ' ' . str_replace("\0", '|', $body), "\n";
            if ($h['type'] === 30) fwrite($s, "\0RES" . pack('NN', 10, 0));  // NO_JOB
        }
    }
}
echo gtw_line($w), "\n";
?>
--EXPECT--
ready
bool(true)
SET_CLIENT_ID seq-id
CAN_DO plain
admin: version
CAN_DO_TIMEOUT timed|5000
CAN_DO timedstr
GRAB_JOB_UNIQ
PRE_SLEEP
RESET_ABILITIES
done
