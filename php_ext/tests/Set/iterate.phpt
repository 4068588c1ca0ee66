--TEST--
Iteration yields tasks keyed by uniq in insertion order via ArrayIterator
--EXTENSIONS--
geartrain
--FILE--
<?php
$t1 = new Net_Gearman_Task("one", 1);
$t2 = new Net_Gearman_Task("two", 2, "u2");
$s = new Net_Gearman_Set([$t1, $t2]);
foreach ($s as $uniq => $task) { echo $uniq === $task->uniq ? "ok " : "bad ", $task->func, "\n"; }
$it = $s->getIterator();
var_dump(get_class($it), $it->count(), iterator_to_array($s) === $s->tasks);
foreach (new Net_Gearman_Set as $x) { echo "never\n"; }
echo "done\n";
?>
--EXPECT--
ok one
ok two
string(13) "ArrayIterator"
int(2)
bool(true)
done
