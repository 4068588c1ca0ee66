--TEST--
status() calls callbacks with (func, handle, n, d) and leaves finished alone
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
$t->handle = "H:1";
$t->attachCallback(function (...$a) { var_dump($a); }, Net_Gearman_Task::TASK_STATUS);
$t->status(1, 4);
var_dump($t->finished);
?>
--EXPECT--
array(4) {
  [0]=>
  string(1) "f"
  [1]=>
  string(3) "H:1"
  [2]=>
  int(1)
  [3]=>
  int(4)
}
bool(false)
