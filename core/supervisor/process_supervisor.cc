#include "supervisor/process_supervisor.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>

namespace geartrain {
namespace supervisor {

namespace {

constexpr int kHandledSignals[] = {SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGCHLD};
// Worker files are often written in several steps (editors, deploys): wait
// this long after the last event before reloading.
constexpr auto kChangeSettle = std::chrono::milliseconds(300);
constexpr auto kMemoryCheckEvery = std::chrono::seconds(1);

sigset_t HandledSet() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : kHandledSignals) sigaddset(&set, s);
  return set;
}

long long RssBytes(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/statm");
  long long size = 0, resident = 0;
  if (!(in >> size >> resident)) return 0;
  return resident * sysconf(_SC_PAGESIZE);
}

}  // namespace

std::string DescribeExit(int status) {
  if (WIFEXITED(status)) return "exited with code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const char* abbrev = sigabbrev_np(WTERMSIG(status));
    std::string name = abbrev != nullptr ? std::string("SIG") + abbrev
                                         : "signal " + std::to_string(WTERMSIG(status));
    return "was killed by " + name + (WCOREDUMP(status) ? " (core dumped)" : "");
  }
  return "ended with status " + std::to_string(status);
}

ProcessSupervisor::ProcessSupervisor(const SupervisorConfig& config, SupervisorLog* log)
    : config_(config), log_(log) {}

ProcessSupervisor::~ProcessSupervisor() {
  Teardown();
  sigset_t set = HandledSet();
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
}

void ProcessSupervisor::SetConfig(const SupervisorConfig& config) {
  bool rewatch = config.auto_update != config_.auto_update || config.worker_dirs != config_.worker_dirs;
  config_ = config;
  if (rewatch && watch_fd_ >= 0) {
    close(watch_fd_);
    watch_fd_ = -1;
    watches_.clear();
  }
}

void ProcessSupervisor::UnblockSignals() {
  sigset_t set = HandledSet();
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
}

bool ProcessSupervisor::Setup(std::string* error) {
  if (signal_fd_ < 0) {
    sigset_t set = HandledSet();
    sigprocmask(SIG_BLOCK, &set, nullptr);
    signal_fd_ = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (signal_fd_ < 0) {
      *error = std::string("signalfd: ") + strerror(errno);
      return false;
    }
  }
  if (config_.auto_update && watch_fd_ < 0) WatchDirs();
  return true;
}

void ProcessSupervisor::WatchDirs() {
  watch_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (watch_fd_ < 0) {
    log_->Log(Verbosity::kError, std::string("auto_update: inotify: ") + strerror(errno));
    return;
  }
  for (const std::string& dir : config_.worker_dirs) {
    int wd = inotify_add_watch(watch_fd_, dir.c_str(),
                               IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                   IN_ATTRIB);
    if (wd < 0) {
      log_->Log(Verbosity::kError, "auto_update: cannot watch " + dir + ": " + strerror(errno));
      continue;
    }
    watches_[wd] = dir;
  }
  log_->Log(Verbosity::kInfo, "Watching worker dirs for changes (inotify)");
}

void ProcessSupervisor::Teardown() {
  if (signal_fd_ >= 0) close(signal_fd_);
  if (watch_fd_ >= 0) close(watch_fd_);
  signal_fd_ = watch_fd_ = -1;
  watches_.clear();
}

