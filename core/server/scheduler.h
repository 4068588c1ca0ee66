// The job scheduler: functions, jobs, workers, uniques, timers.
//
// Contract:
// - One Scheduler per server, driven from the event-loop thread only; there
//   are no locks. It never touches sockets: it appends replies to Peer::out
//   and tells its Outbox which peers have output.
// - Every lookup that runs per job (handle, (function, unique), function name)
//   is a hash lookup in a table that grows, so the cost of a job does not grow
//   with the queue. GRAB is O(1) amortized: a worker with no runnable ability
//   gets NO_JOB without scanning, and one with some scans its abilities only
//   until the first function that has work.
// - Replies follow gearmand 1.1.20 byte for byte where clients depend on them
//   (protocol.md §1), with the fixes listed in docs/compat.md.
// - Jobs are freed exactly once: on completion, failure, cancel, retry limit,
//   or when the last foreground client of a queued job goes away.
#ifndef GEARTRAIN_CORE_SERVER_SCHEDULER_H_
#define GEARTRAIN_CORE_SERVER_SCHEDULER_H_

#include <event2/event.h>

#include <functional>
#include <memory>
#include <queue>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "protocol/frame.h"
#include "server/function.h"
#include "server/job.h"
#include "server/peer.h"
#include "server/server_config.h"
#include "store/queue_store.h"
#include "util/logger.h"

namespace geartrain {

// Where the scheduler reports peers that have new output.
class Outbox {
 public:
  virtual ~Outbox() = default;
  virtual void MarkDirty(Peer* peer) = 0;
};

class Scheduler {
 public:
  // `store` must outlive the scheduler.
  Scheduler(const ServerConfig& config, event_base* base, Outbox* outbox, Logger* log,
            QueueStore* store);

  // Start-up: re-creates the store's jobs (same ids, so the same handles).
  bool Restore(std::string* error);
  // Clean shutdown: the background jobs still to run, for the store.
  std::vector<StoredJob> BackgroundJobs() const;
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Peers: AddPeer when a connection opens, RemovePeer before it is freed
  // (running jobs are requeued, waiting clients detached, abilities dropped).
  void AddPeer(Peer* peer);
  void RemovePeer(Peer* peer);
  Peer* FindPeer(uint64_t id) const;

  // One binary request from `peer`. Returns false if the connection must be
  // closed (after its output is flushed).
  bool HandlePacket(Peer* peer, const Frame& frame);
  // A packet whose fields did not match its type.
  void HandleMalformed(Peer* peer, const Frame& frame);

  // --- queries and admin operations (admin_commands.cc uses these) ---
  const std::vector<Function*>& functions() const { return function_order_; }
  const std::vector<Peer*>& peers() const { return peer_order_; }
  Function* FindFunction(std::string_view name) const;
  Function* FindFunctionIgnoreCase(std::string_view name) const;
  Function* GetOrCreateFunction(std::string_view name);
  // Refuses (returns a reason) while the function has workers or any job.
  bool DropFunction(Function* function, std::string* why);
  Job* FindJob(std::string_view handle) const;
  // Admin `cancel job`: fails the job for its clients and drops it.
  bool CancelJob(std::string_view handle);
  template <typename F>
  void ForEachJob(F f) const {
    for (const auto& [id, job] : jobs_) f(job);
  }
  std::string HandleOf(const Job* job) const { return std::string(HandleText(job).view()); }

  // A job's handle without a heap allocation (handles are under 64 bytes).
  struct HandleBuffer {
    char data[80];
    size_t size;
    std::string_view view() const { return {data, size}; }
  };
  HandleBuffer HandleText(const Job* job) const;
  size_t job_count() const { return jobs_.size(); }
  const ServerConfig& config() const { return config_; }
  Logger* log() const { return log_; }

  // Called when the job count drops to zero (for graceful shutdown).
  void set_on_idle(std::function<void()> f) { on_idle_ = std::move(f); }

 private:
  struct UniqueKey {
    const Function* function;
    std::string_view text;  // points into the job's own storage
    bool by_payload;        // unique "-": coalesce on the payload
    bool operator==(const UniqueKey& o) const {
      return function == o.function && by_payload == o.by_payload && text == o.text;
    }
  };
  struct UniqueKeyHash {
    size_t operator()(const UniqueKey& k) const;
  };
  struct DelayedEntry {
    int64_t when;
    uint64_t job_id;
    bool operator>(const DelayedEntry& o) const {
      return when != o.when ? when > o.when : job_id > o.job_id;
    }
  };

