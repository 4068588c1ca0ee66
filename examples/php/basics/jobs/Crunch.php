<?php
/**
 * A long job that reports progress: $this->status($done, $total) sends
 * WORK_STATUS, which the server keeps for GET_STATUS (Client::jobStatus)
 * and forwards to a foreground client's TASK_STATUS callbacks.
 */
class Net_Gearman_Job_Crunch extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        $steps = (int)$arg['steps'];
        $x = 0;
        for ($i = 1; $i <= $steps; $i++) {
            usleep($arg['step_ms'] * 1000);  // stands in for a slice of real work
            $x = crc32($x . $i);
            $this->status($i, $steps);
        }
        return ['steps' => $steps, 'checksum' => $x];
    }
}
