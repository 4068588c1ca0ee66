--TEST--
Module reports version 0.1.0, depends on sockets and json, and lists its classes in phpinfo
--EXTENSIONS--
geartrain
--FILE--
<?php
$ext = new ReflectionExtension("geartrain");
var_dump($ext->getVersion());
$deps = $ext->getDependencies();
var_dump($deps["sockets"], $deps["json"]);
var_dump(array_keys($ext->getClasses()));
ob_start(); $ext->info(); $info = ob_get_clean();
var_dump(str_contains($info, "geartrain support => enabled"), str_contains($info, "Protocol packet types => 42"));
?>
--EXPECT--
string(5) "0.1.0"
string(8) "Required"
string(8) "Required"
array(12) {
  [0]=>
  string(21) "Net_Gearman_Exception"
  [1]=>
  string(25) "Net_Gearman_Job_Exception"
  [2]=>
  string(16) "Net_Gearman_Task"
  [3]=>
  string(15) "Net_Gearman_Set"
  [4]=>
  string(22) "Net_Gearman_Connection"
  [5]=>
  string(18) "Net_Gearman_Client"
  [6]=>
  string(19) "Net_Gearman_Manager"
  [7]=>
  string(15) "Net_Gearman_Job"
  [8]=>
  string(22) "Net_Gearman_Job_Common"
  [9]=>
  string(18) "Net_Gearman_Worker"
  [10]=>
  string(18) "Net_Gearman_Server"
  [11]=>
  string(22) "Net_Gearman_Supervisor"
}
bool(true)
bool(true)
