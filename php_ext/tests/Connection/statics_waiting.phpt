--TEST--
Connection: calculateTimeout, stringLength, subString, the $waiting FIFO, the command table, clone refused
--FILE--
<?php
var_dump(Net_Gearman_Connection::calculateTimeout(1500), Net_Gearman_Connection::calculateTimeout(250),
         Net_Gearman_Connection::calculateTimeout(2000));
var_dump(Net_Gearman_Connection::stringLength("a\0b"), Net_Gearman_Connection::subString("abcdef", 1, 3));
$c = new Net_Gearman_Connection();
$c->addWaitingTask('t1');
$c->addWaitingTask('t2');
var_dump($c->getWaitingTask(), $c->getWaitingTask(), $c->getWaitingTask());
$r = new ReflectionProperty($c, 'commands');
$r->setAccessible(true);
$commands = $r->getValue($c);
var_dump($commands['submit_job'], $commands['work_data'][0], count($commands));
try { clone $c; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($c); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
array(2) {
  [0]=>
  float(1)
  [1]=>
  float(500000)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(250000)
}
array(2) {
  [0]=>
  float(2)
  [1]=>
  float(0)
}
int(3)
string(3) "bcd"
string(2) "t1"
string(2) "t2"
NULL
array(2) {
  [0]=>
  int(7)
  [1]=>
  array(3) {
    [0]=>
    string(4) "func"
    [1]=>
    string(4) "uniq"
    [2]=>
    string(3) "arg"
  }
}
int(28)
int(38)
Trying to clone an uncloneable object of class Net_Gearman_Connection
Serialization of 'Net_Gearman_Connection' is not allowed
