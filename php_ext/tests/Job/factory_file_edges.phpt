--TEST--
Job::factory: job files that declare functions and closures, use static variables, return a value, or exit()
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/job.inc';
$dir = job_tmpdir();
chdir($dir);
job_write($dir, 'Net/Gearman/Job/Rich.php', '
function rich_counter() { static $n = 0; return ++$n; }
$greet = function ($who) { return "hello $who"; };
Net_Gearman_Job_Rich::$greet = $greet;
class Net_Gearman_Job_Rich extends Net_Gearman_Job_Common {
    public static $greet;
    public function run($arg) { return (self::$greet)($arg) . " " . rich_counter(); }
}
echo "vars seen: ", implode(",", array_keys(get_defined_vars())), "\n";
return "ignored return value";');
$conn = new Net_Gearman_Connection();
$a = Net_Gearman_Job::factory('Rich', $conn, 'H:1');
$b = Net_Gearman_Job::factory('Rich', $conn, 'H:2');
echo $a->run('a'), "\n", $b->run('b'), "\n";
var_dump(isset($greet));
job_write($dir, 'Net/Gearman/Job/Bye.php', 'echo "bye\n"; exit(3);');
register_shutdown_function(function () { echo "shutdown ran\n"; });
Net_Gearman_Job::factory('Bye', $conn, 'H:3');
echo "not reached\n";
?>
--EXPECT--
vars seen: job,conn,handle,initParams,file,greet
hello a 1
hello b 2
bool(false)
bye
shutdown ran
