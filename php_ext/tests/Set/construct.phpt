--TEST--
Constructor adds each task; uniq dedupe applies
--EXTENSIONS--
geartrain
--FILE--
<?php
$a = new Net_Gearman_Task("f", 1);
$b = new Net_Gearman_Task("f", 2);
$s = new Net_Gearman_Set([$a, $b, new Net_Gearman_Task("f", 1)]);
var_dump($s->tasksCount, array_keys($s->tasks) === [$a->uniq, $b->uniq], $s->tasks[$a->uniq] === $a);
?>
--EXPECT--
int(2)
bool(true)
bool(true)
