--TEST--
An exception from the set callback propagates out of finished()
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set;
$s->attachCallback(function () { throw new LogicException("set cb"); });
try { $s->finished(); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
set cb
