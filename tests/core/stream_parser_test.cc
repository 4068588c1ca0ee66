#include "protocol/stream_parser.h"

#include <gtest/gtest.h>

#include "protocol/wire.h"

namespace geartrain {
namespace {

using namespace std::literals;

// Feeds `bytes` split at every possible pair of points and checks that the same
// frames come out.
TEST(StreamParser, AnySplitGivesSameFrames) {
  std::string stream = EncodePacket(Magic::kRequest, PacketType::kSubmitJob, {"fn", "u1"}, "abc") +
                       "status\r\n" + EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, "xy") +
                       EncodePacket(Magic::kRequest, PacketType::kCanDo, {"reverse"});
  for (size_t a = 0; a <= stream.size(); ++a) {
    for (size_t b = a; b <= stream.size(); b += 3) {
      StreamParser p;
      std::vector<std::string> seen;
      size_t cuts[] = {a, b, stream.size()};
      size_t pos = 0;
      for (size_t cut : cuts) {
        p.Append(stream.data() + pos, cut - pos);
        pos = cut;
        Frame f;
        StreamParser::Result r;
        while ((r = p.Next(&f)) == StreamParser::kFrame) {
          if (f.is_text) {
            seen.push_back("T:" + std::string(f.line));
          } else {
            seen.push_back(std::string(PacketName(f.type)) + ":" + std::string(f.field[0]) + ":" +
                           std::string(f.payload));
          }
        }
        ASSERT_EQ(r, StreamParser::kNeedMore);
      }
      ASSERT_EQ(seen.size(), 4u) << a << "," << b;
      EXPECT_EQ(seen[0], "SUBMIT_JOB:fn:abc");
      EXPECT_EQ(seen[1], "T:status");
      EXPECT_EQ(seen[2], "ECHO_REQ::xy");
      EXPECT_EQ(seen[3], "CAN_DO:reverse:");
    }
  }
}

TEST(StreamParser, OversizeHeaderFailsBeforeAllocating) {
  StreamParser p(ParserLimits{1024, 8192});
  std::string h = RawHeader("\0REQ"sv, 16, 0xFFFFFFF0u);
  p.Append(h.data(), h.size());
  Frame f;
  EXPECT_EQ(p.Next(&f), StreamParser::kError);
  EXPECT_EQ(p.error().code, "ARGUMENT_TOO_LARGE");
  EXPECT_EQ(p.buffered(), 12u);
}

TEST(StreamParser, BadMagicClosesSilently) {
  StreamParser p;
  std::string h = RawHeader("\0XYZ"sv, 16, 0);
  p.Append(h.data(), h.size());
  Frame f;
  EXPECT_EQ(p.Next(&f), StreamParser::kError);
  EXPECT_TRUE(p.error().code.empty());
}

TEST(StreamParser, UnknownTypesClose) {
  for (uint32_t t : {0u, 43u, 99u}) {
    StreamParser p;
    std::string h = RawHeader("\0REQ"sv, t, 0);
    p.Append(h.data(), h.size());
    Frame f;
    EXPECT_EQ(p.Next(&f), StreamParser::kError) << t;
  }
}

TEST(StreamParser, ResponseMagicIsFramed) {
  StreamParser p;
  std::string pk = EncodePacket(Magic::kResponse, PacketType::kNoop, {});
  p.Append(pk.data(), pk.size());
  Frame f;
  ASSERT_EQ(p.Next(&f), StreamParser::kFrame);
  EXPECT_EQ(f.magic, Magic::kResponse);
}

TEST(StreamParser, MissingFieldsAreMalformedButStreamContinues) {
  StreamParser p;
  std::string bad = RawHeader("\0REQ"sv, 7, 3) + "abc";  // SUBMIT_JOB without NULs
  std::string good = EncodePacket(Magic::kRequest, PacketType::kEchoReq, {}, "ok");
  p.Append(bad.data(), bad.size());
  p.Append(good.data(), good.size());
  Frame f;
  EXPECT_EQ(p.Next(&f), StreamParser::kMalformed);
  EXPECT_EQ(f.type, PacketType::kSubmitJob);
  ASSERT_EQ(p.Next(&f), StreamParser::kFrame);
  EXPECT_EQ(f.payload, "ok");
}

TEST(StreamParser, ZeroFieldTypesIgnoreBody) {
  StreamParser p;
  std::string pk = RawHeader("\0REQ"sv, 9, 4) + "junk";
  p.Append(pk.data(), pk.size());
  Frame f;
  ASSERT_EQ(p.Next(&f), StreamParser::kFrame);
  EXPECT_EQ(f.type, PacketType::kGrabJob);
}

TEST(StreamParser, LastFieldMayContainNul) {
  StreamParser p;
  std::string pk = RawHeader("\0REQ"sv, 1, 3) + "a\0b"s;
  p.Append(pk.data(), pk.size());
  Frame f;
  ASSERT_EQ(p.Next(&f), StreamParser::kFrame);
  EXPECT_EQ(f.field[0], "a\0b"s);
}

TEST(StreamParser, LongTextLineCloses) {
  StreamParser p(ParserLimits{1 << 20, 16});
  std::string line(40, 'x');
  p.Append(line.data(), line.size());
  Frame f;
  EXPECT_EQ(p.Next(&f), StreamParser::kError);
}

TEST(StreamParser, LargePayloadArrivesInPieces) {
  std::string payload(8 << 20, 'p');
  payload[100] = '\0';
  std::string pk = EncodePacket(Magic::kRequest, PacketType::kSubmitJobBg, {"f", ""}, payload);
  StreamParser p;
  Frame f;
  size_t pos = 0;
  while (pos < pk.size()) {
    size_t room;
    char* dst = p.Prepare(65536, &room);
    size_t n = std::min(room, pk.size() - pos);
    memcpy(dst, pk.data() + pos, n);
    p.Commit(n);
    pos += n;
    StreamParser::Result r = p.Next(&f);
    if (pos < pk.size()) ASSERT_EQ(r, StreamParser::kNeedMore);
    else ASSERT_EQ(r, StreamParser::kFrame);
  }
  EXPECT_EQ(f.payload.size(), payload.size());
  EXPECT_EQ(f.payload, payload);
}

}  // namespace
}  // namespace geartrain
