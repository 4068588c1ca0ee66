#include "job_payload.h"

namespace geartrain::bench {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void WriteHex(uint64_t v, char* out, int digits) {
  for (int i = digits - 1; i >= 0; --i) {
    out[i] = kHex[v & 0xf];
    v >>= 4;
  }
}

}  // namespace

PayloadStamper::PayloadStamper(size_t size) : payload_(size, 'x') {}

std::string_view PayloadStamper::Stamp(uint64_t now_ns) {
  if (payload_.size() >= kStampSize) WriteHex(now_ns, payload_.data(), kStampSize);
  return payload_;
}

bool ReadStamp(std::string_view payload, uint64_t* ns) {
  if (payload.size() < kStampSize) return false;
  uint64_t v = 0;
  for (size_t i = 0; i < kStampSize; ++i) {
    char c = payload[i];
    uint64_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint64_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      d = static_cast<uint64_t>(c - 'a' + 10);
    } else {
      return false;
    }
    v = (v << 4) | d;
  }
  *ns = v;
  return true;
}

UniqueSource::UniqueSource(UniqueMode mode, uint64_t seed)
    : mode_(mode), state_(seed * 0x9E3779B97F4A7C15ull + 1) {
  for (char& c : uuid_) c = '0';
  uuid_[8] = uuid_[13] = uuid_[18] = uuid_[23] = '-';
}

uint64_t UniqueSource::Random() {
  // xorshift64*
  state_ ^= state_ >> 12;
  state_ ^= state_ << 25;
  state_ ^= state_ >> 27;
  return state_ * 0x2545F4914F6CDD1Dull;
}

std::string_view UniqueSource::Next() {
  if (mode_ == UniqueMode::kNone) return {};
  uint64_t a = Random();
  uint64_t b = Random();
  // 8-4-4-4-12 hex digits; version nibble 4 and variant 8..b as in RFC 4122.
  WriteHex(a >> 32, uuid_, 8);
  WriteHex((a >> 16) & 0xffff, uuid_ + 9, 4);
  WriteHex(0x4000 | (a & 0x0fff), uuid_ + 14, 4);
  WriteHex(0x8000 | ((b >> 48) & 0x3fff), uuid_ + 19, 4);
  WriteHex(b & 0xffffffffffffull, uuid_ + 24, 12);
  return std::string_view(uuid_, sizeof(uuid_));
}

}  // namespace geartrain::bench
