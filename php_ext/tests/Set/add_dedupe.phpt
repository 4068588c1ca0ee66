--TEST--
addTask keys by uniq, ignores repeated uniqs, counts the rest
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set;
$t1 = new Net_Gearman_Task("f", "a", "same");
$t2 = new Net_Gearman_Task("g", "b", "same");
$t3 = new Net_Gearman_Task("h", "c", "");
$t4 = new Net_Gearman_Task("i", "d", "123");
$s->addTask($t1); $s->addTask($t2); $s->addTask($t3); $s->addTask($t4); $s->addTask($t3);
var_dump($s->tasksCount, count($s));
var_dump(array_keys($s->tasks));
var_dump($s->tasks["same"]->func);
?>
--EXPECT--
int(3)
int(3)
array(3) {
  [0]=>
  string(4) "same"
  [1]=>
  string(0) ""
  [2]=>
  int(123)
}
string(1) "f"
