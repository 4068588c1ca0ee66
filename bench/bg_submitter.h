// A client connection that pipelines background submissions.
//
// Contract: keeps up to `window` SUBMIT_JOB_BG requests outstanding, taking
// jobs from a shared JobQuota until it runs dry. Every reply is either
// JOB_CREATED (counted in Progress as done) or ERROR (counted as an error,
// which a server under test must never send here); replies are matched to
// submissions in order, as libgearman does, to measure submit→JOB_CREATED
// latency. New submissions are queued once per read batch, so the window is
// refilled in one write. Any other reply fails the run.
#ifndef GEARTRAIN_BENCH_BG_SUBMITTER_H_
#define GEARTRAIN_BENCH_BG_SUBMITTER_H_

#include <cstdint>
#include <deque>
#include <string>

#include "event_loop.h"
#include "histogram.h"
#include "job_payload.h"
#include "progress.h"

namespace geartrain::bench {

struct SubmitSpec {
  std::string function = "bench";
  size_t payload_size = 100;
  UniqueMode unique = UniqueMode::kNone;
  int window = 256;
};

class BgSubmitter : public Peer {
 public:
  BgSubmitter(const SubmitSpec& spec, uint64_t seed, JobQuota* quota, Progress* acked,
              LatencyHistogram* latency);

  void OnStart(uint64_t now_ns) override { Refill(now_ns); }
  void OnFrame(const Frame& frame, uint64_t now_ns) override;
  void OnReadBatch(uint64_t now_ns) override { Refill(now_ns); }
  std::string Describe() const override;

 private:
  void Refill(uint64_t now_ns);

  const SubmitSpec& spec_;
  JobQuota* quota_;
  Progress* acked_;
  LatencyHistogram* latency_;
  PayloadStamper payload_;
  UniqueSource unique_;
  std::deque<uint64_t> sent_ns_;  // submit times of outstanding requests, in order
  uint64_t submitted_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_BG_SUBMITTER_H_
