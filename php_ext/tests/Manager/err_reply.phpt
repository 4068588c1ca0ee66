--TEST--
Net_Gearman_Manager: ERR replies throw "<text> [error code: <CODE>]"; sendCommand/recvCommand/checkForError
--EXTENSIONS--
geartrain
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard();
$srv = gt_server_start();
class Raw extends Net_Gearman_Manager {
    public function cmd($c) { $this->sendCommand($c); return $this->recvCommand(); }
    public function send($c) { $this->sendCommand($c); }
    public function recv() { return $this->recvCommand(); }
    public function check($d) { $this->checkForError($d); echo "no error\n"; }
}
$m = new Raw($srv['host']);
mgr_try(fn() => $m->cmd('bogus'));
mgr_try(fn() => $m->cmd('show nonsense'));
mgr_try(fn() => $m->cmd('maxqueue'));
// recvCommand returns the lines before ".\n", as Net_Gearman.
var_dump($m->cmd('status'));
$m->send('prioritystatus');
var_dump($m->recv());
// Public methods and the raw ones share the connection and stay in step.
var_dump($m->version());
// checkForError alone.
$m->check("OK\r\n");
$m->check("");
mgr_try(fn() => $m->check("ERR UNKNOWN_JOB\r\n"));
mgr_try(fn() => $m->check("  ERR A%20B+C some+text more\n"));
mgr_try(fn() => $m->check("ERRX"));
// An ERR for a public method.
mgr_try(fn() => (new Net_Gearman_Manager($srv['host']))->setMaxQueueSize('f', '99999999999999'));
// A checkForError() override is used by recvCommand().
class Lenient extends Raw {
    protected function checkForError($data) { echo "check: ", json_encode($data), "\n"; }
}
$l = new Lenient($srv['host']);
var_dump($l->cmd('status'));
?>
--EXPECT--
Net_Gearman_Exception: Unknown+server+commandbogus [error code: UNKNOWN_COMMAND]
Net_Gearman_Exception:  [error code: UNKNOWN_SHOW_ARGUMENTS]
Net_Gearman_Exception: An+incomplete+set+of+arguments+was+sent+to+this+command+maxqueue [error code: INVALID_ARGUMENTS]
string(0) ""
string(0) ""
string(9) "OK 1.1.20"
no error
no error
Net_Gearman_Exception:  [error code: UNKNOWN_JOB]
Net_Gearman_Exception: some+text [error code: A B C]
Net_Gearman_Exception:  [error code: ]
Net_Gearman_Exception: An+incomplete+set+of+arguments+was+sent+to+this+command+maxqueue [error code: INVALID_ARGUMENTS]
check: ".\n"
string(0) ""
