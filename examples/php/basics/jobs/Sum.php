<?php
/**
 * Adds a list of numbers. The client's array argument arrives decoded from
 * JSON; the array returned goes back JSON-encoded. A bad argument fails the
 * job (WORK_FAIL: the client's TASK_FAIL callbacks run) instead of killing
 * the worker.
 */
class Net_Gearman_Job_Sum extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        if (!is_array($arg) || count(array_filter($arg, 'is_numeric')) !== count($arg)) {
            throw new Net_Gearman_Job_Exception('Sum needs a list of numbers');
        }
        return ['sum' => array_sum($arg), 'count' => count($arg)];
    }
}
