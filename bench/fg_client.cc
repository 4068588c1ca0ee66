#include "fg_client.h"

namespace geartrain::bench {

FgClient::FgClient(const std::string& function, size_t payload_size, JobQuota* quota,
                   Progress* completed, LatencyHistogram* round_trip)
    : function_(function),
      quota_(quota),
      progress_(completed),
      round_trip_(round_trip),
      payload_(payload_size) {}

void FgClient::SubmitNext(uint64_t now_ns) {
  if (!quota_->Take()) {
    state_ = State::kIdle;
    return;
  }
  std::string_view payload = payload_.Stamp(now_ns);
  sent_payload_.assign(payload.data(), payload.size());
  conn().Send(PacketType::kSubmitJob, {function_, ""}, payload);
  sent_ns_ = now_ns;
  state_ = State::kAwaitCreated;
  ++jobs_;
}

void FgClient::Finish(uint64_t now_ns, bool ok, std::string_view error) {
  ++finished_;
  if (ok) {
    round_trip_->Record(now_ns - sent_ns_);
    progress_->AddDone(now_ns);
  } else {
    progress_->AddError(error);
  }
  SubmitNext(now_ns);
}

void FgClient::OnFrame(const Frame& frame, uint64_t now_ns) {
  if (frame.is_text) {
    Fail("unexpected text line from server");
    return;
  }
  if (state_ == State::kAwaitCreated) {
    if (frame.type == PacketType::kJobCreated) {
      handle_.assign(frame.field[0].data(), frame.field[0].size());
      state_ = State::kAwaitResult;
    } else if (frame.type == PacketType::kError) {
      Finish(now_ns, false,
             "ERROR " + std::string(frame.field[0]) + " " + std::string(frame.field[1]));
    } else {
      Fail("expected JOB_CREATED, got " + std::string(PacketName(frame.type)));
    }
    return;
  }
  if (state_ != State::kAwaitResult) {
    Fail("unexpected " + std::string(PacketName(frame.type)) + " while idle");
    return;
  }
  switch (frame.type) {
    case PacketType::kWorkComplete:
      if (frame.field[0] != handle_) {
        Fail("WORK_COMPLETE for " + std::string(frame.field[0]) + ", expected " + handle_);
      } else if (frame.payload != sent_payload_) {
        Fail("WORK_COMPLETE for " + handle_ + " carries a different payload (" +
             std::to_string(frame.payload.size()) + " bytes)");
      } else {
        Finish(now_ns, true, {});
      }
      return;
    case PacketType::kWorkFail:
    case PacketType::kWorkException:
      Finish(now_ns, false, std::string(PacketName(frame.type)) + " " + handle_);
      return;
    case PacketType::kWorkData:
    case PacketType::kWorkWarning:
    case PacketType::kWorkStatus:
      return;
    default:
      Fail("unexpected " + std::string(PacketName(frame.type)) + " awaiting the result of " +
           handle_);
      return;
  }
}

std::string FgClient::Describe() const {
  const char* state = state_ == State::kIdle           ? "idle"
                      : state_ == State::kAwaitCreated ? "awaiting JOB_CREATED"
                                                       : "awaiting WORK_COMPLETE";
  return "fg client fd " + std::to_string(conn().fd()) + " (job " + std::to_string(jobs_) + ", " +
         state + (handle_.empty() ? "" : ", handle " + handle_) + ")";
}

}  // namespace geartrain::bench
