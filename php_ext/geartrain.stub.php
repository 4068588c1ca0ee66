<?php

/**
 * Stub for the geartrain extension: the PHP-visible surface of the native
 * Net_Gearman_* classes (drop-in for the Net_Gearman 2.x library).
 * geartrain_arginfo.h is generated from this file offline with PHP 8.2's
 * build/gen_stub.php (see scripts/php_ext.sh); regenerate and commit it on
 * every edit, or `make` will try to download PHP-Parser.
 * Parameters stay untyped where Net_Gearman's are, so callers and subclasses
 * written for the library keep working.
 *
 * @generate-class-entries
 */

class Net_Gearman_Exception extends Exception {}

class Net_Gearman_Job_Exception extends Net_Gearman_Exception {}

class Net_Gearman_Task
{
    /** @var int */
    const JOB_NORMAL = 1;
    /** @var int */
    const JOB_BACKGROUND = 2;
    /** @var int */
    const JOB_HIGH = 3;
    /** @var int */
    const JOB_HIGH_BACKGROUND = 4;
    /** @var int */
    const JOB_LOW = 5;
    /** @var int */
    const JOB_LOW_BACKGROUND = 6;

    /** @var int */
    const TASK_COMPLETE = 1;
    /** @var int */
    const TASK_FAIL = 2;
    /** @var int */
    const TASK_STATUS = 3;
    /** @var int */
    const TASK_DATA = 4;
    /** @var int */
    const TASK_WARNING = 5;
    /** @var int */
    const TASK_EXCEPTION = 6;

    /** @var mixed */
    public $func = '';
    /** @var mixed */
    public $arg = [];
    /** @var mixed */
    public $type = 1;
    /** @var mixed */
    public $handle = '';
    /** @var mixed */
    public $servers = [];
    /** @var mixed */
    public $server = '';
    /** @var mixed */
    public $uniq = '';
    /** @var mixed */
    public $finished = false;
    /** @var mixed */
    public $result = '';
    /**
     * @var mixed
     * The real default [1 => [], 2 => [], 3 => []] is installed in MINIT:
     * gen_stub cannot emit a non-empty array default.
     */
    protected $callback = null;

    public function __construct(mixed $func, mixed $arg, mixed $uniq = null, mixed $type = Net_Gearman_Task::JOB_NORMAL, array $servers = []) {}

    /** @return mixed */
    public function attachCallback(mixed $callback, mixed $type = Net_Gearman_Task::TASK_COMPLETE) {}

    /** @return mixed */
    public function getCallbacks() {}

    /** @return mixed */
    public function complete(mixed $result) {}

    /** @return mixed */
    public function fail() {}

    /** @return mixed */
    public function status(mixed $numerator, mixed $denominator) {}

    /** @return mixed */
    public function data(mixed $data) {}

    /** @return mixed */
    public function warning(mixed $data) {}

    /** @return mixed */
    public function exception(mixed $data) {}
}

class Net_Gearman_Set implements IteratorAggregate, Countable
{
    /** @var mixed */
    public $tasksCount = 0;
    /** @var mixed */
    public $tasks = [];
    /** @var mixed */
    public $handles = [];
    /** @var mixed */
    protected $callback = null;

    public function __construct(array $tasks = []) {}

    /** @return mixed */
    public function addTask(Net_Gearman_Task $task) {}

    /** @return mixed */
    public function getTask(mixed $handle) {}

    /** @return mixed */
    public function finished() {}

    /** @return mixed */
    public function attachCallback(mixed $callback) {}

    /** @tentative-return-type */
    public function getIterator(): Traversable {}

    /** @tentative-return-type */
    public function count(): int {}
}

/**
 * One TCP connection to one Gearman server. Native: the socket is owned by
 * the Geartrain core; $socket is a real \Socket on a duplicate of it.
 * @not-serializable
 */