void ProcessSupervisor::SetPlan(const std::vector<WorkerSlot>& plan,
                                const std::set<std::string>& changed, bool roll_all) {
  auto now = Clock::now();
  std::map<std::string, const WorkerSlot*> want;
  for (const WorkerSlot& s : plan) want[s.key] = &s;
  for (auto it = slots_.begin(); it != slots_.end();) {
    if (want.count(it->first) != 0) {
      ++it;
      continue;
    }
    Slot& old = it->second;
    if (old.pid > 0) {
      log_->Log(Verbosity::kProc, "Stopping child " + std::to_string(old.pid) + " (" +
                                      JoinNames(old.spec.functions) + "): no longer in the plan");
      kill(old.pid, SIGTERM);
      retired_[old.pid] = Retired{old.spec.key, old.spec.functions};
      children_[old.pid] = "";
    }
    it = slots_.erase(it);
  }
  int index = 0;
  for (const WorkerSlot& spec : plan) {
    auto it = slots_.find(spec.key);
    if (it == slots_.end()) {
      Slot s;
      s.spec = spec;
      s.next_start = first_plan_ ? now + std::chrono::microseconds(
                                             config_.worker_initial_spawn_splay_us * index)
                                 : now;
      slots_.emplace(spec.key, std::move(s));
      ++index;
      continue;
    }
    Slot& s = it->second;
    s.spec = spec;
    bool touched = roll_all;
    for (const std::string& f : spec.functions) touched = touched || changed.count(f) != 0;
    if (touched && s.pid > 0 && !s.term_sent) {
      log_->Log(Verbosity::kProc, "Restarting child " + std::to_string(s.pid) + " (" +
                                      JoinNames(spec.functions) + ") for new code or config");
      kill(s.pid, SIGTERM);
      s.term_sent = true;
      s.replace = true;
    } else if (touched && s.pid == 0) {
      s.quick_failures = 0;  // new code deserves a fresh start
      s.next_start = now;
    }
  }
  first_plan_ = false;
}

ProcessSupervisor::Outcome ProcessSupervisor::Run(WorkerSlot* assignment,
                                                  std::set<std::string>* changed,
                                                  Clock::time_point until) {
  changed->clear();
  std::string error;
  if (!Setup(&error)) {
    log_->Log(Verbosity::kError, error);
    return Outcome::kStopped;
  }
  for (;;) {
    auto now = Clock::now();
    if (stop_requested_ && !stopping_) {
      stopping_ = true;
      stop_deadline_ = now + std::chrono::seconds(config_.graceful_shutdown_wait_time);
      log_->Log(Verbosity::kInfo, "Shutting down");
      TermAll();
    }
    if (!stopping_ && SpawnDue(assignment)) return Outcome::kChild;
    if (stopping_ && children_.empty()) {
      log_->Log(Verbosity::kInfo, "All children have exited");
      stopping_ = stop_requested_ = killed_ = false;
      return Outcome::kStopped;
    }
    if (stopping_ && !killed_ && now >= stop_deadline_) {
      log_->Log(Verbosity::kError, "Children still running after graceful_shutdown_wait_time: killing them");
      KillAll();
    }
    if (!pending_changes_.empty() && now >= changes_due_) {
      std::string names;
      for (const std::string& n : pending_changes_) names += (names.empty() ? "" : ", ") + n;
      log_->Log(Verbosity::kInfo, "New code found in worker files: " + names);
      changed->swap(pending_changes_);
      pending_changes_.clear();
      return Outcome::kReload;
    }
    if (config_.worker_memory_limit > 0 && now >= next_memory_check_) {
      CheckMemory();
      next_memory_check_ = now + kMemoryCheckEvery;
    }
    if (now >= until) return Outcome::kTimeout;
    int timeout = NextTimeoutMs();
    if (until != Clock::time_point::max()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count() + 1;
      timeout = static_cast<int>(std::min<long long>(timeout, left));
    }
    pollfd fds[2] = {{signal_fd_, POLLIN, 0}, {watch_fd_, POLLIN, 0}};
    int n = poll(fds, watch_fd_ >= 0 ? 2 : 1, timeout);
    if (n < 0 && errno != EINTR) {
      log_->Log(Verbosity::kError, std::string("poll: ") + strerror(errno));
      return Outcome::kStopped;
    }
    if (n > 0 && (fds[0].revents & POLLIN)) {
      signalfd_siginfo si;
      while (read(signal_fd_, &si, sizeof si) == static_cast<ssize_t>(sizeof si)) {
        switch (si.ssi_signo) {
          case SIGCHLD:
            break;  // reaped below, every time round
          case SIGTERM:
          case SIGINT:
            if (stopping_) {
              log_->Log(Verbosity::kInfo, "Second stop signal: killing the children");
              KillAll();
            } else {
              stop_requested_ = true;
            }
            break;
          case SIGHUP:
            log_->Reopen();
            log_->Log(Verbosity::kInfo, "SIGHUP: reloading the configuration");
            Reap();
            if (!stopping_) return Outcome::kReload;
            break;
          case SIGUSR1:
            log_->Log(Verbosity::kError, "Status:\n" + StatusText());
            break;
        }
      }
    }
    if (n > 0 && watch_fd_ >= 0 && (fds[1].revents & POLLIN) && ReadWatch(&pending_changes_)) {
      changes_due_ = Clock::now() + kChangeSettle;
    }
    Reap();
  }
}

