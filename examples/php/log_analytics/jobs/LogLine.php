<?php
/**
 * Aggregates one Apache access-log line (combined format) into the SQLite
 * store named by the init param 'db': hits per status code, hits and bytes
 * per path. Several workers write the same store, so each line is one short
 * IMMEDIATE transaction (the write lock is taken up front; a busy store
 * makes the writer wait up to 10 s instead of failing). The job completes
 * only after the commit, so a drained queue means a complete store.
 */
class Net_Gearman_Job_LogLine extends Net_Gearman_Job_Common
{
    private const LINE = '~^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) ([^" ?]+)\S* [^"]*" (\d{3}) (\d+|-)~';

    public function run($line)
    {
        static $db = null, $status, $path;  // one connection per worker process
        if ($db === null) {
            $db = new PDO('sqlite:' . $this->initParams['db'], null, null,
                          [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_TIMEOUT => 10]);
            $db->exec('PRAGMA synchronous = NORMAL');  // WAL: durable at checkpoints, no fsync per line
            $status = $db->prepare('INSERT INTO hits_by_status (status, hits) VALUES (?, 1)
                                    ON CONFLICT (status) DO UPDATE SET hits = hits + 1');
            $path = $db->prepare('INSERT INTO hits_by_path (path, hits, bytes) VALUES (?, 1, ?)
                                  ON CONFLICT (path) DO UPDATE SET hits = hits + 1, bytes = bytes + excluded.bytes');
        }
        if (!preg_match(self::LINE, (string)$line, $m)) {
            throw new Net_Gearman_Job_Exception('not an access-log line: ' . substr((string)$line, 0, 80));
        }
        [, , , , $url, $code, $bytes] = $m;
        $db->exec('BEGIN IMMEDIATE');
        try {
            $status->execute([(int)$code]);
            $path->execute([$url, $bytes === '-' ? 0 : (int)$bytes]);
            $db->exec('COMMIT');
        } catch (Throwable $e) {
            $db->exec('ROLLBACK');
            throw $e;
        }
        return ['status' => (int)$code];
    }
}
