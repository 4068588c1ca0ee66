--TEST--
Net_Gearman_Set surface: interfaces, defaults, visibility
--EXTENSIONS--
geartrain
--FILE--
<?php
$r = new ReflectionClass("Net_Gearman_Set");
var_dump($r->implementsInterface("IteratorAggregate"), $r->implementsInterface("Countable"), $r->isFinal());
var_dump($r->getDefaultProperties());
foreach ($r->getProperties() as $p) echo $p->getName(), ": ", $p->isPublic() ? "public" : "protected", "\n";
$s = new Net_Gearman_Set;
var_dump($s->tasksCount, $s->tasks, $s->handles, count($s));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
array(4) {
  ["tasksCount"]=>
  int(0)
  ["tasks"]=>
  array(0) {
  }
  ["handles"]=>
  array(0) {
  }
  ["callback"]=>
  NULL
}
tasksCount: public
tasks: public
handles: public
callback: protected
int(0)
array(0) {
}
array(0) {
}
int(0)