bool ProcessSupervisor::SpawnDue(WorkerSlot* assignment) {
  auto now = Clock::now();
  for (auto& [key, slot] : slots_) {
    if (slot.pid != 0 || slot.next_start > now) continue;
    pid_t pid = fork();
    if (pid < 0) {
      log_->Log(Verbosity::kError, std::string("fork: ") + strerror(errno));
      slot.next_start = now + std::chrono::seconds(1);
      continue;
    }
    if (pid == 0) {
      // The child: nothing of the supervisor's loop is its business.
      *assignment = slot.spec;  // before slots_ (which holds `slot`) goes
      Teardown();
      slots_.clear();
      children_.clear();
      retired_.clear();
      return true;
    }
    slot.pid = pid;
    slot.started = now;
    slot.term_sent = false;
    slot.replace = false;
    children_[pid] = key;
    log_->Log(Verbosity::kProc, "Started child " + std::to_string(pid) + " (" +
                                    JoinNames(slot.spec.functions) + ")");
  }
  return false;
}

void ProcessSupervisor::Reap() {
  int status = 0;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) OnChildExit(pid, status);
}

void ProcessSupervisor::OnChildExit(pid_t pid, int status) {
  auto child = children_.find(pid);
  if (child == children_.end()) return;  // not one of ours
  std::string key = child->second;
  children_.erase(child);
  memory_termed_.erase(pid);
  std::string desc = DescribeExit(status);
  bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  auto retired = retired_.find(pid);
  if (retired != retired_.end()) {
    log_->Log(clean ? Verbosity::kProc : Verbosity::kError,
              "Child " + std::to_string(pid) + " (" + JoinNames(retired->second.functions) + ") " + desc);
    retired_.erase(retired);
    return;
  }
  auto it = slots_.find(key);
  if (it == slots_.end()) return;
  Slot& slot = it->second;
  auto now = Clock::now();
  auto lived = std::chrono::duration_cast<std::chrono::seconds>(now - slot.started).count();
  slot.pid = 0;
  slot.last_exit = desc;
  std::string what = "Child " + std::to_string(pid) + " (" + JoinNames(slot.spec.functions) + ") " +
                     desc + " after " + std::to_string(lived) + " s";
  if (stopping_) {
    log_->Log(clean ? Verbosity::kProc : Verbosity::kError, what);
    return;
  }
  ++slot.restarts;
  if (slot.replace || clean || lived >= kQuickExitSeconds) {
    slot.quick_failures = 0;
    slot.next_start = now;
    log_->Log(clean ? Verbosity::kProc : Verbosity::kError, what + "; restarting");
  } else {
    ++slot.quick_failures;
    int delay = slot.quick_failures >= 7 ? kMaxBackoffSeconds
                                         : std::min(kMaxBackoffSeconds, 1 << (slot.quick_failures - 1));
    slot.next_start = now + std::chrono::seconds(delay);
    log_->Log(Verbosity::kError, what + "; crashed " + std::to_string(slot.quick_failures) +
                                     " time(s) in a row, restarting in " + std::to_string(delay) +
                                     " s");
  }
  slot.replace = false;
  slot.term_sent = false;
}

