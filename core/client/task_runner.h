// Pipelined submission and result collection for a task set spread over
// several server connections (what Net_Gearman_Client::runSet needs).
//
// Contract:
// - The runner borrows connections (index = server index); the caller owns,
//   connects and reconnects them, and keeps them alive while the runner lives.
// - Submit() only queues bytes; nothing is written until Poll(). Poll() writes
//   every queued submission (pipelined, no round trip per task), then waits
//   on all sockets at once and drains every packet each readable socket has.
// - Replies are matched like gearmand orders them: JOB_CREATED (or an ERROR)
//   answers the oldest unanswered submission on that connection (FIFO); later
//   packets are matched by handle on that connection. Packets for unknown
//   handles (e.g. from an earlier run on a cached connection) are ignored.
// - Poll() returns as soon as it has at least one event, or when its timeout
//   passes (kTimeout, no events). Events come in arrival order, keyed by the
//   submission index. Events never call user code: the binding runs PHP
//   callbacks between polls.
// - A submission is finished after kComplete, kFail, kException or kError;
//   background submissions finish at kCreated. A connection failure ends every
//   unfinished submission on it with kError (message from Connection).
// - With Options::exceptions, OPTION_REQ "exceptions" is sent once per
//   connection before its first submission; the OPTION_RES is consumed here.
// - Destroying a runner closes every connection that still owes it a reply
//   (JOB_CREATED, OPTION_RES or an ERROR): that reply would otherwise be
//   matched to the next runner's first submission. The binding reconnects
//   when connected() is false. Late WORK_* packets for finished or abandoned
//   handles need no such care; they are ignored by handle.
// Not thread-safe; one owner.
#ifndef GEARTRAIN_CORE_CLIENT_TASK_RUNNER_H_
#define GEARTRAIN_CORE_CLIENT_TASK_RUNNER_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "client/connection.h"

namespace geartrain {
namespace client {

struct Submission {
  size_t server = 0;  // index into the runner's connections
  // SUBMIT_JOB{,_BG,_HIGH,_HIGH_BG,_LOW,_LOW_BG} or SUBMIT_JOB_EPOCH (background,
  // run at `epoch`, Unix seconds as decimal text).
  PacketType type = PacketType::kSubmitJob;
  std::string function;
  std::string unique;
  std::string workload;
  std::string epoch;  // only for SUBMIT_JOB_EPOCH
};

struct TaskEvent {
  enum Kind { kCreated, kData, kWarning, kStatus, kComplete, kFail, kException, kError };
  Kind kind = kCreated;
  size_t task = 0;                          // submission index
  std::string handle;                       // all kinds once created
  std::string payload;                      // kData, kWarning, kComplete, kException
  uint64_t numerator = 0, denominator = 0;  // kStatus
  Status status;                            // kError
};

struct TaskRunnerOptions {
  bool exceptions = false;  // ask for WORK_EXCEPTION instead of WORK_FAIL
};

class TaskRunner {
 public:
  using Options = TaskRunnerOptions;

  explicit TaskRunner(std::vector<Connection*> connections, Options options = Options());
  ~TaskRunner();
  TaskRunner(const TaskRunner&) = delete;
  TaskRunner& operator=(const TaskRunner&) = delete;

  // Queues one submission; returns kInvalidArgument (and queues nothing) for a
  // bad server index, a non-submit type or a disconnected server.
  Status Submit(const Submission& submission, size_t* index);

  // Appends events; see the contract. kTimeout when none arrived in time.
  Status Poll(int timeout_ms, std::vector<TaskEvent>* events);
  // Polls until every submission has finished or the total timeout passes
  // (then returns kTimeout with whatever finished). timeout_ms < 0: no limit.
  Status Run(int timeout_ms, std::vector<TaskEvent>* events);

  bool done() const { return unfinished_ == 0; }
  size_t unfinished() const { return unfinished_; }
  size_t size() const { return tasks_.size(); }

 private:
  // What the next unanswered request on a connection expects back.
  static constexpr size_t kOptionMarker = static_cast<size_t>(-1);

  struct Task {
    size_t server = 0;
    bool background = false;
    bool finished = false;
    std::string handle;
  };
  struct Server {
    Connection* conn;
    std::deque<size_t> waiting;  // submissions (or kOptionMarker) awaiting a reply
    std::unordered_map<std::string, std::vector<size_t>> by_handle;
    size_t unfinished = 0;
  };

  void Dispatch(Server* server, Response* r, std::vector<TaskEvent>* events);
  void OnServerError(Server* server, const Status& s, std::vector<TaskEvent>* events);
  void FailServer(Server* server, const Status& s, std::vector<TaskEvent>* events);
  void Finish(size_t task);
  void Emit(TaskEvent::Kind kind, size_t task, std::vector<TaskEvent>* events,
            std::string payload = {});

  std::vector<Server> servers_;
  std::vector<Task> tasks_;
  Options options_;
  size_t unfinished_ = 0;
};

// Synchronous one-off requests on a connection with no tasks in flight.
// Unrelated packets that arrive first are discarded.
struct JobStatus {
  bool known = false;
  bool running = false;
  uint64_t numerator = 0, denominator = 0;
};
Status GetJobStatus(Connection* conn, std::string_view handle, Deadline deadline, JobStatus* out);
// GET_STATUS_UNIQUE: the job by unique id (STATUS_RES_UNIQUE also counts the
// clients waiting on it).
struct JobStatusUnique {
  bool known = false;
  bool running = false;
  uint64_t numerator = 0, denominator = 0;
  uint64_t waiting_clients = 0;
};
Status GetJobStatusUnique(Connection* conn, std::string_view unique, Deadline deadline,
                          JobStatusUnique* out);
Status Echo(Connection* conn, std::string_view payload, Deadline deadline, std::string* reply);

}  // namespace client
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_CLIENT_TASK_RUNNER_H_
