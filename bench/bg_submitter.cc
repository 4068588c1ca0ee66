#include "bg_submitter.h"

namespace geartrain::bench {

BgSubmitter::BgSubmitter(const SubmitSpec& spec, uint64_t seed, JobQuota* quota, Progress* acked,
                         LatencyHistogram* latency)
    : spec_(spec),
      quota_(quota),
      acked_(acked),
      latency_(latency),
      payload_(spec.payload_size),
      unique_(spec.unique, seed) {}

void BgSubmitter::Refill(uint64_t now_ns) {
  while (sent_ns_.size() < static_cast<size_t>(spec_.window) && quota_->Take()) {
    conn().Send(PacketType::kSubmitJobBg, {spec_.function, unique_.Next()}, payload_.Stamp(now_ns));
    sent_ns_.push_back(now_ns);
    ++submitted_;
  }
}

void BgSubmitter::OnFrame(const Frame& frame, uint64_t now_ns) {
  if (frame.is_text || sent_ns_.empty() ||
      (frame.type != PacketType::kJobCreated && frame.type != PacketType::kError)) {
    Fail("unexpected " +
         (frame.is_text ? std::string("text line") : std::string(PacketName(frame.type))) +
         " with " + std::to_string(sent_ns_.size()) + " submissions outstanding");
    return;
  }
  if (latency_ != nullptr) latency_->Record(now_ns - sent_ns_.front());
  sent_ns_.pop_front();
  if (frame.type == PacketType::kJobCreated) {
    acked_->AddDone(now_ns);
  } else {
    acked_->AddError(std::string(frame.field[0]) + " " + std::string(frame.field[1]));
  }
}

std::string BgSubmitter::Describe() const {
  return "bg submitter fd " + std::to_string(conn().fd()) + " (submitted " +
         std::to_string(submitted_) + ", awaiting " + std::to_string(sent_ns_.size()) + " replies)";
}

}  // namespace geartrain::bench
