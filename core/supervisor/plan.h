// Which worker processes run, and what each registers: GearmanManager's
// worker discovery and process-count formula (gearmanmanager.md §3.2-3.3).
//
// Contract:
// - DiscoverFunctions(): every `<dir>/*.php` (not recursive) of each worker
//   dir is a function named after the file; include/exclude filter the
//   names; a name in a later dir replaces the earlier one. A dir that is not
//   a directory is an error. The result is sorted by name.
// - BuildPlan(): count_global "do all" slots (every function that is not
//   dedicated_only), then single-function slots until each function has its
//   count: min = max(count, 1), or max(function.count, count) when the
//   function sets one; ded = count + (function's dedicated_count, else the
//   global one, else min - count); needed = max(min, ded). A dedicated_only
//   function gets exactly its dedicated_count (missing: an error). Functions
//   inside a slot are ordered by priority (highest first), then by name.
// - Slot keys name a slot by its function list and its index among equal
//   lists ("Reverse,Sum#0"): a new plan keeps the slots whose key it keeps.
// Pure apart from reading the directories.
#ifndef GEARTRAIN_CORE_SUPERVISOR_PLAN_H_
#define GEARTRAIN_CORE_SUPERVISOR_PLAN_H_

#include <string>
#include <vector>

#include "supervisor/config.h"

namespace geartrain {
namespace supervisor {

struct WorkerFunction {
  std::string name;
  std::string path;          // the .php file
  FunctionSettings settings;  // its section, or defaults
  int timeout = -1;           // effective: the function's, else the global one
};

struct WorkerSlot {
  std::string key;
  std::vector<std::string> functions;  // registration order
  bool do_all = false;
};

bool DiscoverFunctions(const SupervisorConfig& config, std::vector<WorkerFunction>* out,
                       std::string* error);

// "a,b,c": how function lists appear in slot keys, logs and configs.
std::string JoinNames(const std::vector<std::string>& names);

bool BuildPlan(const SupervisorConfig& config, const std::vector<WorkerFunction>& functions,
               std::vector<WorkerSlot>* plan, std::string* error);

}  // namespace supervisor
}  // namespace geartrain

#endif  // GEARTRAIN_CORE_SUPERVISOR_PLAN_H_
