--TEST--
Net_Gearman_Manager::workers(): fd/ip/id/abilities; the admin connection is listed with id "-"
--EXTENSIONS--
geartrain
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/manager.inc';
mgr_guard();
$srv = gt_server_start();
$m = new Net_Gearman_Manager($srv['host']);
$w = mgr_worker($srv['port'], ['reverse', 'resize'], 'w1');
$ws = $m->workers();
var_dump(count($ws));
usort($ws, fn($a, $b) => strcmp($a['id'], $b['id']));
foreach ($ws as $row) {
    echo implode(',', array_keys($row)), " fd=", preg_match('/^\d+$/', $row['fd']) ? 'digits' : $row['fd'],
         " ip=", $row['ip'], " id=", $row['id'], "\n";
    sort($row['abilities']);
    var_dump($row['abilities']);
}
// workers() goes through $this->parseWorkersResponse(), as in Net_Gearman.
class M extends Net_Gearman_Manager {
    public function parseWorkersResponse($res) { return ['raw' => $res]; }
}
$m2 = new M($srv['host']);
$raw = $m2->workers()['raw'];
var_dump(substr_count($raw, "\n"), str_contains($raw, " w1 : "), str_contains($raw, "\n.\n"));
?>
--EXPECT--
int(2)
fd,ip,id,abilities fd=digits ip=127.0.0.1 id=-
array(0) {
}
fd,ip,id,abilities fd=digits ip=127.0.0.1 id=w1
array(2) {
  [0]=>
  string(6) "resize"
  [1]=>
  string(7) "reverse"
}
int(3)
bool(true)
bool(false)
