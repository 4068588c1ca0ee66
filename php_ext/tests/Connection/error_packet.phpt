--TEST--
Connection::read: an ERROR packet throws "(CODE): text"; packets after it are still read
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$fake = stream_socket_server('tcp://127.0.0.1:0');
$c = new Net_Gearman_Connection(stream_socket_get_name($fake, false));
$peer = stream_socket_accept($fake, 5);
$res = fn($type, $body) => "\0RES" . pack('NN', $type, strlen($body)) . $body;
fwrite($peer, $res(19, "QUEUE_ERROR\0queue full") . $res(19, "ODD\0") . $res(8, "H:x:1")
              . $res(28, "H:x:1\0da\0ta") . $res(5, ""));
foreach (range(1, 5) as $i) {
    try {
        $r = $c->blockingRead(1000);
        echo json_encode($r), "\n";
    } catch (Net_Gearman_Exception $e) {
        echo "exception: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
exception: (QUEUE_ERROR): queue full
exception: (ODD): Unknown error; see error code.
{"function":"job_created","type":8,"data":{"handle":"H:x:1"}}
{"function":"work_data","type":28,"data":{"handle":"H:x:1","data":"da\u0000ta"}}
exception: Invalid response magic returned: 5
