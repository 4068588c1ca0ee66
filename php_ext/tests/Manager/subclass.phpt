--TEST--
Net_Gearman_Manager: subclass with a no-op constructor and an overridden version(); clone refused
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
class Fake extends Net_Gearman_Manager {
    public function __construct() {}
    public function version() { return 'OK 1.1.18'; }
    public function props() { return [$this->conn, $this->shutdown]; }
}
$f = new Fake();
var_dump($f->version(), $f->props());
mgr_try(fn() => $f->status());
mgr_try(fn() => $f->workers());
var_dump($f->parseWorkersResponse("1 a b :"));
$f->disconnect();
unset($f);

// Reflection builds objects without the constructor.
$r = (new ReflectionClass('Net_Gearman_Manager'))->newInstanceWithoutConstructor();
mgr_try(fn() => $r->getPid());
// A connection cannot be serialized (the library's would become int 0).
mgr_try(fn() => serialize(new Net_Gearman_Manager()));
mgr_try(fn() => unserialize('O:19:"Net_Gearman_Manager":0:{}'));

mgr_try(fn() => clone new Net_Gearman_Manager());
mgr_try(fn() => clone new Fake());

// Dynamic properties and the protected ones behave as for a PHP class.
$m = new Net_Gearman_Manager();
var_dump((array)$m === ["\0*\0conn" => null, "\0*\0shutdown" => false]);
// __destruct() calls $this->disconnect(), so overrides run.
class Loud extends Net_Gearman_Manager {
    public function disconnect() { echo "disconnect\n"; parent::disconnect(); }
}
$l = new Loud();
unset($l);
echo "end\n";
?>
--EXPECTF--
string(9) "OK 1.1.18"
array(2) {
  [0]=>
  NULL
  [1]=>
  bool(false)
}
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
array(1) {
  [0]=>
  array(4) {
    ["fd"]=>
    string(1) "1"
    ["ip"]=>
    string(1) "a"
    ["id"]=>
    string(1) "b"
    ["abilities"]=>
    array(0) {
    }
  }
}
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Exception: Serialization of 'Net_Gearman_Manager' is not allowed
Exception: Unserialization of 'Net_Gearman_Manager' is not allowed
Error: Trying to clone an uncloneable object of class Net_Gearman_Manager
Error: Trying to clone an uncloneable object of class Fake
bool(true)
disconnect
end
