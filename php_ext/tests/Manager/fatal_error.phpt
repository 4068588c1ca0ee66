--TEST--
Net_Gearman_Manager: a fatal error with a live connection frees it (free_obj; destructors skipped)
--EXTENSIONS--
geartrain
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
// Under valgrind --leak-check=full, PHP's own unclean-shutdown shortcuts
// (object and op_array memory left to the Zend heap) show up as "definitely
// lost"; the AdminClient that free_obj deletes must not.
require __DIR__ . '/manager.inc';
mgr_guard();
$srv = gt_server_start();
class Loud extends Net_Gearman_Manager {
    public function disconnect() { echo "disconnect\n"; parent::disconnect(); }
}
$m = new Loud($srv['host']);
var_dump($m->version());
trigger_error("boom", E_USER_ERROR);
?>
--EXPECTF--
string(9) "OK 1.1.20"

Fatal error: boom in %s on line %d
