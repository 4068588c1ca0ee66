--TEST--
Net_Gearman_Manager::shutdown(): true on OK, sets $shutdown; then every command throws
--EXTENSIONS--
geartrain
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard();
class M extends Net_Gearman_Manager {
    public function flag() { return $this->shutdown; }
    public function send($c) { $this->sendCommand($c); }
}
foreach ([false, true] as $graceful) {
    $srv = gt_server_start();
    $m = new M($srv['host']);
    var_dump($m->flag());
    var_dump($m->shutdown($graceful));
    var_dump($m->flag());
    mgr_try(fn() => $m->version());
    mgr_try(fn() => $m->status());
    mgr_try(fn() => $m->getPid());
    mgr_try(fn() => $m->send('version'));
    mgr_try(fn() => $m->shutdown());
    // The server really stops.
    $deadline = microtime(true) + 10;
    while (proc_get_status($srv['proc'])['running'] && microtime(true) < $deadline) {
        usleep(10000);  // polling for the exit, not a fixed wait
    }
    var_dump(proc_get_status($srv['proc'])['running']);
}
// A server that refuses the command answers ERR (gearmand >= 1.1.15 too).
$srv = gt_server_start(['--no-admin-shutdown']);
$m = new M($srv['host']);
mgr_try(fn() => $m->shutdown());
var_dump($m->flag());
var_dump($m->version());
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
bool(false)
bool(false)
bool(true)
bool(true)
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
Net_Gearman_Exception: This server has been shut down
bool(false)
Net_Gearman_Exception: Unknown+server+commandshutdown [error code: UNKNOWN_COMMAND]
bool(false)
string(9) "OK 1.1.20"
