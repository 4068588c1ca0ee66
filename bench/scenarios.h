// The load generator's scenarios. Each runs against a server already listening
// at options.host:options.port, prints one ResultLine, and returns the process
// exit status: 0 on success, 1 when the run failed (timeout, protocol error,
// closed connection; the reason and every connection's state go to stderr and
// the result line says status=failed).
//
// What each measures is described in docs/benchmarks.md; in short:
//   bg_submit    acknowledged SUBMIT_JOB_BG per second, N pipelined connections
//   fill         the same with slice rates, to show cost growing with the queue
//   bg_e2e       background jobs submitted and completed by workers at once
//   fg_roundtrip synchronous foreground jobs through echo workers, latency
//   version      waits for the admin `version` answer (server readiness)
//   serve        K echo workers that serve until killed (for client benchmarks)
#ifndef GEARTRAIN_BENCH_SCENARIOS_H_
#define GEARTRAIN_BENCH_SCENARIOS_H_

#include <cstdint>
#include <string>

#include "event_loop.h"
#include "options.h"
#include "report.h"

namespace geartrain::bench {

int RunBgSubmit(const Options& options);  // bg_submit and fill
int RunBgEndToEnd(const Options& options);
int RunFgRoundTrip(const Options& options);
int RunVersion(const Options& options);
int RunServe(const Options& options);

// Shared by the scenarios (scenario_common.cc).

// Connects every peer of `loop` that has no socket yet; on failure returns
// false with the reason in *error.
bool ConnectPeers(const Options& options, EventLoop* loop, std::string* error);
// Deadline for a run starting at `start_ns`.
uint64_t DeadlineFrom(const Options& options, uint64_t start_ns);
// Prints why a run failed, each peer's state, and a status=failed line.
// Returns the exit status to use.
int ReportFailure(const std::string& scenario, const std::string& error, const EventLoop& loop,
                  const std::string& progress);

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_SCENARIOS_H_
