<?php
require_once __DIR__ . '/../services.php';

/** One call to one slow service: ['customer' => ..., 'service' => ...]. */
class Net_Gearman_Job_Fetch extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        return farm_call($arg['customer'], $arg['service']);
    }
}
