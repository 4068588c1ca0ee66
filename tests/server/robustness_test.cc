// Malformed, truncated, oversize and unknown input: an ERROR or a clean close
// for the sender, and everyone else keeps being served.
#include <thread>

#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

TEST(Robustness, OversizePacketGetsErrorAndClose) {
  ServerConfig cfg;
  cfg.max_packet = 4096;
  TestServer s(cfg);
  Conn bystander(s.port()), bad(s.port());
  bad.SendRaw(RawHeader("\0REQ"sv, 16, 0xFFFFFFF0u));
  Packet e = bad.Expect(PT::kError);
  EXPECT_EQ(e.fields[0], "ARGUMENT_TOO_LARGE");
  EXPECT_TRUE(bad.ExpectClosed());
  bystander.ExpectQuiet();
}

TEST(Robustness, BadMagicAndUnknownTypesClose) {
  TestServer s;
  Conn bystander(s.port());
  for (auto h : {RawHeader("\0XYZ"sv, 16, 0), RawHeader("\0REQ"sv, 0, 0), RawHeader("\0REQ"sv, 43, 0),
                 RawHeader("\0REQ"sv, 99, 0)}) {
    Conn bad(s.port());
    bad.SendRaw(h);
    EXPECT_TRUE(bad.ExpectClosed());
  }
  bystander.ExpectQuiet();
}

TEST(Robustness, MissingFieldsGetErrorAndStreamContinues) {
  TestServer s;
  Conn c(s.port());
  c.SendRaw(RawHeader("\0REQ"sv, 7, 3) + "abc");  // SUBMIT_JOB without its NULs
  Packet e = c.Expect(PT::kError);
  EXPECT_EQ(e.fields[0], "INVALID_PACKET");
  c.SendRaw(RawHeader("\0REQ"sv, 12, 2) + "H1");  // WORK_STATUS with one field
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "INVALID_PACKET");
  c.ExpectQuiet();
}

TEST(Robustness, TruncatedPacketThenDisconnect) {
  TestServer s;
  Conn bystander(s.port());
  {
    Conn c(s.port());
    std::string p = EncodePacket(Magic::kRequest, PT::kSubmitJob, {"f", ""}, "payload");
    c.SendRaw(p.substr(0, p.size() - 3));
  }
  Conn admin(s.port());
  EXPECT_EQ(admin.Admin("status", ".\n"), ".\n");  // nothing half-created
  bystander.ExpectQuiet();
}

TEST(Robustness, LongTextLineCloses) {
  TestServer s;
  Conn c(s.port());
  c.SendRaw(std::string(9000, 'a'));
  EXPECT_TRUE(c.ExpectClosed());
}

TEST(Robustness, OversizeHandlesGetErrors) {
  TestServer s;
  Conn c(s.port());
  c.Send(PT::kGetStatus, {std::string(64, 'h')});
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "ARGUMENT_TOO_LARGE");
  c.Send(PT::kWorkFail, {std::string(64, 'h')});
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "ARGUMENT_TOO_LARGE");
  c.ExpectQuiet();
}

TEST(Robustness, BadEpochIsAnError) {
  TestServer s;
  Conn c(s.port());
  c.Send(PT::kSubmitJobEpoch, {"f", "", "99999999999999999999999"}, "x");
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "INVALID_ARGUMENT");
  c.Send(PT::kSubmitJobEpoch, {"f", "", "tomorrow"}, "x");
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "INVALID_ARGUMENT");
}

TEST(Robustness, ByteAtATime) {
  TestServer s;
  Conn c(s.port());
  std::string stream = EncodePacket(Magic::kRequest, PT::kEchoReq, {}, "slow") + "version\n";
  for (char ch : stream) c.SendRaw(std::string(1, ch));
  EXPECT_EQ(c.Expect(PT::kEchoRes).payload, "slow");
  EXPECT_EQ(c.Read().body, "OK 1.1.20");
}

TEST(Robustness, LargePayloadRoundTrip) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  std::string payload(8 << 20, '\0');
  for (size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<char>(i * 131);
  std::string h = c.Submit(PT::kSubmitJob, "big", "", payload);
  w.CanDo("big");
  Packet a = w.Grab();
  EXPECT_EQ(a.payload == payload, true);
  w.Send(PT::kWorkComplete, {h}, a.payload);
  Packet done = c.Expect(PT::kWorkComplete, 20000);
  EXPECT_EQ(done.payload.size(), payload.size());
  EXPECT_TRUE(done.payload == payload);
}

// A client that pipelines requests without reading replies is paused, not
// buffered without bound; everything it asked for still arrives once it reads.
TEST(Robustness, SlowReaderIsThrottledNotDropped) {
  TestServer s;
  Conn bystander(s.port()), greedy(s.port());
  const int kEchoes = 80;
  std::string chunk(1 << 20, 'e');
  std::thread sender([&] {
    for (int i = 0; i < kEchoes; ++i) greedy.Send(PT::kEchoReq, {}, chunk);
  });
  bystander.ExpectQuiet();
  for (int i = 0; i < kEchoes; ++i) {
    Packet p = greedy.Expect(PT::kEchoRes, 20000);
    ASSERT_EQ(p.payload.size(), chunk.size()) << i;
  }
  sender.join();
  greedy.ExpectQuiet();
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
