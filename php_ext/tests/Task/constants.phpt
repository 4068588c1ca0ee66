--TEST--
Net_Gearman_Task constants (library values plus TASK_DATA/WARNING/EXCEPTION)
--EXTENSIONS--
geartrain
--FILE--
<?php
print_r((new ReflectionClass("Net_Gearman_Task"))->getConstants());
?>
--EXPECT--
Array
(
    [JOB_NORMAL] => 1
    [JOB_BACKGROUND] => 2
    [JOB_HIGH] => 3
    [JOB_HIGH_BACKGROUND] => 4
    [JOB_LOW] => 5
    [JOB_LOW_BACKGROUND] => 6
    [TASK_COMPLETE] => 1
    [TASK_FAIL] => 2
    [TASK_STATUS] => 3
    [TASK_DATA] => 4
    [TASK_WARNING] => 5
    [TASK_EXCEPTION] => 6
)
