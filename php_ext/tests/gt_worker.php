<?php
/*
 * Test fixture: a Gearman worker speaking the binary protocol over plain PHP
 * streams (no extension involved), run as a child process by the phpt tests:
 *   php gt_worker.php HOST:PORT [COUNT]
 * It prints "ready" once its CAN_DOs are sent, then serves jobs until killed
 * (or COUNT jobs). What each function does:
 *   echo       WORK_COMPLETE with the workload unchanged
 *   json       WORK_COMPLETE json_encode(['result' => workload]) (Net_Gearman's worker convention)
 *   binary     WORK_COMPLETE json_encode(['len' => strlen, 'hex' => bin2hex(workload)])
 *   progress   WORK_STATUS 1/2, WORK_DATA "d1", WORK_WARNING "w1", WORK_STATUS 2/2, WORK_COMPLETE '{"done":true}'
 *   fail       WORK_FAIL
 *   exception  WORK_EXCEPTION "boom: <workload>"
 *   slow       waits 0.3 s, then as echo
 */
[$host, $count] = [$argv[1], (int)($argv[2] ?? 0)];
$s = stream_socket_client("tcp://$host", $errno, $errstr, 5);
if (!$s) {
    fwrite(STDERR, "connect: $errstr\n");
    exit(1);
}
function pkt(int $type, string $body): string { return "\0REQ" . pack('NN', $type, strlen($body)) . $body; }
function readn($s, int $n): string {
    $buf = '';
    while (strlen($buf) < $n) {
        $chunk = fread($s, $n - strlen($buf));
        if ($chunk === '' || $chunk === false) {
            if (feof($s)) exit(0);
            continue;
        }
        $buf .= $chunk;
    }
    return $buf;
}
function readpkt($s): array {
    $h = unpack('a4magic/Ntype/Nlen', readn($s, 12));
    return [$h['type'], $h['len'] > 0 ? readn($s, $h['len']) : ''];
}
$functions = ['echo', 'json', 'binary', 'progress', 'fail', 'exception', 'slow'];
foreach ($functions as $f) fwrite($s, pkt(1, $f));
echo "ready\n";
$done = 0;
while ($count === 0 || $done < $count) {
    fwrite($s, pkt(9, ''));  // GRAB_JOB
    [$type, $body] = readpkt($s);
    if ($type === 10) {  // NO_JOB
        fwrite($s, pkt(4, ''));  // PRE_SLEEP
        do { [$type] = readpkt($s); } while ($type !== 6);  // NOOP
        continue;
    }
    if ($type !== 11) continue;  // only JOB_ASSIGN matters
    [$handle, $func, $arg] = explode("\0", $body, 3);
    switch ($func) {
        case 'echo': fwrite($s, pkt(13, "$handle\0$arg")); break;
        case 'slow': usleep(300000); fwrite($s, pkt(13, "$handle\0$arg")); break;
        case 'json': fwrite($s, pkt(13, "$handle\0" . json_encode(['result' => $arg]))); break;
        case 'binary':
            fwrite($s, pkt(13, "$handle\0" . json_encode(['len' => strlen($arg), 'hex' => bin2hex($arg)])));
            break;
        case 'progress':
            fwrite($s, pkt(12, "$handle\0" . "1\0" . "2"));
            fwrite($s, pkt(28, "$handle\0d1"));
            fwrite($s, pkt(29, "$handle\0w1"));
            fwrite($s, pkt(12, "$handle\0" . "2\0" . "2"));
            fwrite($s, pkt(13, "$handle\0" . '{"done":true}'));
            break;
        case 'fail': fwrite($s, pkt(14, $handle)); break;
        case 'exception': fwrite($s, pkt(25, "$handle\0boom: $arg")); break;
    }
    $done++;
}
