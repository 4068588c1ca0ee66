// The SQLite queue store, with group commit on a writer thread of its own.
//
// Contract:
// - Modes: kAckAfterCommit (default; a job is acknowledged only after the
//   transaction holding it has committed with synchronous=FULL: zero loss on
//   kill -9 or power loss), kAsync (acknowledged at once; written by the next
//   commit, so a crash loses at most the jobs of the last commit window, one
//   transaction's worth, typically a few milliseconds), kShutdownOnly
//   (gearmand's --store-queue-on-shutdown: nothing is written while running;
//   queued background jobs are written at a clean shutdown; rows are removed
//   once replayed).
// - Group commit: Add/Done calls queue operations; the writer thread takes
//   everything queued so far, runs it in one transaction and commits, so
//   submissions that arrive together share one fsync. The event loop never
//   waits on the disk; results come back through an event on the loop.
// - A failed transaction reports every Add in it as failed (the server sends
//   ERROR QUEUE_ERROR to those submitters) and the server keeps running.
// Thread-safety: the public methods are for the loop thread only.
#ifndef GEARTRAIN_CORE_STORE_SQLITE_STORE_H_
#define GEARTRAIN_CORE_STORE_SQLITE_STORE_H_

#include <sqlite3.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/queue_store.h"

namespace geartrain {

enum class StoreMode { kAckAfterCommit, kAsync, kShutdownOnly };

bool ParseStoreMode(const std::string& name, StoreMode* mode);

struct SqliteStoreOptions {
  std::string path;
  std::string table = "gearman_queue";
  StoreMode mode = StoreMode::kAckAfterCommit;
  // Test seam: a page limit makes writes fail with "database or disk is full".
  int max_pages = 0;
};

class SqliteStore : public QueueStore {
 public:
  // Opens the database (see sqlite_schema.h); null with *error on failure.
  static std::unique_ptr<SqliteStore> Open(const SqliteStoreOptions& options, std::string* error);
  ~SqliteStore() override;

  void Attach(event_base* base, AddedCallback on_added) override;
  bool acks_after_commit() const override { return options_.mode == StoreMode::kAckAfterCommit; }
  void Add(const Job& job, std::string_view function) override;
  void Done(uint64_t job_id) override;
  bool Replay(const std::function<void(StoredJob&)>& each, std::string* error) override;
  void SaveOnShutdown(const std::vector<StoredJob>& jobs) override;
  void Close() override;
  bool persistent() const override { return true; }
  std::string TakeLastError() override;

  int imported_from_gearmand() const { return imported_; }
  // Transactions committed so far (for tests and logs).
  uint64_t commits() const;

 private:
  struct Op {
    bool add;  // else done
    StoredJob job;
  };

  SqliteStore(const SqliteStoreOptions& options, sqlite3* db, int imported);
  void WriterLoop();
  bool RunBatch(std::vector<Op>* batch, std::string* error);
  bool Prepare(std::string* error);
  static void OnResults(evutil_socket_t, short, void* arg);

  SqliteStoreOptions options_;
  sqlite3* db_;
  int imported_;
  sqlite3_stmt* insert_ = nullptr;
  sqlite3_stmt* remove_ = nullptr;
  AddedCallback on_added_;
  event* results_event_ = nullptr;

  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::vector<Op> pending_;                           // GUARDED_BY(mu_)
  std::vector<std::pair<uint64_t, bool>> results_;    // GUARDED_BY(mu_)
  bool stopping_ = false;                             // GUARDED_BY(mu_)
  uint64_t commits_ = 0;                              // GUARDED_BY(mu_)
  std::string last_error_;                            // GUARDED_BY(mu_)
  std::thread writer_;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_STORE_SQLITE_STORE_H_
