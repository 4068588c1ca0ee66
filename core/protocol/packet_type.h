// The Gearman binary packet types and their field layouts.
//
// Contract: one table, `PacketSpec`, says for every type 1..42 how many
// NUL-separated fields its body has and whether an opaque payload follows the
// last terminated field. The layouts are gearmand 1.1.20's parser table (not the
// PROTOCOL file): reduce submissions carry four terminated fields
// (function, unique, reducer, aggregator) before the payload. Pure data; no
// allocation; safe from any thread.
#ifndef GEARTRAIN_CORE_PROTOCOL_PACKET_TYPE_H_
#define GEARTRAIN_CORE_PROTOCOL_PACKET_TYPE_H_

#include <cstdint>
#include <string_view>

namespace geartrain {

enum class PacketType : uint32_t {
  kCanDo = 1,
  kCantDo = 2,
  kResetAbilities = 3,
  kPreSleep = 4,
  kUnused5 = 5,
  kNoop = 6,
  kSubmitJob = 7,
  kJobCreated = 8,
  kGrabJob = 9,
  kNoJob = 10,
  kJobAssign = 11,
  kWorkStatus = 12,
  kWorkComplete = 13,
  kWorkFail = 14,
  kGetStatus = 15,
  kEchoReq = 16,
  kEchoRes = 17,
  kSubmitJobBg = 18,
  kError = 19,
  kStatusRes = 20,
  kSubmitJobHigh = 21,
  kSetClientId = 22,
  kCanDoTimeout = 23,
  kAllYours = 24,
  kWorkException = 25,
  kOptionReq = 26,
  kOptionRes = 27,
  kWorkData = 28,
  kWorkWarning = 29,
  kGrabJobUniq = 30,
  kJobAssignUniq = 31,
  kSubmitJobHighBg = 32,
  kSubmitJobLow = 33,
  kSubmitJobLowBg = 34,
  kSubmitJobSched = 35,
  kSubmitJobEpoch = 36,
  kSubmitReduceJob = 37,
  kSubmitReduceJobBackground = 38,
  kGrabJobAll = 39,
  kJobAssignAll = 40,
  kGetStatusUnique = 41,
  kStatusResUnique = 42,
};

constexpr uint32_t kMinPacketType = 1;
constexpr uint32_t kMaxPacketType = 42;
// The most fields any type has (SUBMIT_JOB_SCHED: 7 terminated fields).
constexpr int kMaxFields = 7;

// Layout of one packet type's body.
struct PacketSpec {
  std::string_view name;  // e.g. "SUBMIT_JOB", as in the PROTOCOL document
  uint8_t fields;         // number of fields (not counting the payload)
  bool has_payload;       // an opaque payload follows the last NUL
};

// True for 1..42 (type 5 is "unused" but still a known number).
inline bool IsKnownPacketType(uint32_t type) {
  return type >= kMinPacketType && type <= kMaxPacketType;
}

// REQUIRES: IsKnownPacketType(static_cast<uint32_t>(type)).
const PacketSpec& SpecOf(PacketType type);

inline std::string_view PacketName(PacketType type) { return SpecOf(type).name; }

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_PROTOCOL_PACKET_TYPE_H_
