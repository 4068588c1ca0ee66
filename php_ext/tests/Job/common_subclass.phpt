--TEST--
Job_Common: subclasses (skipping or calling the parent constructor), protected members, dispatch through $this->conn, clone, bad arguments
--EXTENSIONS--
geartrain
--FILE--
<?php
function attempt(callable $f) {
    try {
        $r = $f();
        echo "ok ", var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// A constructor that never calls the parent: defaults, no crash.
class Lazy extends Net_Gearman_Job_Common {
    public function __construct() {}
    public function run($arg) {}
    public function props() { return [$this->conn, $this->handle, $this->initParams]; }
    public function setConn($c) { $this->conn = $c; }
}
$lazy = new Lazy();
var_dump($lazy->props(), $lazy->getUniqueId());
attempt(fn() => $lazy->status(1, 2));
attempt(fn() => $lazy->complete([1]));
attempt(fn() => $lazy->fail());
attempt(fn() => $lazy->sendData('x'));
attempt(fn() => $lazy->sendWarning('x'));
attempt(fn() => $lazy->sendException('x'));
// Any object with send() will do (normal method dispatch), __call included.
class Recorder extends Net_Gearman_Connection {
    public function send($command, $params = []) { echo "Recorder::send $command ", json_encode($params), "\n"; return 'ignored'; }
}
class Magic { public function __call($name, $args) { echo "Magic::$name ", json_encode($args), "\n"; } }
$lazy->setConn(new Magic());
attempt(fn() => $lazy->sendWarning(1.5));
$lazy->setConn(new stdClass());
attempt(fn() => $lazy->fail());
$lazy->setConn('a string');
attempt(fn() => $lazy->fail());
// A constructor that calls the parent, with a Connection subclass.
class Eager extends Net_Gearman_Job_Common {
    public function __construct(Net_Gearman_Connection $conn, $handle) {
        parent::__construct($conn, "eager-$handle");
    }
    public function run($arg) {}
    public function props() { return [get_class($this->conn), $this->handle, $this->initParams]; }
}
$eager = new Eager(new Recorder(), 'H:9');
var_dump($eager->props());
attempt(fn() => $eager->status(5, 10));
attempt(fn() => $eager->complete(['r' => 'x']));
attempt(fn() => $eager->sendException('oops'));
// Protected members stay protected.
attempt(fn() => $eager->conn);
// Clone keeps the state (same connection object, same handle).
$copy = clone $eager;
var_dump($copy->props(), $copy->getUniqueId());
attempt(fn() => $copy->fail());
unset($copy);
// Bad arguments.
attempt(fn() => new Eager(new stdClass(), 'x'));
attempt(fn() => $eager->complete('not an array'));
attempt(fn() => $eager->sendData(new stdClass()));
attempt(fn() => $eager->status(1));
attempt(fn() => $eager->getUniqueId(1));
attempt(fn() => $eager->sendData([1]));
// Abstract: cannot be built directly.
attempt(fn() => new Net_Gearman_Job_Common(new Recorder(), 'h'));
var_dump((new ReflectionMethod('Net_Gearman_Job_Common', 'run'))->isAbstract());
?>
--EXPECTF--
array(3) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  array(0) {
  }
}
string(0) ""
Net_Gearman_Exception: Net_Gearman_Job_Common::status(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Net_Gearman_Exception: Net_Gearman_Job_Common::complete(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Net_Gearman_Exception: Net_Gearman_Job_Common::fail(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Net_Gearman_Exception: Net_Gearman_Job_Common::sendData(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Net_Gearman_Exception: Net_Gearman_Job_Common::sendWarning(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Net_Gearman_Exception: Net_Gearman_Job_Common::sendException(): $this->conn is null, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
Magic::send ["work_warning",{"handle":"","data":"1.5"}]
ok NULL
Error: Call to undefined method stdClass::send()
Net_Gearman_Exception: Net_Gearman_Job_Common::fail(): $this->conn is string, not a Net_Gearman_Connection (did the job's constructor call parent::__construct()?)
array(3) {
  [0]=>
  string(8) "Recorder"
  [1]=>
  string(9) "eager-H:9"
  [2]=>
  array(0) {
  }
}
Recorder::send work_status {"handle":"eager-H:9","numerator":5,"denominator":10}
ok NULL
Recorder::send work_complete {"handle":"eager-H:9","result":"{\"r\":\"x\"}"}
ok NULL
Recorder::send work_exception {"handle":"eager-H:9","data":"oops"}
ok NULL
Error: Cannot access protected property Eager::$conn
array(3) {
  [0]=>
  string(8) "Recorder"
  [1]=>
  string(9) "eager-H:9"
  [2]=>
  array(0) {
  }
}
string(0) ""
Recorder::send work_fail {"handle":"eager-H:9"}
ok NULL
TypeError: Eager::__construct(): Argument #1 ($conn) must be of type Net_Gearman_Connection, stdClass given, called in %s on line %d
TypeError: Net_Gearman_Job_Common::complete(): Argument #1 ($result) must be of type array, string given
Error: Object of class stdClass could not be converted to string
ArgumentCountError: Net_Gearman_Job_Common::status() expects exactly 2 arguments, 1 given
ArgumentCountError: Net_Gearman_Job_Common::getUniqueId() expects exactly 0 arguments, 1 given

Warning: Array to string conversion in %s on line %d
Recorder::send work_data {"handle":"eager-H:9","data":"Array"}
ok NULL
Error: Cannot instantiate abstract class Net_Gearman_Job_Common
bool(true)
