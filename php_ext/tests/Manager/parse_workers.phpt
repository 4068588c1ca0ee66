--TEST--
Net_Gearman_Manager::parseWorkersResponse(): pure, tolerant, works without a constructor
--EXTENSIONS--
geartrain
--FILE--
<?php
// Net_Gearman's own test data, on a Manager built without arguments.
$mgr = new Net_Gearman_Manager();
$in = "41 172.17.0.7 pid_3493_5b7aca9571e4a : Job1 Job2 Job3\n" .
      "37 172.17.0.7 pid_3489_5b7aca9083c2e : Job4 Job5 Job6";
echo json_encode($mgr->parseWorkersResponse($in)), "\n";
// gearmand's IPv6 garbage line (launchpad bug 1319250).
echo json_encode($mgr->parseWorkersResponse("34 ::3530:3539:3500:0%2134665296 - :")), "\n";
// Empty lines, a garbage line, CRLF, a "." line, leading/trailing blanks,
// an id with a space (the regex is non-greedy up to " :").
$text = "\n\ngarbage\n.\n  7 10.0.0.1 my id : a b  \r\n8 10.0.0.2 x :y\n\n";
echo json_encode($mgr->parseWorkersResponse($text)), "\n";
echo json_encode($mgr->parseWorkersResponse("")), "\n";
// Abilities are exploded on single spaces, as explode(' ') does.
echo json_encode($mgr->parseWorkersResponse("1 h i : a  b")), "\n";

// Subclasses that skip the parent constructor, and objects made without one.
class NoCtor extends Net_Gearman_Manager { public function __construct() {} }
echo json_encode((new NoCtor)->parseWorkersResponse("9 1.2.3.4 - : f")), "\n";
$raw = (new ReflectionClass('Net_Gearman_Manager'))->newInstanceWithoutConstructor();
echo json_encode($raw->parseWorkersResponse("9 1.2.3.4 - : g")), "\n";
?>
--EXPECT--
[{"fd":"41","ip":"172.17.0.7","id":"pid_3493_5b7aca9571e4a","abilities":["Job1","Job2","Job3"]},{"fd":"37","ip":"172.17.0.7","id":"pid_3489_5b7aca9083c2e","abilities":["Job4","Job5","Job6"]}]
[{"fd":"34","ip":"::3530:3539:3500:0%2134665296","id":"-","abilities":[]}]
[{"fd":"7","ip":"10.0.0.1","id":"my id","abilities":["a","b"]},{"fd":"8","ip":"10.0.0.2","id":"x","abilities":["y"]}]
[]
[{"fd":"1","ip":"h","id":"i","abilities":["a","","b"]}]
[{"fd":"9","ip":"1.2.3.4","id":"-","abilities":["f"]}]
[{"fd":"9","ip":"1.2.3.4","id":"-","abilities":["g"]}]
