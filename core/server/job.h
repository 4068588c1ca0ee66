// A job record and the intrusive FIFO list that queues it.
//
// Contract: a Job is one allocation holding its fixed fields followed by its
// unique id, reducer name and payload (the `std::string_view` accessors point
// into it, so they stay valid for the job's life). Create with Job::New and
// free with Job::Delete, exactly once. A job is in at most one JobList at a
// time (its function's queue for its priority, while queued). Owned and
// touched only by the scheduler on the event-loop thread.
#ifndef GEARTRAIN_CORE_SERVER_JOB_H_
#define GEARTRAIN_CORE_SERVER_JOB_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace geartrain {

struct Function;
struct Peer;
struct JobTimer;

enum class Priority : uint8_t { kHigh = 0, kNormal = 1, kLow = 2 };
constexpr int kPriorityCount = 3;

enum class JobState : uint8_t {
  kPending,  // background job the queue store has not yet made durable
  kDelayed,  // an epoch job whose time has not come; in the delay heap
  kQueued,   // in its function's list for its priority
  kRunning,  // assigned to `worker`
};

struct Job {
  uint64_t id;              // the number in the handle
  Function* function;
  Job* prev;                // JobList links (while queued)
  Job* next;
  Peer* worker;             // while running
  JobTimer* timeout;        // CAN_DO_TIMEOUT timer while running, or null
  std::vector<Peer*> clients;  // foreground submitters still waiting
  int64_t when;             // epoch seconds; 0 = run now
  int32_t numerator;        // last WORK_STATUS, as gearmand's atoi gives them
  int32_t denominator;
  uint32_t retries;         // times the job went back to its queue
  Priority priority;
  JobState state;
  bool background;          // submitted (or also submitted) in the background
  bool cancelled;           // admin `cancel job` on a running job: results are dropped
  bool unique_indexed;      // present in the scheduler's unique index
  bool stored;              // the queue store holds it (background, persistent store)
  uint32_t unique_size;
  uint32_t reducer_size;
  uint32_t payload_size;
  char data[1];             // unique, reducer, payload, back to back

  static Job* New(uint64_t id, Function* function, std::string_view unique,
                  std::string_view reducer, std::string_view payload);
  static void Delete(Job* job);

  std::string_view unique() const { return {data, unique_size}; }
  std::string_view reducer() const { return {data + unique_size, reducer_size}; }
  std::string_view payload() const { return {data + unique_size + reducer_size, payload_size}; }
};

// Doubly linked FIFO over Job::prev/next. O(1) push, pop and unlink.
class JobList {
 public:
  bool empty() const { return head_ == nullptr; }
  uint32_t size() const { return size_; }
  Job* front() const { return head_; }
  void PushBack(Job* job);
  Job* PopFront();
  // REQUIRES: job is in this list.
  void Unlink(Job* job);
  // Iteration for admin listings.
  template <typename F>
  void ForEach(F f) const {
    for (Job* j = head_; j != nullptr; j = j->next) f(j);
  }

 private:
  Job* head_ = nullptr;
  Job* tail_ = nullptr;
  uint32_t size_ = 0;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_JOB_H_