void ProcessSupervisor::TermAll() {
  for (auto& [pid, key] : children_) {
    kill(pid, SIGTERM);
    auto it = slots_.find(key);
    if (it != slots_.end()) it->second.term_sent = true;
  }
}

void ProcessSupervisor::KillAll() {
  for (auto& [pid, key] : children_) kill(pid, SIGKILL);
  killed_ = true;
}

void ProcessSupervisor::CheckMemory() {
  for (auto& [pid, key] : children_) {
    if (memory_termed_.count(pid) != 0) continue;
    long long rss = RssBytes(pid);
    if (rss > config_.worker_memory_limit) {
      log_->Log(Verbosity::kError, "Child " + std::to_string(pid) + " uses " +
                                       std::to_string(rss >> 20) + " MiB (worker_memory_limit " +
                                       std::to_string(config_.worker_memory_limit >> 20) +
                                       " MiB): stopping it after its current job");
      kill(pid, SIGTERM);
      memory_termed_.insert(pid);
      auto it = slots_.find(key);
      if (it != slots_.end()) it->second.replace = true;  // a planned restart, not a crash
    }
  }
}

bool ProcessSupervisor::ReadWatch(std::set<std::string>* changed) {
  alignas(inotify_event) char buf[8192];
  bool any = false;
  for (;;) {
    ssize_t n = read(watch_fd_, buf, sizeof buf);
    if (n <= 0) break;
    for (char* p = buf; p < buf + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + ev->len;
      if (ev->len == 0) continue;
      std::string name = ev->name;
      if (name.size() <= 4 || name.compare(name.size() - 4, 4, ".php") != 0) continue;
      changed->insert(name.substr(0, name.size() - 4));
      any = true;
    }
  }
  return any;
}

int ProcessSupervisor::NextTimeoutMs() const {
  auto now = Clock::now();
  auto next = now + std::chrono::seconds(1);
  if (!stopping_) {
    for (const auto& [key, slot] : slots_) {
      if (slot.pid == 0) next = std::min(next, slot.next_start);
    }
  } else if (!killed_) {
    next = std::min(next, stop_deadline_);
  }
  if (!pending_changes_.empty()) next = std::min(next, changes_due_);
  if (config_.worker_memory_limit > 0) next = std::min(next, next_memory_check_);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count();
  return static_cast<int>(std::clamp<long long>(ms, 0, 1000));
}

std::vector<ProcessSupervisor::SlotInfo> ProcessSupervisor::Slots() const {
  std::vector<SlotInfo> out;
  for (const auto& [key, slot] : slots_) {
    out.push_back(SlotInfo{key, slot.spec.functions, slot.pid, slot.restarts, slot.quick_failures,
                           slot.last_exit});
  }
  return out;
}

std::string ProcessSupervisor::StatusText() const {
  auto now = Clock::now();
  std::string out;
  for (const auto& [key, slot] : slots_) {
    char line[512];
    long long up = slot.pid > 0
                       ? std::chrono::duration_cast<std::chrono::seconds>(now - slot.started).count()
                       : 0;
    snprintf(line, sizeof line, "  %s: %s, up %lld s, restarts %d, last exit: %s\n",
             JoinNames(slot.spec.functions).c_str(),
             slot.pid > 0 ? ("pid " + std::to_string(slot.pid)).c_str() : "not running", up,
             slot.restarts, slot.last_exit.c_str());
    out += line;
  }
  for (const auto& [pid, r] : retired_) {
    out += "  " + JoinNames(r.functions) + ": pid " + std::to_string(pid) + ", stopping (left the plan)\n";
  }
  return out;
}

}  // namespace supervisor
}  // namespace geartrain
