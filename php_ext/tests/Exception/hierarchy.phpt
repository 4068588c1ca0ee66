--TEST--
Net_Gearman_Exception and Net_Gearman_Job_Exception hierarchy
--EXTENSIONS--
geartrain
--FILE--
<?php
$e = new Net_Gearman_Exception("m", 3);
var_dump($e instanceof Exception, $e->getMessage(), $e->getCode());
$j = new Net_Gearman_Job_Exception("job");
var_dump($j instanceof Net_Gearman_Exception, get_parent_class($j));
$r = new ReflectionClass("Net_Gearman_Exception");
var_dump($r->isFinal(), $r->getParentClass()->getName());
// No members of their own: everything is inherited from Exception.
foreach (["Net_Gearman_Exception", "Net_Gearman_Job_Exception"] as $c) {
    $r = new ReflectionClass($c);
    var_dump(count(array_filter($r->getProperties(), fn($p) => $p->class === $c)), count(array_filter($r->getMethods(), fn($m) => $m->class === $c)));
}
?>
--EXPECT--
bool(true)
string(1) "m"
int(3)
bool(true)
string(21) "Net_Gearman_Exception"
bool(false)
string(9) "Exception"
int(0)
int(0)
int(0)
int(0)
