--TEST--
An exception thrown by a callback stops the remaining callbacks and propagates
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
$t->attachCallback(function () { throw new RuntimeException("cb failed"); });
$t->attachCallback(function () { echo "not reached\n"; });
try { $t->complete(1); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($t->finished);
?>
--EXPECT--
cb failed
bool(true)
