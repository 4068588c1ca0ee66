// The queue-store interface: where background jobs are kept so they survive a
// restart.
//
// Contract:
// - All calls come from the server's event-loop thread. A store may do its
//   disk work on a thread of its own, but it reports back only through the
//   loop (Attach's callback runs on the loop thread), never by blocking it.
// - Add() records one background job. When acks_after_commit() is true the
//   server holds the submitter's JOB_CREATED (and everything after it on that
//   connection) until the store reports the job durable, or sends ERROR
//   QUEUE_ERROR if it reports a failure: "acknowledged" means "on disk".
//   Otherwise Add() is fire-and-forget and the job is acknowledged at once.
// - Done() forgets a job that ended (completed, failed, cancelled, dropped).
//   Jobs are keyed by the server's job id, never by (function, unique), so
//   two jobs can never overwrite each other.
// - Replay() hands back every stored job in submission order at start-up.
// - Close() finishes outstanding writes; SaveOnShutdown() gets the jobs still
//   queued at a clean shutdown (used by the shutdown-only mode).
#ifndef GEARTRAIN_CORE_STORE_QUEUE_STORE_H_
#define GEARTRAIN_CORE_STORE_QUEUE_STORE_H_

#include <event2/event.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "server/job.h"

namespace geartrain {

// A job as the store keeps it.
struct StoredJob {
  uint64_t id = 0;
  std::string function;
  std::string unique;
  std::string reducer;
  std::string payload;
  Priority priority = Priority::kNormal;
  int64_t when = 0;
};

class QueueStore {
 public:
  // Called on the loop thread with each added job's id and whether it is now
  // durable.
  using AddedCallback = std::function<void(uint64_t job_id, bool ok)>;

  virtual ~QueueStore() = default;

  // Connects the store to the loop. REQUIRES: called once, before Add().
  virtual void Attach(event_base* base, AddedCallback on_added) = 0;
  virtual bool acks_after_commit() const = 0;
  virtual void Add(const Job& job, std::string_view function) = 0;
  virtual void Done(uint64_t job_id) = 0;
  // Returns false with *error if the stored jobs cannot be read.
  virtual bool Replay(const std::function<void(StoredJob&)>& each, std::string* error) = 0;
  virtual void SaveOnShutdown(const std::vector<StoredJob>& jobs) { (void)jobs; }
  virtual void Close() {}
  // For `show jobs`' QUEUED column and logs.
  virtual bool persistent() const = 0;
  // The reason for the last failed write, once ("" if none).
  virtual std::string TakeLastError() { return {}; }
};

// No persistence: gearmand's default `builtin` queue.
class MemoryStore : public QueueStore {
 public:
  void Attach(event_base*, AddedCallback) override {}
  bool acks_after_commit() const override { return false; }
  void Add(const Job&, std::string_view) override {}
  void Done(uint64_t) override {}
  bool Replay(const std::function<void(StoredJob&)>&, std::string*) override { return true; }
  bool persistent() const override { return false; }
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_STORE_QUEUE_STORE_H_
