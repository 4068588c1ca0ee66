--TEST--
complete() sets finished/result and calls callbacks with (func, handle, result, uniq) in order
--EXTENSIONS--
geartrain
--FILE--
<?php
$t = new Net_Gearman_Task("sum", [1, 2], "u");
$t->handle = "H:x:1";
$t->attachCallback(function (...$a) { echo "first "; var_dump($a); });
$t->attachCallback(function ($f, $h, $r) { echo "second $f $h ", json_encode($r), "\n"; });
$t->complete(["result" => 3]);
var_dump($t->finished, $t->result);
?>
--EXPECT--
first array(4) {
  [0]=>
  string(3) "sum"
  [1]=>
  string(5) "H:x:1"
  [2]=>
  array(1) {
    ["result"]=>
    int(3)
  }
  [3]=>
  string(1) "u"
}
second sum H:x:1 {"result":3}
bool(true)
array(1) {
  ["result"]=>
  int(3)
}
