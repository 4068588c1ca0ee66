// A client connection doing synchronous foreground jobs, one at a time.
//
// Contract: SUBMIT_JOB F "" payload, then wait for JOB_CREATED H and for
// WORK_COMPLETE H (WORK_DATA / WORK_STATUS / WORK_WARNING for H are accepted
// and ignored); then the next job, while the shared JobQuota lasts. The
// round-trip time (submit → WORK_COMPLETE read) of every job is recorded.
// WORK_COMPLETE must carry the payload back unchanged (the workers echo it):
// a wrong payload or a result for another handle fails the run, so the
// benchmark also checks the server routes results correctly. ERROR or
// WORK_FAIL / WORK_EXCEPTION count as errors; the client then moves on.
#ifndef GEARTRAIN_BENCH_FG_CLIENT_H_
#define GEARTRAIN_BENCH_FG_CLIENT_H_

#include <cstdint>
#include <string>

#include "event_loop.h"
#include "histogram.h"
#include "job_payload.h"
#include "progress.h"

namespace geartrain::bench {

class FgClient : public Peer {
 public:
  FgClient(const std::string& function, size_t payload_size, JobQuota* quota, Progress* completed,
           LatencyHistogram* round_trip);

  void OnStart(uint64_t now_ns) override { SubmitNext(now_ns); }
  void OnFrame(const Frame& frame, uint64_t now_ns) override;
  std::string Describe() const override;

  // Jobs this client finished (successfully or not); their spread across
  // clients shows whether the server serves submitters fairly.
  uint64_t jobs_finished() const { return finished_; }

 private:
  enum class State { kIdle, kAwaitCreated, kAwaitResult };

  void SubmitNext(uint64_t now_ns);
  void Finish(uint64_t now_ns, bool ok, std::string_view error);

  const std::string& function_;
  JobQuota* quota_;
  Progress* progress_;
  LatencyHistogram* round_trip_;
  PayloadStamper payload_;
  std::string sent_payload_;  // what the worker must echo back
  std::string handle_;
  State state_ = State::kIdle;
  uint64_t sent_ns_ = 0;
  uint64_t jobs_ = 0;
  uint64_t finished_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_FG_CLIENT_H_
