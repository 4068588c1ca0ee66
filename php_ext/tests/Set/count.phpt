--TEST--
count() follows tasksCount, not the number of stored tasks
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set([new Net_Gearman_Task("f", 1), new Net_Gearman_Task("f", 2)]);
var_dump(count($s), $s->count());
$s->tasksCount = 0;
var_dump(count($s), count($s->tasks));
?>
--EXPECT--
int(2)
int(2)
int(0)
int(2)
