--TEST--
attachCallback returns $this and appends per type
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
var_dump($t->attachCallback("strlen") === $t);
$t->attachCallback("strtoupper")->attachCallback("trim", Net_Gearman_Task::TASK_FAIL)->attachCallback("intval", Net_Gearman_Task::TASK_STATUS);
var_dump($t->getCallbacks());
?>
--EXPECT--
bool(true)
array(3) {
  [1]=>
  array(2) {
    [0]=>
    string(6) "strlen"
    [1]=>
    string(10) "strtoupper"
  }
  [2]=>
  array(1) {
    [0]=>
    string(4) "trim"
  }
  [3]=>
  array(1) {
    [0]=>
    string(6) "intval"
  }
}
