--TEST--
A task referencing itself through a callback is collected
--EXTENSIONS--
geartrain
--FILE--
<?php
$before = memory_get_usage();
for ($i = 0; $i < 20000; $i++) {
    $t = new Net_Gearman_Task("f", $i);
    $t->attachCallback(function () use ($t) { return $t; });
}
unset($t);
gc_collect_cycles();
var_dump(memory_get_usage() - $before < 200000);
?>
--EXPECT--
bool(true)
