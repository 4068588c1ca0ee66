// bg_submit and fill: background submissions with no worker registered.
// Both measure acknowledged SUBMIT_JOB_BG per second; fill also reports the
// rate of each successive slice, because a server whose per-job cost grows
// with the queue (gearmand's fixed 991-bucket hashes) slows down slice by
// slice while an O(1) one stays flat.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bg_submitter.h"
#include "clock.h"
#include "scenarios.h"

namespace geartrain::bench {

int RunBgSubmit(const Options& options) {
  const bool fill = options.scenario == "fill";
  SubmitSpec spec;
  spec.function = options.function;
  spec.payload_size = options.payload;
  spec.unique = options.unique;
  spec.window = options.window;

  JobQuota quota(options.jobs);
  Progress acked(options.jobs, fill ? options.slices : 0);
  LatencyHistogram ack_latency;
  std::vector<std::unique_ptr<BgSubmitter>> submitters;
  EventLoop loop;
  for (int i = 0; i < options.connections; ++i) {
    submitters.push_back(std::make_unique<BgSubmitter>(spec, static_cast<uint64_t>(i) + 1, &quota,
                                                       &acked, &ack_latency));
    loop.Add(submitters.back().get());
  }
  auto progress = [&] {
    return "acked " + std::to_string(acked.done()) + " of " + std::to_string(acked.target()) +
           ", errors " + std::to_string(acked.errors());
  };
  std::string error;
  if (!ConnectPeers(options, &loop, &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  CpuSample cpu0 = CpuSample::Take();
  uint64_t start = 0;
  if (!loop.Start(&start, &error) ||
      !loop.Run([&] { return acked.complete(); }, DeadlineFrom(options, start), &error)) {
    return ReportFailure(options.scenario, error, loop, progress());
  }
  uint64_t elapsed = acked.last_ns() - start;

  ResultLine line(options.scenario);
  line.Add("jobs", acked.done());
  line.AddFixed("secs", static_cast<double>(elapsed) / 1e9, 3);
  line.AddFixed("rate", Rate(acked.done(), elapsed), 0);
  line.AddLatency("", ack_latency);
  line.Add("errors", acked.errors());
  if (acked.errors() > 0) line.Add("first_error", acked.first_error());
  if (fill) {
    // Slice k holds the jobs between the (k-1)th and kth boundaries.
    std::string rates;
    uint64_t prev_ns = start;
    uint64_t prev_jobs = 0;
    const auto& ends = acked.slice_end_ns();
    for (size_t k = 0; k < ends.size(); ++k) {
      uint64_t n = options.slices;
      uint64_t jobs_at = (acked.target() * (k + 1) + n - 1) / n;
      if (!rates.empty()) rates += ',';
      char buf[32];
      std::snprintf(buf, sizeof(buf), "%.0f", Rate(jobs_at - prev_jobs, ends[k] - prev_ns));
      rates += buf;
      prev_ns = ends[k];
      prev_jobs = jobs_at;
    }
    line.Add("slice_rates", rates);
  }
  line.Add("connections", options.connections);
  line.Add("window", options.window);
  line.Add("payload", static_cast<uint64_t>(options.payload));
  line.Add("unique", options.unique == UniqueMode::kUuid ? "uuid" : "none");
  line.AddCpuSince(cpu0);
  line.Print();
  return 0;
}

}  // namespace geartrain::bench
