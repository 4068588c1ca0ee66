--TEST--
Net_Gearman_Set is subclassable; overridden addTask is used by the constructor
--EXTENSIONS--
geartrain
--FILE--
<?php
class MySet extends Net_Gearman_Set {
    public function addTask(Net_Gearman_Task $t) { echo "adding {$t->func}\n"; parent::addTask($t); }
    public function cb() { return $this->callback; }
    public function getIterator(): Iterator { return new ArrayIterator(array_reverse($this->tasks)); }
}
$s = new MySet([new Net_Gearman_Task("a", 1), new Net_Gearman_Task("b", 1)]);
var_dump(count($s), $s->cb());
foreach ($s as $t) echo $t->func, "\n";
class Sub2 extends Net_Gearman_Set { public function count(): int { return 42; } }
var_dump(count(new Sub2));
?>
--EXPECT--
adding a
adding b
int(2)
NULL
b
a
int(42)
