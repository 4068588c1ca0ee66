--TEST--
Net_Gearman_Manager: a server that closes mid-reply gives "Connection was reset", never a hang
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard(20);
// The fake server sends part of a reply and half-closes (FIN), then the
// Manager's command finds EOF before the reply is whole.
function partial_then_eof(string $bytes, callable $call): void {
    [$srv, $addr] = mgr_fake_server();
    $m = new Net_Gearman_Manager($addr, 5);
    $peer = stream_socket_accept($srv, 5);
    fwrite($peer, $bytes);
    stream_socket_shutdown($peer, STREAM_SHUT_WR);
    $t = microtime(true);
    mgr_try(fn() => $call($m));
    var_dump(microtime(true) - $t < 3);
    // The connection is gone for good: later commands say so at once.
    mgr_try(fn() => $m->version());
    fclose($peer);
}
partial_then_eof("f\t1\t0\t1\n", fn($m) => $m->status());       // no "." line
partial_then_eof("OK 1.1", fn($m) => $m->version());              // half a line
partial_then_eof("", fn($m) => $m->workers());                    // nothing at all
partial_then_eof("1 h - : a\n", fn($m) => $m->workers());
// A whole reply followed by EOF still counts.
partial_then_eof("OK 1.1.20\n", fn($m) => $m->version());

// recvCommand() through a subclass: sendCommand, the fake reads the command,
// answers half, closes.
class Raw extends Net_Gearman_Manager {
    public function send($c) { $this->sendCommand($c); }
    public function recv() { return $this->recvCommand(); }
}
[$srv, $addr] = mgr_fake_server();
$m = new Raw($addr, 5);
$peer = stream_socket_accept($srv, 5);
$m->send('status');
var_dump(fgets($peer));
fwrite($peer, "a\t0\t0\t0\nb\t0");
fclose($peer);
mgr_try(fn() => $m->recv());
mgr_try(fn() => $m->send('status'));
?>
--EXPECT--
Net_Gearman_Exception: Connection was reset
bool(true)
Net_Gearman_Exception: Connection was reset
Net_Gearman_Exception: Connection was reset
bool(true)
Net_Gearman_Exception: Connection was reset
Net_Gearman_Exception: Connection was reset
bool(true)
Net_Gearman_Exception: Connection was reset
Net_Gearman_Exception: Connection was reset
bool(true)
Net_Gearman_Exception: Connection was reset
returned: 'OK 1.1.20'
bool(true)
Net_Gearman_Exception: Connection was reset
string(8) "status
"
Net_Gearman_Exception: Connection was reset
Net_Gearman_Exception: Connection was reset
