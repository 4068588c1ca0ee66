--TEST--
Exceptions are subclassable and catchable as the parent
--EXTENSIONS--
geartrain
--FILE--
<?php
class MyErr extends Net_Gearman_Job_Exception { public $extra = 1; }
try { throw new MyErr("boom"); } catch (Net_Gearman_Exception $e) { echo get_class($e), ": ", $e->getMessage(), " ", $e->extra, "\n"; }
?>
--EXPECT--
MyErr: boom 1
