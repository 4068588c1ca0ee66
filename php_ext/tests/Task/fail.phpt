--TEST--
fail() sets finished and calls callbacks with the task
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
$t->attachCallback(function (...$a) { var_dump(count($a), $a[0] instanceof Net_Gearman_Task, $a[0]->finished); }, Net_Gearman_Task::TASK_FAIL);
$t->attachCallback(function () { echo "complete must not run\n"; });
$t->fail();
var_dump($t->finished, $t->result);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
string(0) ""
