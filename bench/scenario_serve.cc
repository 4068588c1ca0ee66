// serve: K native echo workers for client benchmarks (bench/run_php_client.sh).
//
// Connects K workers (worker.h: CAN_DO F; GRAB_JOB; NO_JOB → PRE_SLEEP;
// NOOP → GRAB_JOB; JOB_ASSIGN → WORK_COMPLETE with the workload echoed + the
// next GRAB in one write) and serves until SIGTERM/SIGINT or --timeout.
//
// Output (stdout, one key=value line each):
//   scenario=serve status=ready workers=K function=F
//       once every worker has had NO_JOB and sent PRE_SLEEP: the server answers
//       each connection in order, so by then it has processed every CAN_DO.
//   scenario=serve status=stopped reason=signal|timeout completed=N ...
//       when it stops; `completed` counts WORK_COMPLETEs sent.
// Exit status 0 when stopped by a signal or the timeout, 1 when a connection
// failed (server gone, ERROR, unexpected packet), with the diagnosis on stderr.
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

#include "clock.h"
#include "scenarios.h"
#include "worker.h"

namespace geartrain::bench {
namespace {

volatile std::sig_atomic_t g_stop = 0;

void OnStopSignal(int) { g_stop = 1; }

}  // namespace

int RunServe(const Options& options) {
  WorkerSpec worker_spec;
  worker_spec.function = options.function;
  worker_spec.echo_payload = true;
  worker_spec.grab = options.grab;

  // poll() returns EINTR (or its 50 ms timeout passes) and the loop re-checks
  // done(), so a signal stops the run promptly.
  struct sigaction sa = {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);

  Progress worked(UINT64_MAX);
  std::vector<std::unique_ptr<Worker>> workers;
  EventLoop loop;
  for (int i = 0; i < options.workers; ++i) {
    workers.push_back(std::make_unique<Worker>(worker_spec, &worked, nullptr));
    loop.Add(workers.back().get());
  }
  auto progress = [&] { return "workers completed " + std::to_string(worked.done()); };
  auto all_asleep = [&] {
    if (g_stop) return true;
    for (const auto& w : workers) {
      if (w->sleeps() == 0) return false;
    }
    return true;
  };

  std::string error;
  uint64_t start = 0;
  if (!ConnectPeers(options, &loop, &error) || !loop.Start(&start, &error) ||
      !loop.Run(all_asleep, DeadlineFrom(options, start), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  if (!g_stop) {
    ResultLine ready(options.scenario);
    ready.Add("status", "ready");
    ready.Add("workers", options.workers);
    ready.Add("function", options.function);
    ready.Print();
  }

  CpuSample cpu0 = CpuSample::Take();
  uint64_t serving_since = NowNs();
  const uint64_t deadline = DeadlineFrom(options, start);
  // Run() reports "timed out" at the deadline; for serve that is a normal stop.
  bool timed_out = false;
  if (!g_stop && !loop.Run([&] { return g_stop != 0; }, deadline, &error)) {
    if (NowNs() > deadline && error == "timed out") {
      timed_out = true;
    } else {
      return ReportFailure(options.scenario, error, loop, progress());
    }
  }

  ResultLine line(options.scenario);
  line.Add("status", "stopped");
  line.Add("reason", timed_out ? "timeout" : "signal");
  line.Add("completed", worked.done());
  line.AddFixed("secs", static_cast<double>(NowNs() - serving_since) / 1e9, 3);
  uint64_t sleeps = 0;
  for (const auto& w : workers) sleeps += w->sleeps();
  line.Add("worker_sleeps", sleeps);
  line.Add("workers", options.workers);
  line.Add("function", options.function);
  line.AddCpuSince(cpu0);
  line.Print();
  return 0;
}

}  // namespace geartrain::bench
