--TEST--
Client: constructor checks, lazy connect, getInstance keyed by servers, attachCallback check, subclass without parent constructor
--SKIPIF--
<?php require __DIR__ . '/../gt_server.inc'; gt_server_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../gt_server.inc';
try { new Net_Gearman_Client([]); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { new Net_Gearman_Client(''); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// No connection is made by the constructor.
$c = new Net_Gearman_Client('127.0.0.1:1');
echo "constructed\n";
$r = new ReflectionProperty($c, 'servers');
$r->setAccessible(true);
var_dump($r->getValue($c));
$x = Net_Gearman_Client::getInstance(['127.0.0.1:1']);
$y = Net_Gearman_Client::getInstance(['127.0.0.1:1'], 5);
$z = Net_Gearman_Client::getInstance(['127.0.0.1:2']);
var_dump($x === $y, $x === $z, get_class($x));
try { $c->attachCallback('no_such_function'); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
class MyClient extends Net_Gearman_Client { public function __construct() {} }
try { (new MyClient())->Job('x'); } catch (Net_Gearman_Exception $e) { echo $e->getMessage(), "\n"; }
try { $c->runSet('not a set'); } catch (TypeError $e) { echo get_class($e), "\n"; }
try { clone $c; echo "clone ok\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
Invalid servers specified
TypeError: array_values(): Argument #1 ($array) must be of type array, string given
constructed
array(1) {
  [0]=>
  string(11) "127.0.0.1:1"
}
bool(true)
bool(false)
string(18) "Net_Gearman_Client"
Invalid callback specified
Failed to connect to a Gearman server. Attempted to connect to .
TypeError
clone ok
