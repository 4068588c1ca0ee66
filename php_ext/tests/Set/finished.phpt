--TEST--
finished() is true only when tasksCount reaches 0
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set;
var_dump($s->finished());
$s->addTask(new Net_Gearman_Task("f", 1));
$s->addTask(new Net_Gearman_Task("f", 2));
var_dump($s->finished());
$s->tasksCount--;
var_dump($s->finished());
$s->tasksCount--;
var_dump($s->finished(), count($s));
$s->tasksCount = "0";
var_dump($s->finished());
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
int(0)
bool(true)
