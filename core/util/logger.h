// A small leveled logger in gearmand's line format.
//
// Contract: each line is the level name right-aligned in 7 columns, a space, a
// timestamp `YYYY-MM-DD HH:MM:SS.uuuuuu`, a space and the message. Output goes
// to a file (appended), stderr, or nowhere, and optionally to syslog. Reopen()
// re-opens the file (for SIGHUP after log rotation). Not thread-safe: the
// server logs from its event-loop thread only.
#ifndef GEARTRAIN_CORE_UTIL_LOGGER_H_
#define GEARTRAIN_CORE_UTIL_LOGGER_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace geartrain {

enum class LogLevel { kFatal, kAlert, kCritical, kError, kWarning, kNotice, kInfo, kDebug };

// Parses gearmand's level names (uppercase only, as gearmand accepts them).
bool ParseLogLevel(std::string_view name, LogLevel* level);
std::string_view LogLevelName(LogLevel level);

class Logger {
 public:
  Logger() = default;
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  // `path` is a file name, "stderr", or "none". A file that cannot be opened
  // falls back to stderr (gearmand does the same) and returns false.
  bool Open(const std::string& path, LogLevel level, bool syslog);
  bool Reopen();

  LogLevel level() const { return level_; }
  bool Enabled(LogLevel level) const { return level <= level_; }
  void Log(LogLevel level, std::string_view message);

 private:
  std::string path_ = "stderr";
  FILE* file_ = stderr;
  LogLevel level_ = LogLevel::kError;
  bool syslog_ = false;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_UTIL_LOGGER_H_
