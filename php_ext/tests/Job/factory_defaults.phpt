--TEST--
Job::factory: default NET_GEARMAN_JOB_PATH / CLASS_PREFIX while undefined, resolved against the CWD; never defines them
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/job.inc';
$dir = job_tmpdir();
job_write($dir, 'Net/Gearman/Job/Hello.php', '
class Net_Gearman_Job_Hello extends Net_Gearman_Job_Common {
    public function run($arg) { return $arg; }
    public function info() { return [get_class($this->conn), $this->handle, $this->initParams]; }
}');
chdir($dir);
var_dump(defined('NET_GEARMAN_JOB_PATH'), defined('NET_GEARMAN_JOB_CLASS_PREFIX'));
$conn = new Net_Gearman_Connection();
$job = Net_Gearman_Job::factory('Hello', $conn, 'H:x:1');
var_dump(get_class($job), $job->info());
var_dump(defined('NET_GEARMAN_JOB_PATH'), defined('NET_GEARMAN_JOB_CLASS_PREFIX'));
// GearmanManager defines them at run time: that must still work.
var_dump(define('NET_GEARMAN_JOB_PATH', 'nowhere'), define('NET_GEARMAN_JOB_CLASS_PREFIX', ''));
?>
--EXPECT--
bool(false)
bool(false)
string(21) "Net_Gearman_Job_Hello"
array(3) {
  [0]=>
  string(22) "Net_Gearman_Connection"
  [1]=>
  string(5) "H:x:1"
  [2]=>
  array(0) {
  }
}
bool(false)
bool(false)
bool(true)
bool(true)
