#include <cstdio>

#include "scenarios.h"

namespace geartrain::bench {

bool ConnectPeers(const Options& options, EventLoop* loop, std::string* error) {
  for (Peer* p : loop->peers()) {
    if (p->conn().fd() >= 0) continue;
    if (!p->conn().Connect(options.host, options.port, error)) return false;
  }
  return true;
}

uint64_t DeadlineFrom(const Options& options, uint64_t start_ns) {
  return start_ns + static_cast<uint64_t>(options.timeout_s * 1e9);
}

int ReportFailure(const std::string& scenario, const std::string& error, const EventLoop& loop,
                  const std::string& progress) {
  std::fprintf(stderr, "geartrain-loadgen: %s failed: %s\n  progress: %s\n", scenario.c_str(),
               error.c_str(), progress.c_str());
  for (const Peer* p : loop.peers()) {
    std::fprintf(stderr, "  %s\n", p->Describe().c_str());
  }
  ResultLine line(scenario);
  line.Add("status", "failed");
  line.Add("error", error);
  line.Print();
  return 1;
}

}  // namespace geartrain::bench
