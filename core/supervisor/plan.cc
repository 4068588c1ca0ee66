#include "supervisor/plan.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <map>

namespace geartrain {
namespace supervisor {

namespace {

bool Listed(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool Included(const SupervisorConfig& c, const std::string& name) {
  bool all = c.include.empty() || Listed(c.include, "*");
  return (all || Listed(c.include, name)) && !Listed(c.exclude, name);
}

}  // namespace

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += ',';
    out += n;
  }
  return out;
}

bool DiscoverFunctions(const SupervisorConfig& config, std::vector<WorkerFunction>* out,
                       std::string* error) {
  std::map<std::string, std::string> found;  // name -> path; a later dir wins
  for (const std::string& dir : config.worker_dirs) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      *error = "worker_dir " + dir + " is not a directory";
      return false;
    }
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) {
      *error = "worker_dir " + dir + " cannot be read";
      return false;
    }
    while (dirent* e = readdir(d)) {
      std::string file = e->d_name;
      if (file.size() <= 4 || file.compare(file.size() - 4, 4, ".php") != 0) continue;
      std::string name = file.substr(0, file.size() - 4);
      if (!Included(config, name)) continue;
      std::string path = dir + "/" + file;
      if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      found[name] = path;
    }
    closedir(d);
  }
  out->clear();
  for (const auto& [name, path] : found) {
    WorkerFunction f;
    f.name = name;
    f.path = path;
    auto it = config.functions.find(name);
    if (it != config.functions.end()) f.settings = it->second;
    f.settings.priority = std::clamp(f.settings.priority, -5, 5);
    f.timeout = f.settings.timeout >= 0 ? f.settings.timeout : config.timeout;
    out->push_back(std::move(f));
  }
  return true;
}

bool BuildPlan(const SupervisorConfig& config, const std::vector<WorkerFunction>& functions,
               std::vector<WorkerSlot>* plan, std::string* error) {
  plan->clear();
  std::map<std::string, int> priority;
  for (const WorkerFunction& f : functions) priority[f.name] = f.settings.priority;
  auto order = [&](std::vector<std::string>* names) {
    std::stable_sort(names->begin(), names->end(), [&](const std::string& a, const std::string& b) {
      return priority[a] > priority[b];
    });
  };
  const int count = std::max(config.count, 0);
  std::vector<std::string> do_all;
  std::vector<std::pair<std::string, int>> dedicated;  // function, processes of its own
  for (const WorkerFunction& f : functions) {
    const FunctionSettings& s = f.settings;
    if (s.dedicated_only) {
      if (s.dedicated_count < 0) {
        *error = "function " + f.name + " is dedicated_only but has no dedicated_count";
        return false;
      }
      dedicated.emplace_back(f.name, s.dedicated_count);
      continue;
    }
    do_all.push_back(f.name);
    int min = s.count >= 0 ? std::max(s.count, count) : std::max(count, 1);
    int ded = s.dedicated_count >= 0        ? count + s.dedicated_count
              : config.dedicated_count >= 0 ? count + config.dedicated_count
                                            : min;
    int needed = std::max(min, ded);
    dedicated.emplace_back(f.name, std::max(needed - count, 0));
  }
  order(&do_all);
  std::map<std::string, int> seen;  // key -> slots so far, for the index
  auto add = [&](std::vector<std::string> names, bool all) {
    WorkerSlot slot;
    slot.functions = std::move(names);
    slot.do_all = all;
    std::string base = JoinNames(slot.functions);
    slot.key = base + "#" + std::to_string(seen[base]++);
    plan->push_back(std::move(slot));
  };
  if (!do_all.empty()) {
    for (int i = 0; i < count; ++i) add(do_all, true);
  }
  for (const auto& [name, n] : dedicated) {
    for (int i = 0; i < n; ++i) add({name}, false);
  }
  return true;
}

}  // namespace supervisor
}  // namespace geartrain
