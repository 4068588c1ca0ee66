--TEST--
Constructor rejects non-arrays and non-task elements
--EXTENSIONS--
geartrain
--FILE--
<?php
try { new Net_Gearman_Set("x"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new Net_Gearman_Set([new stdClass]); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new Net_Gearman_Set)->addTask("f"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
TypeError: Net_Gearman_Set::__construct(): Argument #1 ($tasks) must be of type array, string given
TypeError: Net_Gearman_Set::addTask(): Argument #1 ($task) must be of type Net_Gearman_Task, stdClass given
TypeError: Net_Gearman_Set::addTask(): Argument #1 ($task) must be of type Net_Gearman_Task, string given
