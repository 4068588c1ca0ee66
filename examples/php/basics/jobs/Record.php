<?php
/**
 * Appends its argument to the file named in the ability's init params, so
 * the demo can show the order in which the server handed jobs out.
 */
class Net_Gearman_Job_Record extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        file_put_contents($this->initParams['file'], "$arg\n", FILE_APPEND | LOCK_EX);
        return 'recorded';
    }
}
