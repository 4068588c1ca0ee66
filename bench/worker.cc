#include "worker.h"

#include "job_payload.h"

namespace geartrain::bench {

Worker::Worker(const WorkerSpec& spec, Progress* completed, LatencyHistogram* queue_wait)
    : spec_(spec), progress_(completed), queue_wait_(queue_wait) {}

void Worker::OnStart(uint64_t /*now_ns*/) {
  conn().Send(PacketType::kCanDo, {spec_.function});
  Grab();
}

void Worker::Grab() {
  switch (spec_.grab) {
    case GrabKind::kPlain:
      conn().Send(PacketType::kGrabJob, {});
      break;
    case GrabKind::kUniq:
      conn().Send(PacketType::kGrabJobUniq, {});
      break;
    case GrabKind::kAll:
      conn().Send(PacketType::kGrabJobAll, {});
      break;
  }
  state_ = State::kGrabbing;
}

void Worker::RequestEcho() {
  conn().Send(PacketType::kEchoReq, {}, "drained");
  echo_pending_ = true;
}

void Worker::OnFrame(const Frame& frame, uint64_t now_ns) {
  if (frame.is_text) {
    Fail("unexpected text line from server");
    return;
  }
  switch (frame.type) {
    case PacketType::kJobAssign:
    case PacketType::kJobAssignUniq:
    case PacketType::kJobAssignAll: {
      if (state_ != State::kGrabbing) {
        Fail(std::string(PacketName(frame.type)) + " without a pending GRAB");
        return;
      }
      uint64_t stamp;
      if (queue_wait_ != nullptr && ReadStamp(frame.payload, &stamp) && stamp <= now_ns) {
        queue_wait_->Record(now_ns - stamp);
      }
      conn().Send(PacketType::kWorkComplete, {frame.field[0]},
                  spec_.echo_payload ? frame.payload : std::string_view());
      ++completed_;
      progress_->AddDone(now_ns);
      Grab();
      return;
    }
    case PacketType::kNoJob:
      if (state_ != State::kGrabbing) {
        Fail("NO_JOB without a pending GRAB");
        return;
      }
      conn().Send(PacketType::kPreSleep, {});
      state_ = State::kSleeping;
      ++sleeps_;
      return;
    case PacketType::kNoop:
      if (state_ == State::kSleeping) Grab();
      return;
    case PacketType::kEchoRes:
      if (!echo_pending_) {
        Fail("ECHO_RES without ECHO_REQ");
        return;
      }
      echo_pending_ = false;
      echo_answered_ = true;
      return;
    case PacketType::kError:
      Fail("ERROR " + std::string(frame.field[0]) + " \"" + std::string(frame.field[1]) + "\"");
      return;
    default:
      Fail("unexpected " + std::string(PacketName(frame.type)));
      return;
  }
}

std::string Worker::Describe() const {
  return "worker fd " + std::to_string(conn().fd()) + " (" +
         (state_ == State::kGrabbing ? "grabbing" : "asleep") + ", completed " +
         std::to_string(completed_) + ", slept " + std::to_string(sleeps_) + " times" +
         (echo_pending_ ? ", echo pending" : "") + ")";
}

}  // namespace geartrain::bench
