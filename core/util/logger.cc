#include "util/logger.h"

#include <sys/time.h>
#include <syslog.h>

#include <ctime>

namespace geartrain {
namespace {

constexpr std::string_view kNames[] = {"FATAL",   "ALERT",  "CRITICAL", "ERROR",
                                       "WARNING", "NOTICE", "INFO",     "DEBUG"};
constexpr int kSyslogPriority[] = {LOG_EMERG,   LOG_ALERT,  LOG_CRIT, LOG_ERR,
                                   LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG};

}  // namespace

bool ParseLogLevel(std::string_view name, LogLevel* level) {
  for (int i = 0; i < 8; ++i) {
    if (kNames[i] == name) {
      *level = static_cast<LogLevel>(i);
      return true;
    }
  }
  return false;
}

std::string_view LogLevelName(LogLevel level) { return kNames[static_cast<int>(level)]; }

Logger::~Logger() {
  if (file_ != nullptr && file_ != stderr) fclose(file_);
  if (syslog_) closelog();
}

bool Logger::Open(const std::string& path, LogLevel level, bool use_syslog) {
  level_ = level;
  path_ = path;
  if (use_syslog && !syslog_) openlog("geartraind", LOG_PID, LOG_USER);
  syslog_ = use_syslog;
  return Reopen();
}

bool Logger::Reopen() {
  if (file_ != nullptr && file_ != stderr) fclose(file_);
  if (path_ == "none") {
    file_ = nullptr;
    return true;
  }
  if (path_ == "stderr" || path_.empty()) {
    file_ = stderr;
    return true;
  }
  file_ = fopen(path_.c_str(), "a");
  if (file_ == nullptr) {
    file_ = stderr;
    return false;
  }
  setvbuf(file_, nullptr, _IOLBF, 0);
  return true;
}

void Logger::Log(LogLevel level, std::string_view message) {
  if (!Enabled(level)) return;
  if (syslog_) {
    syslog(kSyslogPriority[static_cast<int>(level)], "%.*s", static_cast<int>(message.size()),
           message.data());
  }
  if (file_ == nullptr) return;
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  struct tm tm;
  localtime_r(&tv.tv_sec, &tm);
  char stamp[32];
  strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
  std::string_view name = LogLevelName(level);
  fprintf(file_, "%7.*s %s.%06ld %.*s\n", static_cast<int>(name.size()), name.data(), stamp,
          static_cast<long>(tv.tv_usec), static_cast<int>(message.size()), message.data());
}

}  // namespace geartrain
