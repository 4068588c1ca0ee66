--TEST--
A stored callback that is not callable at call time raises call_user_func()'s TypeError after the earlier ones ran
--EXTENSIONS--
geartrain
--FILE--
<?php
class Poisoned extends Net_Gearman_Task {
    public function poison($type) { $this->callback[$type][] = "no_such_function_x"; }
}
$t = new Poisoned("f", 1);
$t->attachCallback(function () { echo "first ran\n"; });
$t->poison(Net_Gearman_Task::TASK_COMPLETE);
$t->attachCallback(function () { echo "never\n"; });
try { $t->complete(1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$t->poison(Net_Gearman_Task::TASK_STATUS);
try { $t->status(1, 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
first ran
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function_x" not found or invalid function name
call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function_x" not found or invalid function name
