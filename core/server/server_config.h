// Everything a job server can be told at start-up.
//
// Contract: a plain value. Defaults are gearmand 1.1.20's except where a field
// says otherwise (and docs/compat.md lists why). `geartraind` fills it from
// gearmand-style flags; tests and the PHP embedding fill it directly.
#ifndef GEARTRAIN_CORE_SERVER_SERVER_CONFIG_H_
#define GEARTRAIN_CORE_SERVER_SERVER_CONFIG_H_

#include <cstdint>
#include <string>

#include "util/logger.h"

namespace geartrain {

struct ServerConfig {
  // Listening. Port 0 binds an ephemeral port (tests read it back).
  std::string listen_host;  // empty: every address (0.0.0.0 and ::)
  uint16_t port = 4730;
  int backlog = 32;

  // Scheduling.
  bool round_robin = false;     // -R: a function that supplied a job moves to the end
  uint32_t job_retries = 0;     // -j: attempts before a job is dropped; 0 = unlimited
  uint32_t worker_wakeup = 0;   // -w: sleepers woken per new job; 0 = one per job
  bool exceptions = false;      // --exceptions: every connection starts opted in
  std::string handle_prefix;    // --job-handle-prefix; empty: "H:<nodename>"

  // Limits, checked before anything is allocated.
  uint32_t max_packet = 64u << 20;  // bytes of one packet body
  uint32_t max_connections = 0;     // 0: no limit beyond the OS's

  // TCP keepalive on accepted sockets (-1 keeps the OS default).
  bool keepalive = false;
  int keepalive_idle = -1;
  int keepalive_interval = -1;
  int keepalive_count = -1;

  // The admin `shutdown` command (removed from gearmand 1.1.15, still sent by
  // old admin clients).
  bool admin_shutdown = true;

  // Each loop pass makes its reads, then its writes, in one system call
  // through io_uring where the kernel allows it (see server/io_batch.h);
  // false makes every call directly. The bytes on the wire are the same.
  bool batch_io = true;

  // Logging.
  std::string log_file = "stderr";
  LogLevel verbose = LogLevel::kError;
  bool syslog = false;
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SERVER_SERVER_CONFIG_H_
