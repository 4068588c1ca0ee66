// Work results, exceptions, status queries, options.
#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

TEST(Results, DataWarningStatusAreForwardedUnchanged) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "x");
  w.CanDo("f");
  w.Grab();
  w.Send(PT::kWorkData, {h}, "chunk\0one"s);
  w.Send(PT::kWorkWarning, {h}, "careful");
  w.Send(PT::kWorkStatus, {h, "3", "10"});
  w.ExpectQuiet();
  EXPECT_EQ(c.Expect(PT::kWorkData).body, h + "\0chunk\0one"s);
  EXPECT_EQ(c.Expect(PT::kWorkWarning).payload, "careful");
  EXPECT_EQ(c.Expect(PT::kWorkStatus).body, h + "\0" "3\0" "10"s);
  // GET_STATUS from any connection sees it.
  Conn other(s.port());
  other.Send(PT::kGetStatus, {h});
  EXPECT_EQ(other.Expect(PT::kStatusRes).body, h + "\0" "1\0" "1\0" "3\0" "10"s);
  w.Send(PT::kWorkFail, {h});
  EXPECT_EQ(c.Expect(PT::kWorkFail).body, h);
  other.Send(PT::kGetStatus, {h});
  EXPECT_EQ(other.Expect(PT::kStatusRes).body, h + "\0" "0\0" "0\0" "0\0" "0"s);
}

TEST(Results, BackgroundStatusIsStoredAndDataDropped) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  std::string h = c.Submit(PT::kSubmitJobBg, "f", "", "x");
  c.Send(PT::kGetStatus, {h});
  EXPECT_EQ(c.Expect(PT::kStatusRes).body, h + "\0" "1\0" "0\0" "0\0" "0"s);
  w.CanDo("f");
  w.Grab();
  w.Send(PT::kWorkData, {h}, "ignored");
  w.Send(PT::kWorkStatus, {h, "1", "2"});
  c.Send(PT::kGetStatus, {h});
  EXPECT_EQ(c.Expect(PT::kStatusRes).body, h + "\0" "1\0" "1\0" "1\0" "2"s);
  w.ExpectQuiet();
}

TEST(Results, ExceptionBecomesPlainWorkFailWithoutOption) {
  TestServer s;
  Conn plain(s.port()), opted(s.port()), w(s.port());
  opted.Send(PT::kOptionReq, {"Exceptions"});
  EXPECT_EQ(opted.Expect(PT::kOptionRes).body, "Exceptions");
  std::string h = plain.Submit(PT::kSubmitJob, "f", "u", "x");
  EXPECT_EQ(opted.Submit(PT::kSubmitJob, "f", "u", "x"), h);
  w.CanDo("f");
  w.Grab();
  w.Send(PT::kWorkException, {h}, "boom");
  // No trailing NUL: libgearman and Perl match WORK_FAIL on the bare handle.
  EXPECT_EQ(plain.Expect(PT::kWorkFail).body, h);
  EXPECT_EQ(opted.Expect(PT::kWorkException).body, h + "\0boom"s);
  // The exception ended the job. Perl and python-gearman workers follow it
  // with WORK_FAIL for the same job: accepted silently, since an ERROR would
  // kill a Perl worker. Any other late result is still refused.
  w.Send(PT::kWorkFail, {h});
  w.ExpectQuiet();
  plain.ExpectQuiet();
  w.Send(PT::kWorkFail, {h});
  EXPECT_EQ(w.Expect(PT::kError).fields[0], "JOB_NOT_FOUND");
  w.Send(PT::kWorkComplete, {h}, "late");
  EXPECT_EQ(w.Expect(PT::kError).fields[0], "JOB_NOT_FOUND");
}

TEST(Results, ExceptionsFlagOptsEveryoneIn) {
  ServerConfig cfg;
  cfg.exceptions = true;
  TestServer s(cfg);
  Conn c(s.port()), w(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "x");
  w.CanDo("f");
  w.Grab();
  w.Send(PT::kWorkException, {h}, "boom");
  c.Expect(PT::kWorkException);
}

TEST(Results, UnknownOption) {
  TestServer s;
  Conn c(s.port());
  c.Send(PT::kOptionReq, {"fastlane"});
  Packet e = c.Expect(PT::kError);
  EXPECT_EQ(e.fields[0], "UNKNOWN_OPTION");
  EXPECT_EQ(e.fields[1], "Server does not recognize given option");
}

TEST(Results, StatusByUnique) {
  TestServer s;
  Conn c(s.port()), c2(s.port()), w(s.port());
  c.Submit(PT::kSubmitJob, "f", "key", "x");
  c2.Submit(PT::kSubmitJob, "f", "key", "x");
  c.Send(PT::kGetStatusUnique, {"key"});
  EXPECT_EQ(c.Expect(PT::kStatusResUnique).body, "key\0" "1\0" "0\0" "0\0" "0\0" "2"s);
  c.Send(PT::kGetStatusUnique, {"nope"});
  EXPECT_EQ(c.Expect(PT::kStatusResUnique).body, "nope\0" "0\0" "0\0" "0\0" "0\0" "0"s);
  c.Send(PT::kGetStatusUnique, {std::string(65, 'x')});
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "ARGUMENT_TOO_LARGE");
}

TEST(Results, EchoAndClientIdAndInvalidCommands) {
  TestServer s;
  Conn c(s.port()), admin(s.port());
  c.Send(PT::kEchoReq, {}, "hello\0world"s);
  EXPECT_EQ(c.Expect(PT::kEchoRes).body, "hello\0world"s);
  c.Send(PT::kSetClientId, {"my id"});
  c.ExpectQuiet();
  std::string workers = admin.Admin("workers", ".\n");
  EXPECT_NE(workers.find(" 127.0.0.1 my id :\n"), std::string::npos) << workers;
  for (PT t : {PT::kNoop, PT::kJobCreated, PT::kNoJob, PT::kAllYours, PT::kUnused5}) {
    c.Send(t, {});
    Packet e = c.Expect(PT::kError);
    EXPECT_EQ(e.fields[0], "INVALID_COMMAND") << PacketName(t);
    EXPECT_EQ(e.fields[1], "Command not expected");
  }
  // Response magic on a request type.
  c.SendRaw(EncodePacket(Magic::kResponse, PT::kEchoReq, {}, "x"));
  EXPECT_EQ(c.Expect(PT::kError).fields[0], "INVALID_MAGIC");
  c.ExpectQuiet();
}

TEST(Results, ForegroundResultsAfterClientLeavesAreDropped) {
  TestServer s;
  Conn w(s.port());
  std::string h;
  {
    Conn c(s.port());
    h = c.Submit(PT::kSubmitJob, "f", "", "x");
    w.CanDo("f");
    w.Grab();
  }
  // The worker carries on; its results are accepted and dropped.
  w.Send(PT::kWorkData, {h}, "d");
  w.Send(PT::kWorkComplete, {h}, "r");
  w.ExpectQuiet();
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
