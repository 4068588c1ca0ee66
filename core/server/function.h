// A Gearman function: its three priority queues, its workers and its limits.
//
// Contract: created on first mention (CAN_DO, SUBMIT, `create function`,
// `maxqueue`) and kept until `drop function`. Counters are kept exactly so
// that `status` and `prioritystatus` cost O(functions), never O(jobs).
// `workers` has one entry per registration (a worker that sent CAN_DO twice is
// in it twice, as gearmand counts it). `sleepers` is a FIFO of workers that
// said PRE_SLEEP while registered here; entries go stale and are checked when
// popped (see Scheduler::WakeSleepers). Event-loop thread only.
#ifndef GEARTRAIN_CORE_SERVER_FUNCTION_H_
#define GEARTRAIN_CORE_SERVER_FUNCTION_H_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "server/job.h"

namespace geartrain {

struct SleeperEntry {
  uint64_t peer_id;
  uint64_t sleep_generation;  // matches Peer::sleep_generation while still asleep
};

struct Function {
  explicit Function(std::string n) : name(std::move(n)) {}

  std::string name;
  JobList queue[kPriorityCount];  // runnable jobs, FIFO per priority
  uint32_t delayed[kPriorityCount] = {0, 0, 0};  // epoch jobs not yet due
  uint32_t running = 0;
  uint32_t pending = 0;           // waiting for the queue store to make them durable
  std::vector<Peer*> workers;     // one entry per registration
  std::deque<SleeperEntry> sleepers;
  uint32_t max_queue[kPriorityCount] = {0, 0, 0};  // 0 = unlimited

  uint32_t queued() const {
    return queue[0].size() + queue[1].size() + queue[2].size();
  }
  uint32_t delayed_total() const { return delayed[0] + delayed[1] + delayed[2]; }
  // gearmand's job_total: every job of the function, queued or running.
  uint32_t total() const { return queued() + delayed_total() + running + pending; }
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_FUNCTION_H_
