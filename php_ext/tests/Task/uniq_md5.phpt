--TEST--
Default uniq is md5(func . serialize(arg) . type)
--EXTENSIONS--
geartrain
--FILE--
<?php
$cases = [["f", "a", 1], ["f", ["a" => [1, 2.5, true, null]], 2], ["g", 0, 3], ["h", new ArrayObject([1]), 6], ["i", "", 5], ["j", null, 4]];
foreach ($cases as [$f, $a, $ty]) {
    $t = new Net_Gearman_Task($f, $a, null, $ty);
    var_dump($t->uniq === md5($f . serialize($a) . $ty));
}
$t = new Net_Gearman_Task("f", "a");
var_dump($t->uniq === md5("f" . serialize("a") . Net_Gearman_Task::JOB_NORMAL));
var_dump(strlen($t->uniq));
$o = new stdClass; $o->p = [1]; $o->q = "s";
$t = new Net_Gearman_Task("obj", $o);
var_dump($t->uniq === md5("obj" . serialize($o) . 1));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(32)
bool(true)
