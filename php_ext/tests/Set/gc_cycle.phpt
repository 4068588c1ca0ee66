--TEST--
A set whose callback references the set is collected
--EXTENSIONS--
geartrain
--FILE--
<?php
$before = memory_get_usage();
for ($i = 0; $i < 20000; $i++) {
    $s = new Net_Gearman_Set([new Net_Gearman_Task("f", $i)]);
    $s->attachCallback(function () use ($s) { return $s; });
}
unset($s);
gc_collect_cycles();
var_dump(memory_get_usage() - $before < 200000);
?>
--EXPECT--
bool(true)
