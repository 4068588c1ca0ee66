--TEST--
Missing constructor arguments raise ArgumentCountError; servers must be an array
--EXTENSIONS--
geartrain
--FILE--
<?php
try { new Net_Gearman_Task("f"); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Net_Gearman_Task("f", "a", null, 1, "srv"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Net_Gearman_Task(new stdClass, "a"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
ArgumentCountError: Net_Gearman_Task::__construct() expects at least 2 arguments, 1 given
TypeError: Net_Gearman_Task::__construct(): Argument #5 ($servers) must be of type array, string given
Error: Object of class stdClass could not be converted to string
