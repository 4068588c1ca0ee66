--TEST--
A client application written for Net_Gearman 2.x (examples/php/net_gearman_client.php) runs unchanged, with no library files
--SKIPIF--
<?php
require __DIR__ . '/../gt_server.inc'; gt_server_skipif();
$dir = getenv('GEARTRAIN_EXAMPLES') ?: __DIR__ . '/../../../examples/php';
if (!is_file("$dir/net_gearman_client.php")) echo "skip examples/php not found (set GEARTRAIN_EXAMPLES)";
?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
// Nothing of the library may be loadable: no include path, no autoloader.
set_include_path('/nonexistent');
var_dump(class_exists('Net_Gearman_Client', false), spl_autoload_functions());
$srv = gt_server_start();
// The worker side here is a plain-protocol fixture answering "Reverse" in
// Net_Gearman's JSON convention.
$fixture = tempnam(sys_get_temp_dir(), 'gtw');
file_put_contents($fixture, str_replace("'echo', 'json'", "'Reverse', 'echo', 'json'",
    str_replace("case 'json':", "case 'Reverse': fwrite(\$s, pkt(13, \"\$handle\\0\" . json_encode(['result' => strrev(\$arg)]))); break;\n        case 'json':",
                file_get_contents(__DIR__ . '/../gt_worker.php'))));
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$worker = proc_open([$php, '-n', $fixture, $srv["host"]], [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
echo fgets($pipes[1]);
$argv = ['net_gearman_client.php', $srv["host"]];
ob_start();
include (getenv('GEARTRAIN_EXAMPLES') ?: __DIR__ . '/../../../examples/php') . '/net_gearman_client.php';
$out = ob_get_clean();
$lines = explode("\n", trim($out));
echo preg_replace('/H:.*/', 'H:...', $lines[0]), "\n";
$rest = array_slice($lines, 1, 3);
sort($rest);
echo implode("\n", $rest), "\n", implode("\n", array_slice($lines, 4)), "\n";
var_dump(gt_queued($srv, 'Update'));
proc_terminate($worker, 9);
proc_close($worker);
unlink($fixture);
?>
--EXPECT--
bool(true)
array(0) {
}
ready
background job: H:...
Reverse(gearman) = {"result":"namraeg"}
Reverse(hello) = {"result":"olleh"}
Reverse(world) = {"result":"dlrow"}
set finished with 3 results
all tasks done
int(1)
