--TEST--
attachCallback validates and replaces the previous callback
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set;
try { $s->attachCallback("no_such_fn"); } catch (Net_Gearman_Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s->attachCallback(function () { echo "first\n"; });
$s->attachCallback(function ($r) { echo "second ", json_encode($r), "\n"; });
$s->finished();
?>
--EXPECT--
Net_Gearman_Exception: Invalid callback specified
second []
