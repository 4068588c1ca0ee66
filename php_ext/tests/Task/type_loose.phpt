--TEST--
Job and callback types are compared loosely, like in_array()
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a", null, "3");
var_dump($t->type, $t->uniq === md5("f" . serialize("a") . "3"));
$t->attachCallback("strlen", "2");
$t->attachCallback("strlen", true);
$t->attachCallback("strlen", 3.0);
var_dump(array_map("count", $t->getCallbacks()));
?>
--EXPECT--
string(1) "3"
bool(true)
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(1)
  [3]=>
  int(1)
}