  // Packet handlers (scheduler_packets.cc).
  void Submit(Peer* peer, const Frame& frame, Priority priority, bool background);
  void SubmitEpoch(Peer* peer, const Frame& frame);
  void CanDo(Peer* peer, std::string_view name, uint32_t timeout_ms);
  void CantDo(Peer* peer, std::string_view name);
  void ResetAbilities(Peer* peer);
  void PreSleep(Peer* peer);
  void Grab(Peer* peer, PacketType variant);
  void WorkUpdate(Peer* peer, const Frame& frame);
  void WorkEnd(Peer* peer, const Frame& frame);
  void GetStatus(Peer* peer, std::string_view handle);
  void GetStatusUnique(Peer* peer, std::string_view unique);
  void OptionReq(Peer* peer, std::string_view name);

  // Job lifecycle (scheduler.cc).
  // Creates and queues a job; sends JOB_CREATED or ERROR to `peer`.
  void CreateJob(Peer* peer, Function* function, std::string_view unique,
                 std::string_view reducer, std::string_view payload, Priority priority,
                 bool background, int64_t when);
  Job* FindCoalescable(Function* function, std::string_view unique, std::string_view payload);
  void Enqueue(Job* job);               // to the tail of its list, then wake sleepers
  void Dequeue(Job* job);               // out of its list (queued jobs only)
  void Assign(Peer* worker, Job* job, PacketType variant);
  void Requeue(Job* job, const char* why);  // back to its queue, or drop on -j
  void FinishJob(Job* job);             // unindex and free
  void FailJobForClients(Job* job);     // WORK_FAIL H to every waiting client
  void DetachClient(Job* job, Peer* client);
  void WakeSleepers(Function* function, uint32_t new_jobs);
  void NoteQueuedChange(Function* function, uint32_t before);
  void ArmTimeout(Job* job, uint32_t timeout_ms);
  void DisarmTimeout(Job* job);
  void ScheduleDelayed(Job* job);
  void RunDueDelayed();
  void ArmDelayTimer();
  void MaybeIdle();
  // The store finished (or failed) making job `id` durable.
  void OnStored(uint64_t id, bool ok);
  void HoldReply(Peer* peer, uint64_t job_id);
  // Resolves every held reply for `job_id` with JOB_CREATED, or with ERROR
  // QUEUE_ERROR when !ok, and releases what can go out.
  void ResolveHeld(Job* job, bool ok);
  void ReleaseHeld(Peer* peer);
  static void OnJobTimeout(evutil_socket_t, short, void* arg);
  static void OnDelayTimer(evutil_socket_t, short, void* arg);

  // Output helpers.
  void Send(Peer* peer, PacketType type, std::initializer_list<std::string_view> fields,
            std::string_view payload = {});
  void SendError(Peer* peer, std::string_view code, std::string_view text);
  void Forward(Peer* peer, PacketType type, std::string_view body);

  const ServerConfig& config_;
  event_base* base_;
  Outbox* outbox_;
  Logger* log_;
  QueueStore* store_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> held_for_;  // job id -> peer ids
  std::string handle_prefix_;  // includes the trailing ':'
  std::string scratch_;        // reused to encode one packet before one evbuffer_add
  uint64_t next_job_id_ = 1;

  std::unordered_map<std::string_view, Function*> functions_;  // keys view Function::name
  std::vector<Function*> function_order_;
  std::unordered_map<uint64_t, Job*> jobs_;
  std::unordered_map<UniqueKey, Job*, UniqueKeyHash> uniques_;
  std::unordered_map<uint64_t, Peer*> peers_;
  std::vector<Peer*> peer_order_;

  std::priority_queue<DelayedEntry, std::vector<DelayedEntry>, std::greater<DelayedEntry>>
      delayed_;
  event* delay_timer_ = nullptr;
  int64_t delay_timer_due_ = 0;  // when the armed delay timer fires; 0 = not armed
  std::function<void()> on_idle_;
  size_t freed_since_trim_ = 0;  // payload bytes freed since memory was last given back
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_SCHEDULER_H_
