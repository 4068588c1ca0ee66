--TEST--
Callbacks may be strings, closures, static and instance method arrays, invokables
--EXTENSIONS--
geartrain
--FILE--
<?php
class C { function m($f) { echo "m $f\n"; } static function s($f) { echo "s $f\n"; } function __invoke($f) { echo "invoke $f\n"; } }
function g($f) { echo "g $f\n"; }
$t = new Net_Gearman_Task("fn", "a");
$t->attachCallback("g")->attachCallback([new C, "m"])->attachCallback(["C", "s"])->attachCallback("C::s")->attachCallback(new C)->attachCallback(fn($f) => print("arrow $f\n"));
$t->complete(null);
?>
--EXPECT--
g fn
m fn
s fn
s fn
invoke fn
arrow fn
