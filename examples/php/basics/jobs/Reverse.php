<?php
/** Reverses a string. A non-array return value reaches the client as ['result' => value]. */
class Net_Gearman_Job_Reverse extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        return strrev((string)$arg);
    }
}
