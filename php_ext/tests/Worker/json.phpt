--TEST--
Worker: JSON conventions of Net_Gearman end to end (workload decode with raw fallback, [] for empty, results wrapped as ['result' => x]); binary payloads are kept whole; jobs get their unique id
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/worker.inc';
$server = gt_server_start();
$dir = gtw_dir();
gtw_job($dir, 'Show', 'return ["type" => get_debug_type($arg), "arg" => is_string($arg) ? bin2hex($arg) : $arg];');
gtw_job($dir, 'Plain', 'return $arg;');
gtw_job($dir, 'Uniq', 'return $this->getUniqueId();');
$w = gtw_spawn($dir, <<<'PHP'
define('NET_GEARMAN_JOB_PATH', __DIR__);
$worker = new Net_Gearman_Worker([$argv[1]]);
foreach (['Show', 'Plain', 'Uniq'] as $a) $worker->addAbility($a);
$worker->beginWork();
PHP, [$server['host']]);
var_dump(gtw_registered($server, 'Uniq'));
$client = new Net_Gearman_Client([$server['host']]);
$cases = ['foobar', '123', 42, 1.5, true, '', ['a' => 1, 'b' => [1, 2]], (object)['p' => 1], null, '"quoted"', "a\0b", "\xff\xfe"];
foreach ($cases as $arg) {
    $t = new Net_Gearman_Task('Show', $arg);
    $client->runSet(new Net_Gearman_Set([$t]), 10);
    $label = is_string($arg) && !preg_match('//u', $arg) ? 'hex ' . bin2hex($arg) : var_export($arg, true);
    echo str_pad($label, 20), ' => ', json_encode($t->result), "\n";
}
foreach (['raboof', ['x' => [1, 2]], 7] as $arg) {
    $t = new Net_Gearman_Task('Plain', $arg);
    $client->runSet(new Net_Gearman_Set([$t]), 10);
    echo 'Plain ', json_encode($t->result), "\n";
}
$t = new Net_Gearman_Task('Uniq', 'x', 'my-unique-id');
$client->runSet(new Net_Gearman_Set([$t]), 10);
echo 'Uniq ', json_encode($t->result), "\n";
?>
--EXPECTF--
bool(true)
'foobar'             => {"type":"string","arg":"666f6f626172"}
'123'                => {"type":"int","arg":123}
42                   => {"type":"int","arg":42}
1.5                  => {"type":"float","arg":1.5}
true                 => {"type":"int","arg":1}
''                   => {"type":"array","arg":[]}
array (
  'a' => 1,
  'b' => 
  array (
    0 => 1,
    1 => 2,
  ),
) => {"type":"array","arg":{"a":1,"b":[1,2]}}
(object) array(
   'p' => 1,
) => {"type":"array","arg":{"p":1}}
NULL                 => {"type":"string","arg":"6e756c6c"}
'"quoted"'           => {"type":"string","arg":"71756f746564"}
'a' . "\0" . 'b'     => {"type":"string","arg":"610062"}
hex fffe             => {"type":"string","arg":"fffe"}
Plain {"result":"raboof"}
Plain {"x":[1,2]}
Plain {"result":7}
Uniq {"result":"my-unique-id"}
