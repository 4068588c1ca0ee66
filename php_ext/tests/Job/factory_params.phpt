--TEST--
Job::factory: initParams path/class_name, constructor arguments, a new instance per call, include_once semantics, the file's own scope
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/job.inc';
$dir = job_tmpdir();
$file = job_write($dir, 'anything.php', '
echo "loading $job for $handle (", implode(",", array_keys($initParams)), ") from ", basename($file), "\n";
$leak = "from the job file";
class Custom_Job extends Net_Gearman_Job_Common {
    public static $made = 0;
    public $args;
    public function __construct(Net_Gearman_Connection $conn, $handle, array $initParams = []) {
        self::$made++;
        $this->args = func_get_args();
        parent::__construct($conn, $handle, $initParams);
    }
    public function run($arg) {}
    public function props() { return [$this->conn, $this->handle, $this->initParams]; }
}');
$leak = 'caller';
$conn = new Net_Gearman_Connection();
$params = ['path' => $file, 'class_name' => 'Custom_Job', 'extra' => 42];
$j1 = Net_Gearman_Job::factory('Ignored', $conn, 'H:a:1', $params);
$j2 = Net_Gearman_Job::factory('Ignored', $conn, 'H:a:2', $params);   // include_once: not loaded again
var_dump($leak, Custom_Job::$made, $j1 !== $j2);
var_dump(count($j1->args), $j1->args[0] === $conn, $j1->args[1], $j1->args[2] === $params);
[$c, $h, $p] = $j2->props();
var_dump($c === $conn, $h, $p === $params);
// PHP-level include_once of the same file sees it as already included.
var_dump(include_once $file);
// And the reverse: a file PHP included first is not run again by factory().
$file2 = job_write($dir, 'Pre.php', 'echo "Pre loaded\n"; class Net_Gearman_Job_Pre extends Net_Gearman_Job_Common { public function run($arg) {} }');
include_once $file2;
$pre = Net_Gearman_Job::factory('Pre', $conn, 'H:b', ['path' => $file2]);
echo get_class($pre), "\n";
// class_name only: the file comes from the path list; the class may also be autoloaded.
spl_autoload_register(function ($c) {
    echo "autoload $c\n";
    if ($c === 'Auto_Loaded') {
        eval('class Auto_Loaded extends Net_Gearman_Job_Common { public function run($arg) {} }');
    }
});
$e = job_write($dir, 'Net/Gearman/Job/Empty.php', '// defines nothing');
chdir($dir);
$auto = Net_Gearman_Job::factory('Empty', $conn, 'H:c', ['class_name' => 'Auto_Loaded']);
echo get_class($auto), "\n";
// Non-array initParams: no path/class_name, and the constructor's array type applies.
job_write($dir, 'Net/Gearman/Job/Typed.php', 'class Net_Gearman_Job_Typed extends Net_Gearman_Job_Common { public function run($arg) {} }');
try {
    Net_Gearman_Job::factory('Typed', $conn, 'H:d', 'not an array');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
loading Ignored for H:a:1 (path,class_name,extra) from anything.php
string(6) "caller"
int(2)
bool(true)
int(3)
bool(true)
string(5) "H:a:1"
bool(true)
bool(true)
string(5) "H:a:2"
bool(true)
bool(true)
Pre loaded
Net_Gearman_Job_Pre
autoload Auto_Loaded
Auto_Loaded
TypeError: Net_Gearman_Job_Common::__construct(): Argument #3 ($initParams) must be of type array, string given
