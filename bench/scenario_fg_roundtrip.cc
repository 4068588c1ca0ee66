// fg_roundtrip: C clients doing synchronous foreground jobs through K workers
// that echo the payload. Workers register and go to sleep before the clock
// starts, so every timed job pays the wake-up (NOOP → GRAB) path a real idle
// worker pool pays. Throughput is completed jobs per second; latency is each
// job's submit → WORK_COMPLETE time at the client.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "clock.h"
#include "fg_client.h"
#include "scenarios.h"
#include "worker.h"

namespace geartrain::bench {

int RunFgRoundTrip(const Options& options) {
  WorkerSpec worker_spec;
  worker_spec.function = options.function;
  worker_spec.echo_payload = true;
  worker_spec.grab = options.grab;

  JobQuota quota(options.jobs);
  Progress done(options.jobs);
  Progress worked(options.jobs);
  LatencyHistogram round_trip;
  std::vector<std::unique_ptr<Worker>> workers;
  std::vector<std::unique_ptr<FgClient>> clients;
  EventLoop loop;
  for (int i = 0; i < options.workers; ++i) {
    workers.push_back(std::make_unique<Worker>(worker_spec, &worked, nullptr));
    loop.Add(workers.back().get());
  }
  auto progress = [&] {
    return "completed " + std::to_string(done.done()) + " of " + std::to_string(options.jobs) +
           " (errors " + std::to_string(done.errors()) + "), workers completed " +
           std::to_string(worked.done());
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

  for (int i = 0; i < options.clients; ++i) {
    clients.push_back(
        std::make_unique<FgClient>(options.function, options.payload, &quota, &done, &round_trip));
    loop.Add(clients.back().get());
  }
  if (!ConnectPeers(options, &loop, &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  CpuSample cpu0 = CpuSample::Take();
  uint64_t start = 0;
  if (!loop.Start(&start, &error) ||
      !loop.Run([&] { return done.complete(); }, DeadlineFrom(options, start), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  uint64_t elapsed = done.last_ns() - start;

  ResultLine line(options.scenario);
  line.Add("jobs", done.done());
  line.AddFixed("secs", static_cast<double>(elapsed) / 1e9, 3);
  line.AddFixed("rate", Rate(done.done(), elapsed), 0);
  line.AddLatency("", round_trip);
  line.Add("errors", done.errors());
  if (done.errors() > 0) line.Add("first_error", done.first_error());
  uint64_t fewest = UINT64_MAX, most = 0;
  for (const auto& c : clients) {
    fewest = std::min(fewest, c->jobs_finished());
    most = std::max(most, c->jobs_finished());
  }
  line.Add("client_jobs_min", fewest);
  line.Add("client_jobs_max", most);
  uint64_t sleeps = 0;
  for (const auto& w : workers) sleeps += w->sleeps();
  line.Add("worker_sleeps", sleeps);
  line.Add("clients", options.clients);
  line.Add("workers", options.workers);
  line.Add("payload", static_cast<uint64_t>(options.payload));
  line.AddCpuSince(cpu0);
  line.Print();
  return 0;
}

}  // namespace geartrain::bench
