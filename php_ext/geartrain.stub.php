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
