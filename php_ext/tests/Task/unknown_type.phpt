--TEST--
Unknown job type throws after the properties are assigned
--EXTENSIONS--
geartrain
--FILE--
<?php
foreach ([0, 7, "x", 2.5] as $type) {
    try {
        new Net_Gearman_Task("f", "a", null, $type);
    } catch (Net_Gearman_Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
class Keep extends Net_Gearman_Task {
    public static $last;
    public function __construct(...$a) { self::$last = $this; parent::__construct(...$a); }
}
try { new Keep("fn", "arg", "u", 99, ["s"]); } catch (Net_Gearman_Exception $e) {}
var_dump(Keep::$last->func, Keep::$last->arg, Keep::$last->uniq, Keep::$last->type, Keep::$last->servers);
?>
--EXPECT--
Net_Gearman_Exception: Unknown job type: 0. Please see Net_Gearman_Task::JOB_* constants.
Net_Gearman_Exception: Unknown job type: 7. Please see Net_Gearman_Task::JOB_* constants.
Net_Gearman_Exception: Unknown job type: x. Please see Net_Gearman_Task::JOB_* constants.
Net_Gearman_Exception: Unknown job type: 2.5. Please see Net_Gearman_Task::JOB_* constants.
string(2) "fn"
string(3) "arg"
string(1) "u"
int(99)
array(1) {
  [0]=>
  string(1) "s"
}
