--TEST--
Job::factory: constants defined at run time are honoured; comma-separated path list (first existing wins, CWD-relative); empty prefix
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/job.inc';
$dir = job_tmpdir();
job_write($dir, 'second/Work.php', '
class Work extends Net_Gearman_Job_Common { public function run($arg) { return "second"; } }');
job_write($dir, 'rel/Work.php', '
class Work extends Net_Gearman_Job_Common { public function run($arg) { return "rel"; } }');
job_write($dir, 'rel/Other.php', '
class Other extends Net_Gearman_Job_Common { public function run($arg) { return "other"; } }');
chdir($dir);
// Defined after the extension loaded, as GearmanManager does.
define('NET_GEARMAN_JOB_PATH', "missing,$dir/second,rel");
define('NET_GEARMAN_JOB_CLASS_PREFIX', '');
$conn = new Net_Gearman_Connection();
$a = Net_Gearman_Job::factory('Work', $conn, 'H:1');
echo get_class($a), ' ', $a->run(null), "\n";
// Not in "missing" nor "second": found in "rel", relative to the CWD.
$b = Net_Gearman_Job::factory('Other', $conn, 'H:2');
echo get_class($b), ' ', $b->run(null), "\n";
var_dump(array_values(array_filter(get_included_files(), fn($f) => str_starts_with($f, $dir))) === ["$dir/second/Work.php", "$dir/rel/Other.php"]);
// The include path is not searched: only the CWD.
mkdir("$dir/elsewhere");
chdir("$dir/elsewhere");
set_include_path($dir);
try {
    Net_Gearman_Job::factory('Missing', $conn, 'H:3');
} catch (Net_Gearman_Job_Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
Work second
Other other
bool(true)
Invalid Job class file: <empty>