class Net_Gearman_Connection
{
    /**
     * @var mixed
     * Filled per object with the command table (name => [type, [fields]]).
     */
    protected $commands = null;
    /** @var mixed */
    protected $magic = [];
    /** @var mixed */
    protected $waiting = [];
    /** @var mixed */
    protected static $multiByteSupport = null;
    /** @var mixed */
    public $socket = null;
    /** @var mixed */
    protected $serverVersion = null;

    public function __construct(mixed $host = null, mixed $timeout = 250) {}

    public function __destruct() {}

    /** @return mixed */
    public function connect(mixed $host, mixed $timeout = 250) {}

    /** @return mixed */
    public function addWaitingTask(mixed $task) {}

    /** @return mixed */
    public function getWaitingTask() {}

    /** @return mixed */
    public function send(mixed $command, array $params = []) {}

    /** @return mixed */
    public function read() {}

    /** @return mixed */
    public function blockingRead(mixed $timeout = 250) {}

    /** @return mixed */
    public function close() {}

    /** @return mixed */
    public function isConnected() {}

    /** @return mixed */
    public static function calculateTimeout(mixed $milliseconds) {}

    /** @return mixed */
    public static function stringLength(mixed $value) {}

    /** @return mixed */
    public static function subString(mixed $str, mixed $start, mixed $length) {}

    /** @return mixed */
    protected function setServerVersion(mixed $host, mixed $manager = null) {}

    /** @return mixed */
    protected function fixTimeout(mixed $params) {}
}

/** @not-serializable */
class Net_Gearman_Client
{
    /** @var mixed */
    protected $conn = [];
    /** @var mixed */
    protected $servers = [];
    /** @var mixed */
    protected $timeout = 1000;
    /** @var mixed */
    protected $callback = [];
    /**
     * @var array
     * getInstance()'s instances (a function-level static in the library).
     */
    private static $instances = [];

    public function __construct(mixed $servers, mixed $timeout = 1000) {}

    /** @return mixed */
    public static function getInstance(mixed $servers, mixed $timeout = 1000) {}

    /** @return mixed */
    public function attachCallback(mixed $callback) {}

    /** @return mixed */
    public function __call(mixed $func, array $args = []) {}

    /** @return mixed */
    protected function getConnection(mixed $uniq = null, mixed $servers = null) {}

    /** @return mixed */
    protected function submitTask(Net_Gearman_Task $task) {}

    /** @return mixed */
    public function runSet(Net_Gearman_Set $set, mixed $timeout = null) {}

    /** @return mixed */
    protected function handleResponse(mixed $resp, mixed $conn, Net_Gearman_Set $tasks) {}

    /** @return mixed */
    public function jobStatus(mixed $handle, mixed $server = null) {}

    /** @return mixed */
    public function disconnect() {}

    public function __destruct() {}
}

/** @not-serializable */
class Net_Gearman_Manager
{
    /** @var mixed */
    protected $conn = null;
    /** @var mixed */
    protected $shutdown = false;

    public function __construct(mixed $server = null, mixed $timeout = 5) {}

    /** @return mixed */
    public function version() {}

    /** @return mixed */
    public function shutdown(mixed $graceful = false) {}

    /** @return mixed */
    public function workers() {}

    /** @return mixed */
    public function parseWorkersResponse(mixed $res) {}

    /** @return mixed */
    public function setMaxQueueSize(mixed $function, mixed $size) {}

    /** @return mixed */
    public function status() {}

    /** @return mixed */
    public function getPid() {}

    /** @return mixed */
    public function showJobs() {}

    /** @return mixed */
    public function showUniqueJobs() {}

    /** @return mixed */
    public function cancelJob(mixed $handle) {}

    /** @return mixed */
    public function createFunction(mixed $function) {}

    /** @return mixed */
    public function dropFunction(mixed $function) {}

    /** @return mixed */
    public function priorityStatus() {}

    /** @return mixed */
    public function verbose() {}

