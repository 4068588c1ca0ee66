--TEST--
Identical tasks share a uniq; different args or types do not
--EXTENSIONS--
geartrain
--FILE--
<?php
$a = new Net_Gearman_Task("f", [1, 2]);
$b = new Net_Gearman_Task("f", [1, 2]);
$c = new Net_Gearman_Task("f", [2, 1]);
$d = new Net_Gearman_Task("f", [1, 2], null, Net_Gearman_Task::JOB_BACKGROUND);
var_dump($a->uniq === $b->uniq, $a->uniq === $c->uniq, $a->uniq === $d->uniq);
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
