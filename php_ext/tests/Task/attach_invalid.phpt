--TEST--
attachCallback rejects non-callables and unknown types
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
foreach ([["nope_no_such_function"], [42], [[1, 2]]] as $args) {
    try { $t->attachCallback(...$args); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
}
foreach ([0, 7, "x"] as $type) {
    try { $t->attachCallback("strlen", $type); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
}
var_dump($t->getCallbacks() === [1 => [], 2 => [], 3 => []]);
?>
--EXPECT--
Invalid callback specified
Invalid callback specified
Invalid callback specified
Invalid callback type specified
Invalid callback type specified
Invalid callback type specified
bool(true)
