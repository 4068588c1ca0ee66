// The supervisor's configuration: GearmanManager's keys as plain data.
//
// Contract: plain values, no parsing here. The PHP binding fills this from
// GearmanManager's INI or PHP config and its command-line flags (with PHP's
// own parse_ini_file), so files mean what they mean to GearmanManager;
// defaults are GearmanManager 2.3's (gearmanmanager.md §3.2). -1 means "not
// set" where GearmanManager distinguishes that from 0.
#ifndef GEARTRAIN_CORE_SUPERVISOR_CONFIG_H_
#define GEARTRAIN_CORE_SUPERVISOR_CONFIG_H_

#include <map>
#include <string>
#include <vector>

namespace geartrain {
namespace supervisor {

// One [function] section.
struct FunctionSettings {
  int count = -1;            // at least this many processes register it
  int dedicated_count = -1;  // processes that do only this function
  bool dedicated_only = false;
  int timeout = -1;          // seconds (CAN_DO_TIMEOUT); overrides the global one
  int priority = 0;          // -5..5: registered highest first
};

struct SupervisorConfig {
  std::vector<std::string> worker_dirs = {"./workers"};
  std::vector<std::string> include;  // empty: every function
  std::vector<std::string> exclude;
  int count = 0;             // "do all" workers
  int dedicated_count = -1;  // global default for dedicated_count
  int max_worker_lifetime = 3600;    // seconds
  int worker_restart_splay = 600;    // seconds added at random per worker
  int max_runs_per_worker = 0;       // 0: unlimited
  int timeout = -1;                  // seconds; -1: none
  std::vector<std::string> hosts = {"127.0.0.1"};
  bool auto_update = false;
  std::string log_file;              // empty: stdout; "syslog"; or a path
  std::string pid_file;
  std::string user;
  bool daemon = false;
  int verbose = 0;                   // 0..5 (INFO, PROC, WORKER, DEBUG, CRAZY)
  int graceful_shutdown_wait_time = 60;     // seconds before SIGKILL
  long long worker_initial_spawn_splay_us = 500000;
  long long worker_memory_limit = 0;        // bytes of RSS per worker; 0: none
  std::string prefix;                       // PECL flavour's prefix (-p); kept
  std::map<std::string, FunctionSettings> functions;
};

}  // namespace supervisor
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SUPERVISOR_CONFIG_H_
