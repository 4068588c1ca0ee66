--TEST--
Net_Gearman_Manager: a silent server times out after the constructor's timeout, naming it
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard(20);
[$srv, $addr] = mgr_fake_server();  // accepts (backlog) but never answers
$m = new Net_Gearman_Manager($addr, 0.3);
$t = microtime(true);
mgr_try(fn() => $m->version());
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.25, $elapsed < 3);
// After a timeout the connection is closed: a late reply can never be
// taken for the answer to the next command.
mgr_try(fn() => $m->status());

class Raw extends Net_Gearman_Manager {
    public function cmd($c) { $this->sendCommand($c); return $this->recvCommand(); }
}
$r = new Raw($addr, 0.2);
$t = microtime(true);
mgr_try(fn() => $r->cmd('status'));
var_dump(microtime(true) - $t < 3);
?>
--EXPECTF--
Net_Gearman_Exception: Socket timeout reading from 127.0.0.1:%d (timeout: 0.3 s)
bool(true)
bool(true)
Net_Gearman_Exception: Net_Gearman_Manager is not connected (disconnected, or a failed command closed the connection)
Net_Gearman_Exception: Socket timeout reading from 127.0.0.1:%d (timeout: 0.2 s)
bool(true)
