// A worker connection that completes every job it is given.
//
// Contract: speaks the worker side of the protocol the way real workers do, so
// the same run works against gearmand:
//   CAN_DO F, then GRAB_JOB (or GRAB_JOB_UNIQ / GRAB_JOB_ALL);
//   JOB_ASSIGN*  → WORK_COMPLETE H (payload echoed, or empty) and GRAB again;
//   NO_JOB       → PRE_SLEEP, then wait;
//   NOOP         → GRAB again if asleep (a NOOP while a GRAB is pending is
//                  harmless and ignored, as in libgearman).
// Exactly one GRAB is outstanding at a time, as in libgearman. COMPLETE and the
// next GRAB leave in the same write. Each completion is counted in Progress;
// the queue wait (submit → assign) is recorded when the payload carries a
// stamp (job_payload.h). RequestEcho() queues an ECHO_REQ behind everything
// already sent: its ECHO_RES proves the server has processed all earlier
// WORK_COMPLETEs on this connection. ERROR or any unexpected packet fails the
// run, since the server must never send them to this worker.
#ifndef GEARTRAIN_BENCH_WORKER_H_
#define GEARTRAIN_BENCH_WORKER_H_

#include <cstdint>
#include <string>

#include "event_loop.h"
#include "histogram.h"
#include "progress.h"

namespace geartrain::bench {

enum class GrabKind { kPlain, kUniq, kAll };

struct WorkerSpec {
  std::string function = "bench";
  bool echo_payload = false;  // foreground scenarios return the payload
  GrabKind grab = GrabKind::kPlain;
};

class Worker : public Peer {
 public:
  Worker(const WorkerSpec& spec, Progress* completed, LatencyHistogram* queue_wait);

  void OnStart(uint64_t now_ns) override;
  void OnFrame(const Frame& frame, uint64_t now_ns) override;
  std::string Describe() const override;

  void RequestEcho();
  bool echo_answered() const { return echo_answered_; }
  uint64_t completed() const { return completed_; }
  // PRE_SLEEPs sent: the first one proves CAN_DO was processed.
  uint64_t sleeps() const { return sleeps_; }

 private:
  enum class State { kGrabbing, kSleeping };

  void Grab();

  const WorkerSpec& spec_;
  Progress* progress_;
  LatencyHistogram* queue_wait_;
  State state_ = State::kGrabbing;
  bool echo_pending_ = false;
  bool echo_answered_ = false;
  uint64_t completed_ = 0;
  uint64_t sleeps_ = 0;
};

}  // namespace geartrain::bench

#endif  // GEARTRAIN_BENCH_WORKER_H_
