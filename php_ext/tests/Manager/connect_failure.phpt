--TEST--
Net_Gearman_Manager: connect failures keep "Could not connect to host:port" and add the reason
--EXTENSIONS--
geartrain
--FILE--
<?php
require __DIR__ . '/manager.inc';
$port = gt_free_port();  // nothing listens there
mgr_try(fn() => new Net_Gearman_Manager("127.0.0.1:$port"));
mgr_try(fn() => new Net_Gearman_Manager("127.0.0.1:$port", 0.5));
mgr_try(fn() => new Net_Gearman_Manager("[::1]:$port"));
mgr_try(fn() => new Net_Gearman_Manager("127.0.0.1:abc"));
mgr_try(fn() => new Net_Gearman_Manager("127.0.0.1:70000"));
// An explicit null does try to connect (func_num_args() > 0), as in Net_Gearman.
mgr_try(fn() => new Net_Gearman_Manager(null));
mgr_try(fn() => new Net_Gearman_Manager(''));
// A failed constructor leaves a usable object: commands throw, never crash.
class M extends Net_Gearman_Manager {
    public function __construct($s) { try { parent::__construct($s); } catch (Net_Gearman_Exception $e) { echo "ctor: ", $e->getMessage(), "\n"; } }
}
$m = new M("127.0.0.1:$port");
mgr_try(fn() => $m->version());
?>
--EXPECTF--
Net_Gearman_Exception: Could not connect to 127.0.0.1:%d (111: Connection refused)
Net_Gearman_Exception: Could not connect to 127.0.0.1:%d (111: Connection refused)
Net_Gearman_Exception: Could not connect to [::1]:%d (%s)
Net_Gearman_Exception: Could not connect to 127.0.0.1:abc (Invalid server address '127.0.0.1:abc': bad port)
Net_Gearman_Exception: Could not connect to 127.0.0.1:70000 (Invalid server address '127.0.0.1:70000': bad port)
Net_Gearman_Exception: Could not connect to :4730 (Invalid server address '': empty)
Net_Gearman_Exception: Could not connect to :4730 (Invalid server address '': empty)
ctor: Could not connect to 127.0.0.1:%d (111: Connection refused)
Net_Gearman_Exception: Net_Gearman_Manager is not connected (disconnected, or a failed command closed the connection)