    /** @return mixed */
    protected function sendCommand(mixed $cmd) {}

    /** @return mixed */
    protected function recvCommand() {}

    /** @return mixed */
    protected function checkForError(mixed $data) {}

    /** @return mixed */
    public function disconnect() {}

    public function __destruct() {}
}

/**
 * The job factory. Reads NET_GEARMAN_JOB_PATH / NET_GEARMAN_JOB_CLASS_PREFIX
 * when factory() runs (defaults 'Net/Gearman/Job' and 'Net_Gearman_Job_'
 * only while they are undefined); never defines them.
 */
abstract class Net_Gearman_Job
{
    /** @return mixed */
    public static function factory(mixed $job, mixed $conn, mixed $handle, mixed $initParams = []) {}
}

/** Base class of user jobs. */
abstract class Net_Gearman_Job_Common
{
    /** @var mixed */
    protected $handle = '';
    /** @var mixed */
    protected $conn = null;
    /** @var mixed */
    protected $initParams = [];

    public function __construct(Net_Gearman_Connection $conn, mixed $handle, array $initParams = []) {}

    /** @return mixed */
    abstract public function run(mixed $arg);

    /** @return mixed */
    public function status(mixed $numerator, mixed $denominator) {}

    /** @return mixed */
    public function complete(array $result) {}

    /** @return mixed */
    public function fail() {}

    /** @return mixed */
    public function sendData(mixed $data) {}

    /** @return mixed */
    public function sendWarning(mixed $warning) {}

    /** @return mixed */
    public function sendException(mixed $message) {}

    /** @return mixed */
    public function getUniqueId() {}
}

/** @not-serializable */
class Net_Gearman_Worker
{
    /** @var int */
    const JOB_START = 1;
    /** @var int */
    const JOB_COMPLETE = 2;
    /** @var int */
    const JOB_FAIL = 3;
    /** @var int */
    const WORKER_STATUS = 4;

    /** @var mixed */
    protected $conn = [];
    /** @var mixed */
    protected $retryConn = [];
    /** @var mixed */
    protected $failedConn = [];
    /** @var mixed */
    protected $stats = [];
    /** @var mixed */
    protected $abilities = [];
    /** @var mixed */
    protected $initParams = [];
    /** @var mixed */
    protected $retryTime = 3;
    /** @var mixed */
    protected $maxRetryTime = 60;
    /** @var mixed */
    protected $minCurrentRetryTime = null;
    /** @var mixed */
    protected $sleepTime = 30;
    /**
     * @var mixed
     * The real default [1 => [], 2 => [], 3 => [], 4 => []] is installed when
     * the object is created: gen_stub cannot emit a non-empty array default.
     */
    protected $callback = null;
    /** @var mixed */
    protected $id = "";
    /** @var mixed */
    protected $socket_timeout = 250;

    public function __construct(mixed $servers, mixed $id = "", mixed $socket_timeout = null) {}

    /** @return mixed */
    public function connection_status() {}

    /** @return mixed */
    public function addAbility(mixed $ability, mixed $timeout = null, mixed $initParams = [], mixed $conn = null) {}

    /** @return mixed */
    protected function addAbilities(mixed $conn = null) {}

    /** @return mixed */
    public function beginWork(mixed $monitor = null) {}

    /** @return mixed */
    protected function waitQuietly(mixed $monitor, mixed $lastJobTime) {}

    /** @return mixed */
    protected function deepSleep(mixed $monitor, mixed $lastJobTime) {}

    /** @return mixed */
    protected function askForWork(mixed $monitor = null, mixed $lastJobTime = null) {}

    /** @return mixed */
    protected function retryConnections() {}

    /** @return mixed */
    protected function doWork(mixed $conn) {}

    /** @return mixed */
    protected function retryTime(mixed $retryCount) {}

    /** @return mixed */
    public function attachCallback(mixed $callback, mixed $type = Net_Gearman_Worker::JOB_COMPLETE) {}

