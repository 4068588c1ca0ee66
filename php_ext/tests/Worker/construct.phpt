--TEST--
Worker: constructor rules (servers, socket timeout, default id, no throw when all servers are down), connection_status(), attachCallback() checks, retryTime(), deepSleep messages, subclass overriding status()
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
try { new Net_Gearman_Worker([]); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { new Net_Gearman_Worker('127.0.0.1:1', '', 'abc'); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
var_dump(Net_Gearman_Worker::JOB_START, Net_Gearman_Worker::JOB_COMPLETE, Net_Gearman_Worker::JOB_FAIL, Net_Gearman_Worker::WORKER_STATUS);

class MyWorker extends Net_Gearman_Worker {
    protected function status($message, $server = null) { echo "status: $message\n"; parent::status($message, $server); }
    public function get($p) { return $this->$p; }
    public function rt($n) { return $this->retryTime($n); }
}
$w = new MyWorker('127.0.0.1:1', '', '100');
var_dump($w->get('socket_timeout'));
var_dump((bool)preg_match('/^pid_' . getmypid() . '_[0-9a-f]{13}$/', $w->get('id')));
var_dump($w->connection_status());
var_dump($w->get('failedConn'), array_keys($w->get('retryConn')), $w->get('minCurrentRetryTime'));
var_dump($w->get('callback'));
echo implode(',', array_map([$w, 'rt'], range(1, 7))), "\n";
try { $w->attachCallback('no_such_function'); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { $w->attachCallback('strlen', 9); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
$calls = [];
$w->beginWork(function ($idle, $last) use (&$calls) { $calls[] = [$idle, is_int($last)]; return true; });
echo json_encode($calls), "\n";

$server = gt_server_start();
$w2 = new MyWorker([$server['host']], 'given-id');
var_dump($w2->get('id'), $w2->connection_status()['servers'], get_class($w2->get('conn')[$server['host']]));
var_dump($w2->stopWork());
$w2->endWork();
var_dump($w2->get('conn'));
?>
--EXPECTF--
Invalid servers specified
Invalid valid for socket timeout
int(1)
int(2)
int(3)
int(4)
status: Putting 127.0.0.1:1 connection to sleep for 3 seconds
status: Connection failed
int(100)
bool(true)
array(4) {
  ["connected"]=>
  int(0)
  ["disconnected"]=>
  int(1)
  ["servers"]=>
  array(1) {
    ["127.0.0.1:1"]=>
    bool(false)
  }
  ["stats"]=>
  array(0) {
  }
}
array(1) {
  ["127.0.0.1:1"]=>
  int(1)
}
array(1) {
  [0]=>
  string(11) "127.0.0.1:1"
}
int(3)
array(4) {
  [1]=>
  array(0) {
  }
  [2]=>
  array(0) {
  }
  [3]=>
  array(0) {
  }
  [4]=>
  array(0) {
  }
}
3,6,12,24,48,60,60
Invalid callback specified
Invalid callback type specified.
status: No open connections. Sleeping for %d seconds
[[true,true],[true,true]]
status: Connected to %s
string(8) "given-id"
array(1) {
  ["%s"]=>
  bool(true)
}
string(22) "Net_Gearman_Connection"
bool(false)
array(0) {
}
