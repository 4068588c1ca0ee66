<?php
/** Function "Reverse": the text reversed (reaches the client as ['result' => ...]). */
class Reverse extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        return strrev((string)$arg);
    }
}
