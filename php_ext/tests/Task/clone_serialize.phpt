--TEST--
Tasks clone, serialize and compare like plain objects
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", ["k" => "v"]);
$t->attachCallback("strlen");
$c = clone $t;
$c->attachCallback("trim");
var_dump(count($t->getCallbacks()[1]), count($c->getCallbacks()[1]));
$u = unserialize(serialize(new Net_Gearman_Task("f", 1)));
var_dump(get_class($u), $u->uniq === md5("f" . serialize(1) . 1), $u == new Net_Gearman_Task("f", 1));
?>
--EXPECT--
int(1)
int(2)
string(16) "Net_Gearman_Task"
bool(true)
bool(true)
