#include "supervisor/supervisor_log.h"

#include <fcntl.h>
#include <sys/time.h>
#include <syslog.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

namespace geartrain {
namespace supervisor {

namespace {

const char* Label(Verbosity level) {
  switch (level) {
    case Verbosity::kError:
      return "ERROR";
    case Verbosity::kInfo:
      return "INFO";
    case Verbosity::kProc:
      return "PROC";
    case Verbosity::kWorker:
      return "WORKER";
    case Verbosity::kDebug:
      return "DEBUG";
    case Verbosity::kCrazy:
      return "CRAZY";
  }
  return "INFO";
}

void WriteAll(int fd, const std::string& line) {
  size_t off = 0;
  while (off < line.size()) {
    ssize_t n = write(fd, line.data() + off, line.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a log that cannot be written must not stop the supervisor
    off += static_cast<size_t>(n);
  }
}

}  // namespace

SupervisorLog::~SupervisorLog() {
  if (fd_ > 2) close(fd_);
  if (syslog_) closelog();
}

bool SupervisorLog::Open(const std::string& target, int verbose, std::string* error) {
  target_ = target;
  verbose_ = verbose;
  if (target == "syslog") {
    syslog_ = true;
    openlog("geartrain-supervisor", LOG_PID, LOG_DAEMON);
    return true;
  }
  if (target.empty()) {
    fd_ = 1;
    return true;
  }
  int fd = open(target.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = "log_file " + target + ": " + strerror(errno);
    return false;
  }
  fd_ = fd;
  return true;
}

bool SupervisorLog::Reopen() {
  if (syslog_ || target_.empty()) return true;
  int fd = open(target_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  if (fd_ > 2) {
    // Keep the same descriptor number: children that inherited it keep
    // writing to the new file too.
    dup3(fd, fd_, O_CLOEXEC);
    close(fd);
  } else {
    fd_ = fd;
  }
  return true;
}

void SupervisorLog::Log(Verbosity level, std::string_view message) {
  if (!Enabled(level)) return;
  if (syslog_) {
    int prio = level >= Verbosity::kDebug ? LOG_DEBUG : level == Verbosity::kError ? LOG_ERR : LOG_INFO;
    syslog(prio, "%.*s", static_cast<int>(message.size()), message.data());
    return;
  }
  std::string line;
  if (!target_.empty()) {
    timeval tv;
    gettimeofday(&tv, nullptr);
    tm t;
    localtime_r(&tv.tv_sec, &t);
    char stamp[64];
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &t);
    char usec[16];
    snprintf(usec, sizeof usec, ".%06ld", static_cast<long>(tv.tv_usec));
    line = std::string("[") + stamp + usec + "] ";
  }
  line += std::to_string(getpid()) + " " + Label(level) + " ";
  line.append(message.data(), message.size());
  line += '\n';
  WriteAll(fd_, line);
}

}  // namespace supervisor
}  // namespace geartrain
