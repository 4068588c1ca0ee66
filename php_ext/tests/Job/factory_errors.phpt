--TEST--
Job::factory: exact failure texts (missing file, missing class, wrong type) and errors from the file, the class and its constructor
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/job.inc';
$dir = job_tmpdir();
chdir($dir);
$conn = new Net_Gearman_Connection();
function attempt(callable $f) {
    try {
        $f();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// Missing files.
attempt(fn() => Net_Gearman_Job::factory('Nope', $conn, 'H:1'));
attempt(fn() => Net_Gearman_Job::factory('Nope', $conn, 'H:1', ['path' => "$dir/nope.php"]));
attempt(fn() => Net_Gearman_Job::factory('Nope', $conn, 'H:1', ['path' => '']));   // empty: path list
attempt(fn() => Net_Gearman_Job::factory("Nu\0l", $conn, 'H:1'));
// A file without the class.
$empty = job_write($dir, 'Net/Gearman/Job/Empty.php', '');
attempt(fn() => Net_Gearman_Job::factory('Empty', $conn, 'H:1'));
attempt(fn() => Net_Gearman_Job::factory('Empty', $conn, 'H:1', ['class_name' => 'No_Such']));
// An interface is not a class (class_exists() is false).
job_write($dir, 'Net/Gearman/Job/Iface.php', 'interface Net_Gearman_Job_Iface {}');
attempt(fn() => Net_Gearman_Job::factory('Iface', $conn, 'H:1'));
// The wrong type.
job_write($dir, 'Net/Gearman/Job/Wrong.php', 'class Net_Gearman_Job_Wrong { public function __construct() { echo "Wrong built with ", func_num_args(), " args\n"; } }');
attempt(fn() => Net_Gearman_Job::factory('Wrong', $conn, 'H:1'));
job_write($dir, 'Net/Gearman/Job/NoCtor.php', 'class Net_Gearman_Job_NoCtor {}');
attempt(fn() => Net_Gearman_Job::factory('NoCtor', $conn, 'H:1'));
// Abstract, private constructor, throwing constructor, throwing file.
job_write($dir, 'Net/Gearman/Job/Abs.php', 'abstract class Net_Gearman_Job_Abs extends Net_Gearman_Job_Common {}');
attempt(fn() => Net_Gearman_Job::factory('Abs', $conn, 'H:1'));
job_write($dir, 'Net/Gearman/Job/Priv.php', 'class Net_Gearman_Job_Priv extends Net_Gearman_Job_Common { private function __construct() {} public function run($a) {} }');
attempt(fn() => Net_Gearman_Job::factory('Priv', $conn, 'H:1'));
job_write($dir, 'Net/Gearman/Job/Boom.php', 'class Net_Gearman_Job_Boom extends Net_Gearman_Job_Common {
    public function __construct($c, $h, $p) { throw new RuntimeException("ctor boom"); }
    public function __destruct() { echo "destructor must not run\n"; }
    public function run($a) {} }');
attempt(fn() => Net_Gearman_Job::factory('Boom', $conn, 'H:1'));
job_write($dir, 'Net/Gearman/Job/Throws.php', 'throw new LogicException("file boom");');
attempt(fn() => Net_Gearman_Job::factory('Throws', $conn, 'H:1'));
// The connection type hint of Job_Common::__construct.
job_write($dir, 'Net/Gearman/Job/Ok.php', 'class Net_Gearman_Job_Ok extends Net_Gearman_Job_Common { public function run($a) {} }');
attempt(fn() => Net_Gearman_Job::factory('Ok', null, 'H:1'));
attempt(fn() => Net_Gearman_Job::factory('Ok', $conn, 'H:1', ['class_name' => ['x']]));
// Exception classes.
try { Net_Gearman_Job::factory('Nope', $conn, 'H:1'); } catch (Net_Gearman_Exception $e) { var_dump($e instanceof Net_Gearman_Job_Exception, $e->getCode()); }
attempt(fn() => Net_Gearman_Job::factory('Ok', $conn));
echo get_class(Net_Gearman_Job::factory('Ok', $conn, 'H:1')), "\n";
?>
--EXPECTF--
Net_Gearman_Job_Exception: Invalid Job class file: <empty>
Net_Gearman_Job_Exception: Invalid Job class file: %s/nope.php
Net_Gearman_Job_Exception: Invalid Job class file: <empty>
Net_Gearman_Job_Exception: Invalid Job class file: <empty>
Net_Gearman_Job_Exception: Invalid Job class: Net_Gearman_Job_Empty in Net/Gearman/Job/Empty.php
Net_Gearman_Job_Exception: Invalid Job class: No_Such in Net/Gearman/Job/Empty.php
Net_Gearman_Job_Exception: Invalid Job class: Net_Gearman_Job_Iface in Net/Gearman/Job/Iface.php
Wrong built with 3 args
Net_Gearman_Job_Exception: Job is of invalid type: Net_Gearman_Job_Wrong
Net_Gearman_Job_Exception: Job is of invalid type: Net_Gearman_Job_NoCtor
Error: Cannot instantiate abstract class Net_Gearman_Job_Abs
Error: Call to private Net_Gearman_Job_Priv::__construct() from scope Net_Gearman_Job
RuntimeException: ctor boom
LogicException: file boom
TypeError: Net_Gearman_Job_Common::__construct(): Argument #1 ($conn) must be of type Net_Gearman_Connection, null given
TypeError: class_exists(): Argument #1 ($class) must be of type string, array given
bool(true)
int(0)
ArgumentCountError: Net_Gearman_Job::factory() expects at least 3 arguments, 2 given
Net_Gearman_Job_Ok
