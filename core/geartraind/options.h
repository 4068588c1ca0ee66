// geartraind's command line: gearmand 1.1.20's flags, plus a few of our own.
//
// Contract: ParseOptions fills DaemonOptions from argv (and from a
// --config-file, whose whitespace-separated words are parsed as more flags).
// Both `--opt=value` and `--opt value` work; short flags take `-p 4730` or
// `-p4730`. Abbreviations are not accepted (gearmand disables guessing).
// Unknown flags, positional arguments, bad numbers and bad levels give a
// one-line error and `ok = false`; the caller exits 1. Pure apart from reading
// the config file and the GEARMAND_PORT environment variable.
#ifndef GEARTRAIN_CORE_GEARTRAIND_OPTIONS_H_
#define GEARTRAIN_CORE_GEARTRAIND_OPTIONS_H_

#include <string>
#include <vector>

#include "server/server_config.h"

namespace geartrain {

struct DaemonOptions {
  ServerConfig server;
  std::string pid_file;  // empty: none
  bool daemon = false;
  std::string user;      // -u: switch to this user after binding
  int file_descriptors = 0;
  int threads = 0;       // accepted for compatibility; one event loop serves all
  std::string queue_type = "builtin";
  std::string sqlite_db;
  std::string sqlite_table = "gearman_queue";
  bool store_on_shutdown = false;
  std::string store_mode;  // --store-mode; empty: ack-after-commit
  int sqlite_max_pages = 0;  // hidden test seam: simulate a full disk
  bool check_args = false;
  bool show_help = false;
  bool show_version = false;
};

struct ParseResult {
  bool ok = true;
  std::string error;
};

ParseResult ParseOptions(const std::vector<std::string>& args, DaemonOptions* options);

std::string UsageText();
std::string VersionText();

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_GEARTRAIND_OPTIONS_H_
