--TEST--
Set callback fires with results in insertion order on every true finished()
--EXTENSIONS--
geartrain
--FILE--
<?php
$a = new Net_Gearman_Task("f", 1);
$b = new Net_Gearman_Task("f", 2);
$c = new Net_Gearman_Task("f", 3);
$s = new Net_Gearman_Set([$b, $a, $c]);
$s->attachCallback(function (...$args) { echo count($args), " arg(s): ", json_encode($args[0]), "\n"; });
var_dump($s->finished());
$a->complete("A"); $s->tasksCount--;
$b->complete(["B" => 1]); $s->tasksCount--;
$c->fail(); $s->tasksCount--;
var_dump($s->finished());
var_dump($s->finished());
?>
--EXPECT--
bool(false)
1 arg(s): [{"B":1},"A",""]
bool(true)
1 arg(s): [{"B":1},"A",""]
bool(true)
