--TEST--
A callback attaching another callback does not disturb the running loop
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a");
$t->attachCallback(function () use ($t) { echo "one\n"; $t->attachCallback(function () { echo "added\n"; }); });
$t->complete(1);
echo "--\n";
$t->complete(2);
?>
--EXPECT--
one
--
one
added
