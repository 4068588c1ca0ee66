--TEST--
Dynamic properties behave as on the PHP library class
--EXTENSIONS--
geartrain
--FILE--
<?php
error_reporting(E_ALL);
$t = new Net_Gearman_Task("f", "a");
$t->connection = 5;
var_dump($t->connection);
?>
--EXPECTF--

Deprecated: Creation of dynamic property Net_Gearman_Task::$connection is deprecated in %s on line %d
int(5)
