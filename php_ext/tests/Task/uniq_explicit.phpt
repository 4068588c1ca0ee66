--TEST--
Explicit uniq is kept as given, including the empty string
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("f", "a", "");
var_dump($t->uniq);
$t = new Net_Gearman_Task("f", "a", "my-id");
var_dump($t->uniq);
$t = new Net_Gearman_Task("f", "a", 42);
var_dump($t->uniq);
$t = new Net_Gearman_Task("f", "a", null);
var_dump($t->uniq === md5("f" . serialize("a") . 1));
?>
--EXPECT--
string(0) ""
string(5) "my-id"
int(42)
bool(true)
