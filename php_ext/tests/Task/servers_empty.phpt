--TEST--
Empty servers array leaves the default
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a", null, 1, []);
var_dump($t->servers);
$t = new Net_Gearman_Task("f", "a", null, 1, ["a:1"]);
var_dump($t->servers);
?>
--EXPECT--
array(0) {
}
array(1) {
  [0]=>
  string(3) "a:1"
}
