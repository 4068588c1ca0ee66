<?php
require_once __DIR__ . '/../services.php';

/**
 * Refreshes one customer: farms the five service calls out as a foreground
 * task set (they run in parallel on the Fetch workers and this job waits for
 * all of them, so it takes as long as the slowest call instead of the sum),
 * then processes the answers and stores the record as <out>/<customer>.json.
 * init params: 'servers' (the job servers), 'out' (the results directory).
 */
class Net_Gearman_Job_Update extends Net_Gearman_Job_Common
{
    public function run($customer)
    {
        static $client = null;  // one connection per worker process, reused by its jobs
        $client ??= new Net_Gearman_Client($this->initParams['servers']);
        $set = new Net_Gearman_Set();
        $tasks = [];
        foreach (FARM_SERVICES as $service) {
            $tasks[] = $task = new Net_Gearman_Task('Fetch', ['customer' => $customer, 'service' => $service]);
            $set->addTask($task);
        }
        $client->runSet($set, 10);  // returns when all five are done (or after 10 s)
        $answers = [];
        foreach ($tasks as $task) {
            if (!$task->finished || !is_array($task->result)) {
                throw new Net_Gearman_Job_Exception("Fetch {$task->arg['service']} for $customer failed");
            }
            $answers[] = $task->result;
        }
        $record = farm_process($customer, $answers);
        file_put_contents("{$this->initParams['out']}/$customer.json", json_encode($record));
        return $record;
    }
}
