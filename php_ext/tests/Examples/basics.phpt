--TEST--
examples/php/basics/run.php --quick: priorities (high first), foreground/background Reverse and Sum, a task set with complete/fail callbacks, status polling; its SQLite queue file is removed
--SKIPIF--
<?php require __DIR__ . '/examples.inc'; exx_skipif('basics/run.php'); ?>
--FILE--
<?php
require __DIR__ . '/examples.inc';
$r = exx_run('basics/run.php');
echo "exit ", var_export($r['code'], true), "\n", $r['err'];
echo exx_grep($r['out'], ['/^(submitted|queued|ran in|priority order|foreground|background|  (complete|fail|set)|\d+ tasks|workers)/']);
// The progress the client saw: increasing numerators, ending at most at 5/5.
preg_match_all('~running\s+(\d+)/5~', $r['out'], $m);
$seen = array_map('intval', $m[1]);
$sorted = array_values(array_unique($seen));
sort($sorted);
echo "progress seen: ", count($seen) >= 2 && $seen === $sorted && max($seen) <= 5 ? 'increasing' : json_encode($seen), "\n";
echo exx_grep($r['out'], ['/^Crunch /']);
echo "queue file left: ", var_export(glob(sys_get_temp_dir() . "/geartrain-basics-{$r['pid']}*") !== [], true), "\n";
?>
--EXPECTF--
exit 0
submitted in this order: low-1 low-2 normal-1 normal-2 high-1 high-2
queued: 6 Record jobs, 0 workers
ran in this order:       high-1 high-2 normal-1 normal-2 low-1 low-2
priority order (high, then normal, then low; FIFO within each): yes
foreground Reverse("Hello, Geartrain") = {"result":"niartraeG ,olleH"}  (%f ms)
foreground Sum([1,2,3,4,5,6,7,8,9,10]) = {"sum":55,"count":10}  (%f ms)
background Reverse("fire and forget"): handle H:%s, done after %f ms (result not returned, by design)
background Sum([40,2]): handle H:%s, done after %f ms (result not returned, by design)
  complete: Reverse("gearman") = {"result":"namraeg"}
  complete: Reverse("job server") = {"result":"revres boj"}
  complete: Sum([1,2,3]) = {"sum":6,"count":3}
  complete: Sum([0.5,0.25]) = {"sum":0.75,"count":2}
  fail:     Sum(["one","two"])
  set callback: all tasks finished, 5 results
5 tasks: 4 completed, 1 failed, in %f ms
workers stopped cleanly: 1; queue now: {"in_queue":0,"jobs_running":0,"capable_workers":0}
progress seen: increasing
Crunch H:%s: finished after %d ms, last status seen %d/5, %d polls
queue file left: false
