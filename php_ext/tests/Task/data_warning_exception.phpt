--TEST--
Additions: data/warning/exception callbacks get (func, handle, data, uniq)
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a", "U");
$t->handle = "H:2";
var_dump($t->getCallbacks() === [1 => [], 2 => [], 3 => []]);
$t->data("nothing attached yet");
foreach ([Net_Gearman_Task::TASK_DATA => "data", Net_Gearman_Task::TASK_WARNING => "warning", Net_Gearman_Task::TASK_EXCEPTION => "exception"] as $type => $name) {
    $t->attachCallback(function (...$a) use ($name) { echo $name, ": ", implode("|", $a), "\n"; }, $type);
}
$t->data("d1");
$t->warning("w1");
$t->exception("e1");
var_dump($t->finished, array_keys($t->getCallbacks()));
?>
--EXPECT--
bool(true)
data: f|H:2|d1|U
warning: f|H:2|w1|U
exception: f|H:2|e1|U
bool(false)
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
  [5]=>
  int(6)
}
