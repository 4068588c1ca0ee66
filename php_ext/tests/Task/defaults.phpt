--TEST--
Net_Gearman_Task property defaults and visibility
--EXTENSIONS--
geartrain
--FILE--
<?php
$r = new ReflectionClass("Net_Gearman_Task");
var_dump($r->getDefaultProperties());
foreach ($r->getProperties() as $p) echo $p->getName(), ": ", $p->isPublic() ? "public" : "protected", "\n";
var_dump($r->isFinal());
?>
--EXPECT--
array(10) {
  ["func"]=>
  string(0) ""
  ["arg"]=>
  array(0) {
  }
  ["type"]=>
  int(1)
  ["handle"]=>
  string(0) ""
  ["servers"]=>
  array(0) {
  }
  ["server"]=>
  string(0) ""
  ["uniq"]=>
  string(0) ""
  ["finished"]=>
  bool(false)
  ["result"]=>
  string(0) ""
  ["callback"]=>
  array(3) {
    [1]=>
    array(0) {
    }
    [2]=>
    array(0) {
    }
    [3]=>
    array(0) {
    }
  }
}
func: public
arg: public
type: public
handle: public
servers: public
server: public
uniq: public
finished: public
result: public
callback: protected
bool(false)
