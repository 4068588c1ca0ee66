// bg_e2e: background jobs submitted while workers drain them.
//
// The workers register first (their CAN_DO and first GRAB are not timed);
// the clock starts with the first submission. When every job has been
// completed by some worker, each worker sends ECHO_REQ behind its last
// WORK_COMPLETE; the clock stops when all the ECHO_RES are back. The server
// does not acknowledge WORK_COMPLETE, and answers on a connection in order,
// so that is the moment the server has processed every completion and its
// queue is empty. The run fails if the workers completed more jobs than the
// server accepted (a job assigned twice).
#include <memory>
#include <vector>

#include "bg_submitter.h"
#include "clock.h"
#include "scenarios.h"
#include "worker.h"

namespace geartrain::bench {

int RunBgEndToEnd(const Options& options) {
  SubmitSpec spec;
  spec.function = options.function;
  spec.payload_size = options.payload;
  spec.unique = options.unique;
  spec.window = options.window;
  WorkerSpec worker_spec;
  worker_spec.function = options.function;
  worker_spec.grab = options.grab;

  JobQuota quota(options.jobs);
  Progress acked(options.jobs);
  Progress completed(options.jobs);
  LatencyHistogram ack_latency;
  LatencyHistogram queue_wait;
  std::vector<std::unique_ptr<Worker>> workers;
  std::vector<std::unique_ptr<BgSubmitter>> submitters;
  EventLoop loop;
  for (int i = 0; i < options.workers; ++i) {
    workers.push_back(std::make_unique<Worker>(worker_spec, &completed, &queue_wait));
    loop.Add(workers.back().get());
  }
  auto progress = [&] {
    return "acked " + std::to_string(acked.done()) + " (errors " + std::to_string(acked.errors()) +
           "), completed " + std::to_string(completed.done()) + " of " +
           std::to_string(options.jobs);
  };
  auto all_asleep = [&] {
    for (const auto& w : workers) {
      if (w->sleeps() == 0) return false;
    }
    return true;
  };

  std::string error;
  uint64_t t = 0;
  if (!ConnectPeers(options, &loop, &error) || !loop.Start(&t, &error) ||
      !loop.Run(all_asleep, DeadlineFrom(options, t), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }

  for (int i = 0; i < options.connections; ++i) {
    submitters.push_back(std::make_unique<BgSubmitter>(spec, static_cast<uint64_t>(i) + 1, &quota,
                                                       &acked, &ack_latency));
    loop.Add(submitters.back().get());
  }
  if (!ConnectPeers(options, &loop, &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  CpuSample cpu0 = CpuSample::Take();
  uint64_t start = 0;
  auto drained = [&] { return completed.done() + acked.errors() >= options.jobs; };
  auto echoed = [&] {
    for (const auto& w : workers) {
      if (!w->echo_answered()) return false;
    }
    return true;
  };
  if (!loop.Start(&start, &error) || !loop.Run(drained, DeadlineFrom(options, start), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  for (auto& w : workers) w->RequestEcho();
  if (!loop.Run(echoed, DeadlineFrom(options, start), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  uint64_t elapsed = loop.last_read_ns() - start;
  uint64_t submit_elapsed = acked.last_ns() - start;
  // After the ECHO barrier every assignment has been read; more completions
  // than accepted jobs means the server handed some job out twice.
  if (completed.done() != acked.done()) {
    return ReportFailure(options.scenario,
                         std::to_string(completed.done()) + " jobs completed but " +
                             std::to_string(acked.done()) + " were accepted",
                         loop, progress());
  }

  ResultLine line(options.scenario);
  line.Add("jobs", completed.done());
  line.AddFixed("secs", static_cast<double>(elapsed) / 1e9, 3);
  line.AddFixed("rate", Rate(completed.done(), elapsed), 0);
  // Queue wait: submit → JOB_ASSIGN read by the worker.
  line.AddLatency("", queue_wait);
  line.AddFixed("submit_rate", Rate(acked.done(), submit_elapsed), 0);
  line.Add("errors", acked.errors());
  if (acked.errors() > 0) line.Add("first_error", acked.first_error());
  uint64_t sleeps = 0;
  for (const auto& w : workers) sleeps += w->sleeps();
  line.Add("worker_sleeps", sleeps);
  line.Add("connections", options.connections);
  line.Add("window", options.window);
  line.Add("workers", options.workers);
  line.Add("payload", static_cast<uint64_t>(options.payload));
  line.Add("unique", options.unique == UniqueMode::kUuid ? "uuid" : "none");
  line.AddCpuSince(cpu0);
  line.Print();
  return 0;
}

}  // namespace geartrain::bench
