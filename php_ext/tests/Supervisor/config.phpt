--TEST--
Net_Gearman_Supervisor configuration: GearmanManager's INI and PHP files and flags (flags override the file, -t is honoured), the process-count formula of its sample cases, and clear errors for bad settings
--FILE--
<?php
require __DIR__ . '/supervisor.inc';
$dir = gtw_dir();
mkdir("$dir/workers");
gts_workers("$dir/workers", ['Reverse', 'Sum', 'Upper']);
$plan = function (Net_Gearman_Supervisor $s) {
    $n = [];
    foreach ($s->plan() as $slot) foreach ($slot['functions'] as $f) $n[$f] = ($n[$f] ?? 0) + 1;
    ksort($n);
    return count($s->plan()) . ' processes: ' . json_encode($n);
};
file_put_contents("$dir/config.ini", <<<INI
[GearmanManager]
worker_dir=$dir/workers
count=1
dedicated_count=1
exclude=Upper
host=127.0.0.1:4999,127.0.0.2
timeout=30
verbose=vv

[Sum]
dedicated_only=1
dedicated_count=2
INI);
$s = Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/config.ini"]);
echo "verified case: ", $plan($s), "\n";
$c = $s->getConfig();
echo $c['GearmanManager']['host'], ' ', $c['GearmanManager']['timeout'], ' ', $c['GearmanManager']['verbose'], ' ', json_encode($c['Sum']), "\n";
// Flags override the file; -t is not ignored; -vvvv is DEBUG. With count=3
// and dedicated_count=1: Reverse min 3, ded 3+1 = 4: 3 do-all + 1 of its own.
$s = Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/config.ini", '-t', '5', '-vvvv', '-D', '3', '-x', '60', '-r', '10', '-m', '64M', '-a']);
$c = $s->getConfig()['GearmanManager'];
echo "flags: timeout {$c['timeout']}, verbose {$c['verbose']}, count {$c['count']}, lifetime {$c['max_worker_lifetime']}, runs {$c['max_runs_per_worker']}, memory {$c['worker_memory_limit']}, auto_update ", var_export($c['auto_update'], true), "\n";
echo "count=3: ", $plan($s), "\n";
// count=0: one process per function.
$s = new Net_Gearman_Supervisor(['GearmanManager' => ['worker_dir' => "$dir/workers"]]);
echo "count=0: ", $plan($s), "\n";
// The PHP config form.
file_put_contents("$dir/config.php", '<?php $gearman_config = ["GearmanManager" => ["worker_dir" => ' . var_export("$dir/workers", true) . ', "count" => 2], "Reverse" => ["count" => 4]];');
echo "php config: ", $plan(Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/config.php"])), "\n";
echo "flat array: ", $plan(new Net_Gearman_Supervisor(['worker_dir' => ["$dir/workers"], 'include' => 'Sum,Upper'])), "\n";

$errors = [
    fn() => new Net_Gearman_Supervisor(['GearmanManager' => ['wroker_dir' => 'x']]),
    fn() => new Net_Gearman_Supervisor(['GearmanManager' => ['count' => 'many']]),
    fn() => new Net_Gearman_Supervisor(['GearmanManager' => ['count' => -1]]),
    fn() => new Net_Gearman_Supervisor(['Sum' => ['dedicated' => 1]]),
    fn() => new Net_Gearman_Supervisor(['GearmanManager' => ['worker_memory_limit' => '12Q']]),
    fn() => (new Net_Gearman_Supervisor(['GearmanManager' => ['worker_dir' => "$dir/nowhere"]]))->plan(),
    fn() => (new Net_Gearman_Supervisor(['GearmanManager' => ['worker_dir' => "$dir/workers"], 'Sum' => ['dedicated_only' => 1]]))->plan(),
    fn() => Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/missing.ini"]),
    fn() => Net_Gearman_Supervisor::fromCommandLine(['-c', "$dir/workers/Sum.php"]),
    fn() => Net_Gearman_Supervisor::fromCommandLine(['-q']),
    fn() => Net_Gearman_Supervisor::fromCommandLine(['-w']),
    fn() => Net_Gearman_Supervisor::fromCommandLine(['stray']),
];
foreach ($errors as $e) {
    try {
        $e();
        echo "accepted\n";
    } catch (Net_Gearman_Exception $ex) {
        echo str_replace($dir, 'DIR', $ex->getMessage()), "\n";
    }
}
echo str_contains(Net_Gearman_Supervisor::usage('gm'), "-t SECONDS") ? "usage ok\n" : "usage bad\n";
?>
--EXPECTF--
verified case: 4 processes: {"Reverse":2,"Sum":2}
127.0.0.1:4999,127.0.0.2 30 2 {"dedicated_count":2,"dedicated_only":true}
flags: timeout 5, verbose 4, count 3, lifetime 60, runs 10, memory 67108864, auto_update true
count=3: 6 processes: {"Reverse":4,"Sum":2}
count=0: 3 processes: {"Reverse":1,"Sum":1,"Upper":1}
php config: 4 processes: {"Reverse":4,"Sum":2,"Upper":2}
flat array: 2 processes: {"Sum":1,"Upper":1}
Net_Gearman_Supervisor: unknown setting 'wroker_dir' in [GearmanManager]
Net_Gearman_Supervisor: [GearmanManager] count must be a whole number >= 0, 'many' given
Net_Gearman_Supervisor: [GearmanManager] count must be a whole number >= 0, '-1' given
Net_Gearman_Supervisor: unknown setting 'dedicated' in [Sum]
Net_Gearman_Supervisor: [GearmanManager] worker_memory_limit: %s
Net_Gearman_Supervisor: worker_dir DIR/nowhere is not a directory
Net_Gearman_Supervisor: function Sum is dedicated_only but has no dedicated_count
Net_Gearman_Supervisor: config file DIR/missing.ini cannot be read
Net_Gearman_Supervisor: config file DIR/workers/Sum.php does not set the array $gearman_config
Net_Gearman_Supervisor: unknown flag -q (see -H)
Net_Gearman_Supervisor: -w needs a value
Net_Gearman_Supervisor: unexpected argument 'stray' (see -H)
usage ok
