// Keeps the worker processes of a plan running: fork, reap, restart with
// back-off, signals, code watching, memory limits, status.
//
// Contract:
// - Run() is the parent's loop. While it runs, SIGTERM, SIGINT, SIGHUP,
//   SIGUSR1 and SIGCHLD are blocked and read from a signalfd (so none is
//   lost, and none interrupts PHP); everything else is untouched.
// - Run() returns:
//   * kChild in a freshly forked child: *assignment says what to run; the
//     child still has those signals blocked (call UnblockSignals() once its
//     own SIGTERM handler is in place, so a TERM sent right after the fork
//     is not lost); the supervisor's descriptors are closed.
//   * kReload on SIGHUP (the log is reopened first) or, with auto_update,
//     when worker files were created, changed or removed (*changed names
//     those functions): the caller re-reads its configuration, calls
//     SetPlan() and Run() again. Children keep running meanwhile.
//   * kTimeout at `until`, if given.
//   * kStopped after SIGTERM/SIGINT (or RequestStop()) once every child is
//     gone: each got SIGTERM (finish the current job, then exit), and those
//     still there after graceful_shutdown_wait_time get SIGKILL; a second
//     TERM/INT kills them at once.
// - SetPlan(): slots whose key is new start now (the first plan staggers
//   them by worker_initial_spawn_splay); slots no longer planned get SIGTERM
//   and are not restarted; with `roll_all`, or when a slot registers a
//   function in `changed`, its running child gets SIGTERM and is restarted
//   when it exits (a rolling restart: each finishes its job first).
// - A child that exits abnormally (non-zero code or a signal) less than
//   kQuickExitSeconds after it started is restarted after a growing delay
//   (1 s, 2 s, 4 s ... up to 60 s); the delay resets once a child of that
//   slot lives longer. Every exit is logged truthfully: the exit code, or
//   the signal's name and whether it dumped core.
// - worker_memory_limit: a child whose RSS exceeds it gets SIGTERM (once).
// - SIGUSR1 writes StatusText() to the log.
// Not thread-safe; one per process.
#ifndef GEARTRAIN_CORE_SUPERVISOR_PROCESS_SUPERVISOR_H_
#define GEARTRAIN_CORE_SUPERVISOR_PROCESS_SUPERVISOR_H_

#include <sys/types.h>

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "supervisor/config.h"
#include "supervisor/plan.h"
#include "supervisor/supervisor_log.h"

namespace geartrain {
namespace supervisor {

class ProcessSupervisor {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kQuickExitSeconds = 10;
  static constexpr int kMaxBackoffSeconds = 60;

  enum class Outcome { kChild, kReload, kStopped, kTimeout };

  struct SlotInfo {
    std::string key;
    std::vector<std::string> functions;
    pid_t pid = 0;  // 0: not running
    int restarts = 0;
    int quick_failures = 0;
    std::string last_exit;
  };

  ProcessSupervisor(const SupervisorConfig& config, SupervisorLog* log);
  ~ProcessSupervisor();
  ProcessSupervisor(const ProcessSupervisor&) = delete;
  ProcessSupervisor& operator=(const ProcessSupervisor&) = delete;

  // Configuration values the loop uses (timeouts, limits, watched dirs).
  void SetConfig(const SupervisorConfig& config);
  void SetPlan(const std::vector<WorkerSlot>& plan, const std::set<std::string>& changed,
               bool roll_all);
  // `until`: return kTimeout then (the children keep running), so a caller
  // can look around and call Run() again.
  Outcome Run(WorkerSlot* assignment, std::set<std::string>* changed,
              Clock::time_point until = Clock::time_point::max());
  void RequestStop() { stop_requested_ = true; }

  std::string StatusText() const;
  std::vector<SlotInfo> Slots() const;
  size_t running_children() const { return children_.size(); }

  // For the child: unblocks the signals Run() blocked.
  static void UnblockSignals();

 private:
  struct Slot {
    WorkerSlot spec;
    pid_t pid = 0;
    Clock::time_point started{};
    Clock::time_point next_start{};
    int quick_failures = 0;
    int restarts = 0;
    bool replace = false;  // TERM sent for a rolling restart: restart at once
    bool term_sent = false;
    std::string last_exit = "-";
  };
  struct Retired {  // a child whose slot left the plan
    std::string key;
    std::vector<std::string> functions;
  };

  bool Setup(std::string* error);
  void Teardown();
  void Reap();
  void OnChildExit(pid_t pid, int status);
  bool SpawnDue(WorkerSlot* assignment);
  void TermAll();
  void KillAll();
  void CheckMemory();
  bool ReadWatch(std::set<std::string>* changed);
  void WatchDirs();
  int NextTimeoutMs() const;

  SupervisorConfig config_;
  SupervisorLog* log_;
  std::map<std::string, Slot> slots_;   // by key
  std::map<pid_t, std::string> children_;  // pid -> slot key ("" for retired)
  std::map<pid_t, Retired> retired_;
  bool first_plan_ = true;
  bool stopping_ = false;
  bool stop_requested_ = false;
  Clock::time_point stop_deadline_{};
  bool killed_ = false;
  int signal_fd_ = -1;
  int watch_fd_ = -1;
  std::map<int, std::string> watches_;  // inotify wd -> dir
  std::set<std::string> pending_changes_;
  Clock::time_point changes_due_{};
  Clock::time_point next_memory_check_{};
  std::set<pid_t> memory_termed_;
};

// "exited with code 3", "was killed by signal SIGSEGV (core dumped)".
std::string DescribeExit(int status);

}  // namespace supervisor
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SUPERVISOR_PROCESS_SUPERVISOR_H_
