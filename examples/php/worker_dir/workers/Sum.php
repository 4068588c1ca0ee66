<?php
/** Function "Sum": the sum of a list of numbers; anything else fails the job. */
class Sum extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        if (!is_array($arg) || count(array_filter($arg, 'is_numeric')) !== count($arg)) {
            throw new Net_Gearman_Job_Exception('Sum needs a list of numbers');
        }
        return ['sum' => array_sum($arg), 'count' => count($arg)];
    }
}
