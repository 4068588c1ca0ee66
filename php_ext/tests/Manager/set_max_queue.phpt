--TEST--
Net_Gearman_Manager::setMaxQueueSize(): Net_Gearman's checks, then true on OK
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
// is_numeric() semantics for the size.
foreach (['abc', '', '5x', true, null, [], NAN] as $bad) {
    mgr_try(fn() => $m->setMaxQueueSize('f', $bad));
}
// [a-z0-9_]+, case-insensitive.
foreach (['bad-name', 'bad name', "nul\0", 'é', ''] as $bad) {
    mgr_try(fn() => $m->setMaxQueueSize($bad, 1));
}
// The size check comes first.
mgr_try(fn() => $m->setMaxQueueSize('bad-name', 'x'));
foreach ([1, '2', ' 3', '4 ', 5.9, '1e1', -1, 0] as $ok) {
    mgr_try(fn() => $m->setMaxQueueSize('Capped_1', $ok));
}
// The limit works: with 1, a second queued job is refused.
var_dump($m->setMaxQueueSize('capped', 1));
$c = mgr_connect($srv['port']);
mgr_submit_bg($c, 'capped', 'a', 'x');
mgr_try(fn() => mgr_submit_bg($c, 'capped', 'b', 'y'));
var_dump($m->status()['capped']['in_queue']);
?>
--EXPECTF--
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Queue size must be numeric
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Invalid function name
Net_Gearman_Exception: Queue size must be numeric
returned: true
returned: true
returned: true
returned: true
returned: true
returned: true
returned: true
returned: true
bool(true)
RuntimeException: expected JOB_CREATED, got 19: %s
string(1) "1"
