#include "protocol/wire.h"

#include <gtest/gtest.h>

#include "protocol/stream_parser.h"

namespace geartrain {
namespace {

using namespace std::literals;

TEST(Wire, JobCreatedHasNoTrailingNul) {
  std::string p = EncodePacket(Magic::kResponse, PacketType::kJobCreated, {"H:x:1"});
  EXPECT_EQ(p, "\0RES\0\0\0\x08\0\0\0\x05H:x:1"s);
}

TEST(Wire, SubmitTerminatesEveryFieldThenPayload) {
  std::string p = EncodePacket(Magic::kRequest, PacketType::kSubmitJob, {"f", "u"}, "d\0d"s);
  EXPECT_EQ(p, "\0REQ\0\0\0\x07\0\0\0\x07" "f\0u\0d\0d"s);
}

TEST(Wire, WorkStatusLastFieldUnterminated) {
  std::string p = EncodePacket(Magic::kRequest, PacketType::kWorkStatus, {"H", "1", "2"});
  EXPECT_EQ(p.substr(12), "H\0" "1\0" "2"s);
}

TEST(Wire, JobAssignUniqWithEmptyUnique) {
  std::string p =
      EncodePacket(Magic::kResponse, PacketType::kJobAssignUniq, {"H", "F", ""}, "D");
  EXPECT_EQ(p.substr(12), "H\0F\0\0D"s);
}

TEST(Wire, NoopIsHeaderOnly) {
  EXPECT_EQ(EncodePacket(Magic::kResponse, PacketType::kNoop, {}), "\0RES\0\0\0\x06\0\0\0\0"s);
}

// Every type round-trips through the parser with the same fields.
TEST(Wire, EveryTypeRoundTrips) {
  for (uint32_t t = kMinPacketType; t <= kMaxPacketType; ++t) {
    PacketType type = static_cast<PacketType>(t);
    const PacketSpec& spec = SpecOf(type);
    std::vector<std::string> values;
    for (int i = 0; i < spec.fields; ++i) values.push_back("v" + std::to_string(i));
    std::string packet;
    StringSink sink{&packet};
    // Build the initializer list by hand for up to 7 fields.
    std::string_view v[kMaxFields];
    for (int i = 0; i < spec.fields; ++i) v[i] = values[i];
    std::string_view payload = spec.has_payload ? "pay\0load"sv : ""sv;
    switch (spec.fields) {
      case 0: AppendPacket(&sink, Magic::kRequest, type, {}, payload); break;
      case 1: AppendPacket(&sink, Magic::kRequest, type, {v[0]}, payload); break;
      case 2: AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1]}, payload); break;
      case 3: AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1], v[2]}, payload); break;
      case 4: AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1], v[2], v[3]}, payload); break;
      case 5:
        AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1], v[2], v[3], v[4]}, payload);
        break;
      case 6:
        AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1], v[2], v[3], v[4], v[5]}, payload);
        break;
      case 7:
        AppendPacket(&sink, Magic::kRequest, type, {v[0], v[1], v[2], v[3], v[4], v[5], v[6]},
                     payload);
        break;
    }
    StreamParser parser;
    parser.Append(packet.data(), packet.size());
    Frame f;
    ASSERT_EQ(parser.Next(&f), StreamParser::kFrame) << spec.name;
    EXPECT_EQ(f.type, type);
    ASSERT_EQ(f.field_count, spec.fields);
    for (int i = 0; i < spec.fields; ++i) EXPECT_EQ(f.field[i], values[i]) << spec.name;
    EXPECT_EQ(f.payload, payload) << spec.name;
  }
}

TEST(Wire, ReduceSubmissionHasFourFields) {
  EXPECT_EQ(SpecOf(PacketType::kSubmitReduceJob).fields, 4);
  EXPECT_EQ(SpecOf(PacketType::kSubmitReduceJobBackground).fields, 4);
  EXPECT_EQ(PacketName(PacketType::kGrabJobAll), "GRAB_JOB_ALL");
}

}  // namespace
}  // namespace geartrain
