--TEST--
Client::handleResponse (protected, for subclasses that drive read() themselves): the library's per-packet step
--FILE--
<?php
class MyClient extends Net_Gearman_Client {
    public function step($resp, $conn, $set) { $this->handleResponse($resp, $conn, $set); }
}
$c = new MyClient('127.0.0.1:1');
$conn = new Net_Gearman_Connection();
$t = new Net_Gearman_Task('f', 'x');
$t->attachCallback(function ($f, $h, $r, $u) { echo "complete ", json_encode($r), "\n"; });
$t->attachCallback(function ($f, $h, $n, $d) { var_dump($n, $d); }, Net_Gearman_Task::TASK_STATUS);
$t->attachCallback(function ($f, $h, $data, $u) { echo "data $data\n"; }, Net_Gearman_Task::TASK_DATA);
$t->attachCallback(function ($task) { echo "fail\n"; }, Net_Gearman_Task::TASK_FAIL);
$t->attachCallback(function ($f, $h, $m, $u) { echo "exception $m\n"; }, Net_Gearman_Task::TASK_EXCEPTION);
$set = new Net_Gearman_Set([$t]);
$conn->addWaitingTask($t);
$c->step(['function' => 'job_created', 'data' => ['handle' => 'H:x:1']], $conn, $set);
var_dump($t->handle, $set->handles);
$c->step(['function' => 'work_status', 'data' => ['handle' => 'H:x:1', 'numerator' => '1', 'denominator' => '4']], $conn, $set);
$c->step(['function' => 'work_data', 'data' => ['handle' => 'H:x:1', 'data' => 'd1']], $conn, $set);
$c->step(['function' => 'work_exception', 'data' => ['handle' => 'H:x:1', 'data' => 'boom']], $conn, $set);
var_dump($set->tasksCount);
$c->step(['function' => 'work_complete', 'data' => ['handle' => 'H:x:1', 'result' => '{"a":1}']], $conn, $set);
var_dump($set->tasksCount);
try { $c->step(['function' => 'work_complete', 'data' => ['handle' => 'H:nope']], $conn, $set); }
catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { $c->step(['function' => 'noop', 'data' => []], $conn, $set); }
catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
string(5) "H:x:1"
array(1) {
  ["H:x:1"]=>
  string(32) "%x"
}
int(1)
int(4)
data d1
exception boom
fail
int(0)
complete {"a":1}
int(-1)
Unknown handle
Invalid function noop
