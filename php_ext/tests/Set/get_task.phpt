--TEST--
getTask resolves handle -> uniq -> task and reports both failure kinds
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a", "u1");
$s = new Net_Gearman_Set([$t]);
try { $s->getTask("H:1"); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
$s->handles["H:1"] = "u1";
var_dump($s->getTask("H:1") === $t);
$s->handles["H:2"] = "missing";
try { $s->getTask("H:2"); } catch (Net_Gearman_Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
Unknown handle
bool(true)
Net_Gearman_Exception: No task by that handle
