--TEST--
Unusable uniq or handle types raise isset()'s TypeError, as in the library
--EXTENSIONS--
geartrain
--FILE--
<?php
$s = new Net_Gearman_Set;
try { $s->addTask(new Net_Gearman_Task("f", 1, [1])); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s->tasksCount, $s->tasks);
try { $s->getTask([1]); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s->getTask(new stdClass); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$t = new Net_Gearman_Task("f", 1, null);
$s->addTask($t);
$s->handles[7] = $t->uniq;
var_dump($s->getTask("7") === $t, $s->getTask(7.0) === $t);
?>
--EXPECT--
TypeError: Illegal offset type in isset or empty
int(0)
array(0) {
}
TypeError: Illegal offset type in isset or empty
TypeError: Illegal offset type in isset or empty
bool(true)
bool(true)
