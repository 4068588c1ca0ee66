--TEST--
Job_Common: the packets status/complete/fail/sendData/sendWarning/sendException put on the wire, as a peer decodes them
--EXTENSIONS--
geartrain
sockets
--FILE--
<?php
require __DIR__ . '/job.inc';
['peer' => $peer, 'conn' => $conn] = job_fake_peer();
class MyJob extends Net_Gearman_Job_Common {
    public function run($arg) {}
}
$job = new MyJob($conn, 'H:host:7', ['k' => 'v']);
var_dump($job->getUniqueId());
var_dump($job->status(1, 100));
echo job_show(job_read_packet($peer)), "\n";
$job->status("3", 4.0);
echo job_show(job_read_packet($peer)), "\n";
var_dump($job->complete(['a' => 1, 'b' => "x\0y", 'c' => 'sl/ash', 'd' => [1.5, true, null], 'é' => 'ü']));
echo job_show(job_read_packet($peer)), "\n";
$job->complete([]);
echo job_show(job_read_packet($peer)), "\n";
// Invalid UTF-8: json_encode fails, the result is empty (as the library sends false).
$job->complete(['bad' => "\xff"]);
echo job_show(job_read_packet($peer)), "\n";
var_dump(json_last_error() === JSON_ERROR_UTF8);
var_dump($job->fail());
echo job_show(job_read_packet($peer)), "\n";
var_dump($job->sendData("a\0b"));
$p = job_read_packet($peer);
var_dump($p['type'], $p['body'] === "H:host:7\0a\0b");
$job->sendWarning(42);
echo job_show(job_read_packet($peer)), "\n";
$job->sendException("boom\0!");
$p = job_read_packet($peer);
var_dump($p['type'], $p['body'] === "H:host:7\0boom\0!");
$job->sendData('');
echo job_show(job_read_packet($peer)), "\n";
// Nothing else was sent.
stream_set_blocking($peer, false);
var_dump(fread($peer, 100));
?>
--EXPECT--
string(0) ""
NULL
|REQ 12 H:host:7|1|100
|REQ 12 H:host:7|3|4
NULL
|REQ 13 H:host:7|{"a":1,"b":"x\u0000y","c":"sl\/ash","d":[1.5,true,null],"\u00e9":"\u00fc"}
|REQ 13 H:host:7|[]
|REQ 13 H:host:7|
bool(true)
NULL
|REQ 14 H:host:7
NULL
int(28)
bool(true)
|REQ 29 H:host:7|42
int(25)
bool(true)
|REQ 28 H:host:7|
string(0) ""
