--TEST--
Net_Gearman_Manager: no arguments means no connection; commands then throw, parse works
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
$m = new Net_Gearman_Manager();
var_dump($m instanceof Net_Gearman_Manager);
foreach (['version', 'status', 'workers', 'getPid', 'showJobs', 'showUniqueJobs', 'priorityStatus',
          'verbose', 'shutdown'] as $method) {
    mgr_try(fn() => $m->$method());
}
mgr_try(fn() => $m->setMaxQueueSize('f', 1));
mgr_try(fn() => $m->cancelJob('H:x:1'));
mgr_try(fn() => $m->createFunction('f'));
mgr_try(fn() => $m->dropFunction('f'));
var_dump($m->parseWorkersResponse("1 127.0.0.1 - : a\n"));
$m->disconnect();
$m->disconnect();
echo "done\n";
?>
--EXPECT--
bool(true)
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
Net_Gearman_Exception: Net_Gearman_Manager is not connected: the constructor was not called with a server
array(1) {
  [0]=>
  array(4) {
    ["fd"]=>
    string(1) "1"
    ["ip"]=>
    string(9) "127.0.0.1"
    ["id"]=>
    string(1) "-"
    ["abilities"]=>
    array(1) {
      [0]=>
      string(1) "a"
    }
  }
}
done
