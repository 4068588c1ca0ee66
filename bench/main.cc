// geartrain-loadgen: a pipelined raw-protocol load generator for Gearman
// servers (geartraind and gearmand alike). See scenarios.h and
// docs/benchmarks.md.
#include <csignal>
#include <cstdio>

#include "options.h"
#include "scenarios.h"

int main(int argc, char** argv) {
  using namespace geartrain::bench;
  // A server closing a socket mid-write must surface as an error, not kill us
  // (sends use MSG_NOSIGNAL; this also covers anything else).
  std::signal(SIGPIPE, SIG_IGN);
  Options options;
  std::string error;
  if (!ParseOptions(argc, argv, &options, &error)) {
    if (!error.empty()) std::fprintf(stderr, "geartrain-loadgen: %s\n", error.c_str());
    std::fputs(Usage().c_str(), error.empty() ? stdout : stderr);
    return error.empty() ? 0 : 2;
  }
  const std::string& s = options.scenario;
  if (s == "bg_submit" || s == "fill") return RunBgSubmit(options);
  if (s == "bg_e2e") return RunBgEndToEnd(options);
  if (s == "fg_roundtrip") return RunFgRoundTrip(options);
  if (s == "version") return RunVersion(options);
  if (s == "serve") return RunServe(options);
  std::fprintf(stderr, "geartrain-loadgen: unknown scenario '%s'\n%s", s.c_str(), Usage().c_str());
  return 2;
}
