--TEST--
Net_Gearman_Manager: wrong argument types give TypeError/ValueError, never a crash
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_try(fn() => new Net_Gearman_Manager([]));
mgr_try(fn() => new Net_Gearman_Manager(new stdClass));
mgr_try(fn() => new Net_Gearman_Manager('127.0.0.1:1', 'abc'));
mgr_try(fn() => new Net_Gearman_Manager('127.0.0.1:1', []));
mgr_try(fn() => new Net_Gearman_Manager('127.0.0.1:1', 0));
mgr_try(fn() => new Net_Gearman_Manager('127.0.0.1:1', -1.5));
mgr_try(fn() => new Net_Gearman_Manager('127.0.0.1:1', NAN));
mgr_try(fn() => new Net_Gearman_Manager('a', 1, 2));
$m = new Net_Gearman_Manager();
mgr_try(fn() => $m->parseWorkersResponse([]));
mgr_try(fn() => $m->parseWorkersResponse());
mgr_try(fn() => $m->setMaxQueueSize([], 1));
mgr_try(fn() => $m->setMaxQueueSize('f'));
mgr_try(fn() => $m->cancelJob(new stdClass));
mgr_try(fn() => $m->createFunction([]));
mgr_try(fn() => $m->dropFunction(null));
mgr_try(fn() => $m->version(1));
class Raw extends Net_Gearman_Manager {
    public function send($c) { $this->sendCommand($c); }
    public function check($d) { $this->checkForError($d); }
}
$r = new Raw();
mgr_try(fn() => $r->send([]));
mgr_try(fn() => $r->check([]));
mgr_try(fn() => $r->check(42));
// Protected methods stay protected.
mgr_try(fn() => $m->sendCommand('version'));
// Scalars convert as for any internal string parameter.
var_dump($m->parseWorkersResponse(12345));
?>
--EXPECTF--
TypeError: Net_Gearman_Manager::__construct(): Argument #1 ($server) must be of type ?string, array given
TypeError: Net_Gearman_Manager::__construct(): Argument #1 ($server) must be of type ?string, stdClass given
TypeError: Net_Gearman_Manager::__construct(): Argument #2 ($timeout) must be of type ?float, string given
TypeError: Net_Gearman_Manager::__construct(): Argument #2 ($timeout) must be of type ?float, array given
ValueError: Net_Gearman_Manager::__construct(): Argument #2 ($timeout) must be greater than 0
ValueError: Net_Gearman_Manager::__construct(): Argument #2 ($timeout) must be greater than 0
ValueError: Net_Gearman_Manager::__construct(): Argument #2 ($timeout) must be greater than 0
ArgumentCountError: Net_Gearman_Manager::__construct() expects at most 2 arguments, 3 given
TypeError: Net_Gearman_Manager::parseWorkersResponse(): Argument #1 ($res) must be of type string, array given
ArgumentCountError: Net_Gearman_Manager::parseWorkersResponse() expects exactly 1 argument, 0 given
TypeError: Net_Gearman_Manager::setMaxQueueSize(): Argument #1 ($function) must be of type string, array given
ArgumentCountError: Net_Gearman_Manager::setMaxQueueSize() expects exactly 2 arguments, 1 given
TypeError: Net_Gearman_Manager::cancelJob(): Argument #1 ($handle) must be of type string, stdClass given
TypeError: Net_Gearman_Manager::createFunction(): Argument #1 ($function) must be of type string, array given

Deprecated: Net_Gearman_Manager::dropFunction(): Passing null to parameter #1 ($function) of type %s is deprecated in %s on line %d
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
ArgumentCountError: Net_Gearman_Manager::version() expects exactly 0 arguments, 1 given
TypeError: Net_Gearman_Manager::sendCommand(): Argument #1 ($cmd) must be of type string, array given
TypeError: Net_Gearman_Manager::checkForError(): Argument #1 ($data) must be of type string, array given
returned: NULL
Error: Call to protected method Net_Gearman_Manager::sendCommand() from global scope
array(0) {
}
