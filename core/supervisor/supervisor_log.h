// The supervisor's log, in GearmanManager's format and levels.
//
// Contract: levels INFO (1), PROC (2), WORKER (3), DEBUG (4), CRAZY (5) are
// written when `verbose` is at least that level; ERROR lines (crashes, bad
// worker files, start-up failures) are written at every verbosity, which
// GearmanManager does not do (at 0 it logs nothing at all). In a file each
// line is "[Y-m-d H:i:s.uuuuuu] PID LABEL message" and the file is opened
// O_APPEND, so the supervisor and its children (which inherit it) never
// interleave within a line; on stdout it is "PID LABEL message"; with
// "syslog", DEBUG and CRAZY go out as LOG_DEBUG, the rest as LOG_INFO.
// Reopen() re-opens the file (SIGHUP after log rotation). Not thread-safe.
#ifndef GEARTRAIN_CORE_SUPERVISOR_SUPERVISOR_LOG_H_
#define GEARTRAIN_CORE_SUPERVISOR_SUPERVISOR_LOG_H_

#include <string>
#include <string_view>

namespace geartrain {
namespace supervisor {

enum class Verbosity { kError = 0, kInfo = 1, kProc = 2, kWorker = 3, kDebug = 4, kCrazy = 5 };

class SupervisorLog {
 public:
  SupervisorLog() = default;
  ~SupervisorLog();
  SupervisorLog(const SupervisorLog&) = delete;
  SupervisorLog& operator=(const SupervisorLog&) = delete;

  // `target`: empty for stdout, "syslog", or a file path. False (with
  // `error`) when the file cannot be opened.
  bool Open(const std::string& target, int verbose, std::string* error);
  bool Reopen();
  bool Enabled(Verbosity level) const { return static_cast<int>(level) <= verbose_; }
  void Log(Verbosity level, std::string_view message);
  int fd() const { return fd_; }

 private:
  std::string target_;
  int verbose_ = 0;
  int fd_ = 1;
  bool syslog_ = false;
};

}  // namespace supervisor
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SUPERVISOR_SUPERVISOR_LOG_H_
