--TEST--
Connection: the library's own unit tests (mock manager for setServerVersion, fixTimeout by version), lazy version
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
$mock_manager = new class extends Net_Gearman_Manager {
    public $mock_version;
    public function __construct() {}
    public function version() { return $this->mock_version; }
};
$connection = new class extends Net_Gearman_Connection {
    public function setServerVersion($host, $manager = null) {
        parent::setServerVersion($host, $manager);
        return $this->serverVersion;
    }
};
$mock_manager->mock_version = '1.1.18';
var_dump($connection->setServerVersion('localhost:4730', $mock_manager));
$mock_manager->mock_version = '1.1.19';
var_dump($connection->setServerVersion('localhost:4730', $mock_manager));

$connection = new class extends Net_Gearman_Connection {
    public $serverVersion;
    public function fixTimeout($params) { return parent::fixTimeout($params); }
};
foreach (['1.1.18', '1.1.19', '1.1.19.1', 'OK 1.1.20'] as $v) {
    $connection->serverVersion = $v;
    echo $v, ' => ', json_encode($connection->fixTimeout(['timeout' => 10])), "\n";
}

// Connecting does not ask for the version (the library opened a second,
// admin connection on every connect); CAN_DO_TIMEOUT asks once.
$server = gt_server_start();
$c = new class($server['host']) extends Net_Gearman_Connection {
    public $asked = 0;
    protected function setServerVersion($host, $manager = null) { $this->asked++; parent::setServerVersion($host, $manager); }
    public function version() { return $this->serverVersion; }
};
var_dump($c->asked, $c->version());
$c->send('can_do_timeout', ['func' => 'f', 'timeout' => 10]);
$c->send('can_do_timeout', ['func' => 'g', 'timeout' => 10]);
var_dump($c->asked, $c->version());
?>
--EXPECT--
string(6) "1.1.18"
string(6) "1.1.19"
1.1.18 => {"timeout":10}
1.1.19 => {"timeout":10000}
1.1.19.1 => {"timeout":10000}
OK 1.1.20 => {"timeout":10000}
int(0)
NULL
int(1)
string(9) "OK 1.1.20"
