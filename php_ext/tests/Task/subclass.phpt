--TEST--
Net_Gearman_Task is subclassable: overrides, extra members, parent calls
--EXTENSIONS--
geartrain
--FILE--
<?php
class MyTask extends Net_Gearman_Task {
    public $extra = "x";
    public function __construct($func, $arg) { parent::__construct($func, $arg, null, self::JOB_LOW); }
    public function complete($result) { echo "override\n"; parent::complete(strtoupper($result)); }
    public function callbacks() { return $this->callback; }
}
$t = new MyTask("f", "a");
var_dump($t->type, $t->uniq === md5("f" . serialize("a") . 5), $t instanceof Net_Gearman_Task);
$t->attachCallback(function ($f, $h, $r) { echo "got $r\n"; });
$t->complete("abc");
var_dump(count($t->callbacks()[1]), $t->extra);
class NoCtor extends Net_Gearman_Task { public function __construct() {} }
$n = new NoCtor;
var_dump($n->func, $n->uniq, $n->getCallbacks() === [1 => [], 2 => [], 3 => []]);
$n->attachCallback("strlen");
var_dump(count($n->getCallbacks()[1]));
?>
--EXPECT--
int(5)
bool(true)
bool(true)
override
got ABC
int(1)
string(1) "x"
string(0) ""
string(0) ""
bool(true)
int(1)
