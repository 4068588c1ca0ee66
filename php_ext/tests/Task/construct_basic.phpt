--TEST--
Constructor stores func/arg/type/servers and defaults
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("reverse", ["x" => 1]);
var_dump($t->func, $t->arg, $t->type, $t->servers, $t->handle, $t->finished, $t->result, $t->server);
$t = new Net_Gearman_Task("f", "a", "u1", Net_Gearman_Task::JOB_HIGH, ["h1:4730", "h2"]);
var_dump($t->uniq, $t->type, $t->servers);
?>
--EXPECT--
string(7) "reverse"
array(1) {
  ["x"]=>
  int(1)
}
int(1)
array(0) {
}
string(0) ""
bool(false)
string(0) ""
string(0) ""
string(2) "u1"
int(3)
array(2) {
  [0]=>
  string(7) "h1:4730"
  [1]=>
  string(2) "h2"
}
