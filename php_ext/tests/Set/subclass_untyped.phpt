--TEST--
Overriding getIterator/count without a return type: deprecation only (tentative types); #[\ReturnTypeWillChange] silences it
--EXTENSIONS--
geartrain
--FILE--
<?php
class Loose extends Net_Gearman_Set {
    public function getIterator() { return new ArrayIterator([]); }
}
class Quiet extends Net_Gearman_Set {
    #[\ReturnTypeWillChange]
    public function count() { return 7; }
}
var_dump(count(new Quiet), iterator_count(new Loose));
?>
--EXPECTF--
Deprecated: Return type of Loose::getIterator() should either be compatible with Net_Gearman_Set::getIterator(): Traversable, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s on line %d
int(7)
int(0)