    /** @return mixed */
    public function endWork() {}

    public function __destruct() {}

    /** @return mixed */
    public function stopWork() {}

    /** @return mixed */
    protected function start(mixed $handle, mixed $job, mixed $args) {}

    /** @return mixed */
    protected function complete(mixed $handle, mixed $job, array $result) {}

    /** @return mixed */
    protected function fail(mixed $handle, mixed $job, mixed $error) {}

    /** @return mixed */
    protected function status(mixed $message, mixed $server = null) {}

    /** @return mixed */
    protected function close(mixed $server) {}

    /**
     * Addition: report exceptions from run() that are not
     * Net_Gearman_Job_Exception as WORK_EXCEPTION (with the message) instead
     * of letting them leave beginWork() (the library's behaviour, the default).
     * @return mixed
     */
    public function setReportExceptions(bool $report) {}

    /**
     * Addition: ask each server for the next job before running the one just
     * assigned, so the answer arrives while the job runs (off by default: the
     * worker then holds one unstarted job per server; never used while an
     * ability has a timeout; beginWork() runs held jobs before it returns).
     * @return mixed
     */
    public function setPrefetch(bool $prefetch) {}
}

/**
 * Addition: the job server of geartraind inside php-cli (same core).
 * @not-serializable
 */
final class Net_Gearman_Server
{
    /** Options: see docs/compat.md (Net_Gearman_Server). */
    public function __construct(array $options = []) {}

    /** geartraind's command-line flags instead of the options array. */
    public static function fromCommandLine(array $args): Net_Gearman_Server {}

    /** geartraind's --help text. */
    public static function usage(): string {}

    /** Binds and serves from a background thread; returns at once. */
    public function start(): void {}

    /** Binds and serves until stop(), an admin shutdown, SIGINT or SIGTERM. */
    public function run(): void {}

    /** Stops serving and closes every connection and the queue store. */
    public function stop(): void {}

    public function isRunning(): bool {}

    public function getPort(): int {}

    /** The admin `status`: [function => ['in_queue', 'jobs_running', 'capable_workers']]. */
    public function status(): array {}
}

/**
 * Addition: a GearmanManager-compatible supervisor of Net_Gearman workers.
 * @not-serializable
 */
final class Net_Gearman_Supervisor
{
    /** GearmanManager's configuration as an array ([GearmanManager] plus one section per function). */
    public function __construct(array $config = []) {}

    /** GearmanManager's flags (-c CONFIG, -a, -d, -D, -h, -l, -m, -p, -P, -r, -t, -u, -v, -w, -x, -Z). */
    public static function fromCommandLine(array $args): Net_Gearman_Supervisor {}

    public static function usage(string $program = "geartrain-supervisor"): string {}

    /** The merged configuration, as GearmanManager's -Z prints it. */
    public function getConfig(): array {}

    /** The worker processes the configuration asks for: [['functions' => [...], 'do_all' => bool], ...]. */
    public function plan(): array {}

    /** Supervises until SIGTERM/SIGINT; returns the exit code. A worker child never returns from it. */
    public function run(): int {}

    /** Called by the supervised worker (its monitor): true stops it after its current job. */
    public function monitor(mixed $idle = null, mixed $lastJob = null): bool {}

    /** Called by the supervised worker (JOB_START): counts and logs the job. */
    public function onJobStart(mixed $handle, mixed $job, mixed $args): void {}

    /** Called by the supervised worker (JOB_COMPLETE): logs the job. */
    public function onJobComplete(mixed $handle, mixed $job, mixed $result): void {}

    /** Called by the supervised worker (JOB_FAIL): logs the job and why. */
    public function onJobFail(mixed $handle, mixed $job, mixed $error): void {}

    /** Called by the supervised worker (WORKER_STATUS): logs the message. */
    public function onWorkerStatus(mixed $message, mixed $server = null, mixed $connected = null, mixed $failures = null): void {}
}
