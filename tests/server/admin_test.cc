// The admin text protocol, byte for byte (protocol.md §2).
#include <unistd.h>

#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

TEST(Admin, StatusAndPriorityStatus) {
  TestServer s;
  Conn a(s.port()), c(s.port()), w(s.port());
  EXPECT_EQ(a.Admin("status", ".\n"), ".\n");
  c.Submit(PT::kSubmitJobHighBg, "f", "", "1");
  c.Submit(PT::kSubmitJobBg, "f", "", "2");
  c.Submit(PT::kSubmitJobLowBg, "f", "", "3");
  c.Submit(PT::kSubmitJobLowBg, "f", "", "4");
  w.CanDo("f");
  w.CanDo("g");
  w.Grab();
  EXPECT_EQ(a.Admin("status", ".\n"), "f\t4\t1\t1\ng\t0\t0\t1\n.\n");
  EXPECT_EQ(a.Admin("prioritystatus", ".\n"), "f\t0\t1\t2\t1\ng\t0\t0\t0\t1\n.\n");
  EXPECT_EQ(a.Admin("STATUS", ".\n"), "f\t4\t1\t1\ng\t0\t0\t1\n.\n");  // case-insensitive
}

TEST(Admin, VersionGetpidVerbose) {
  TestServer s;
  Conn a(s.port());
  EXPECT_EQ(a.Admin("version", "\n"), "OK 1.1.20\n");
  EXPECT_EQ(a.Admin("getpid", "\n"), "OK " + std::to_string(getpid()) + "\n");
  EXPECT_EQ(a.Admin("verbose", "\n"), "OK ERROR\n");
}

TEST(Admin, WorkersListsEveryConnection) {
  TestServer s;
  Conn a(s.port()), w(s.port());
  w.CanDo("alpha");
  w.CanDo("beta");
  w.ExpectQuiet();
  std::string out = a.Admin("workers", ".\n");
  EXPECT_NE(out.find(" 127.0.0.1 - : alpha beta\n"), std::string::npos) << out;
  EXPECT_NE(out.find(" 127.0.0.1 - :\n"), std::string::npos) << out;  // the admin itself
  EXPECT_EQ(out.substr(out.size() - 2), ".\n");
}

TEST(Admin, ShowJobsAndUniqueJobs) {
  TestServer s;
  Conn a(s.port()), c(s.port());
  std::string h = c.Submit(PT::kSubmitJobBg, "f", "uniq", "1");
  EXPECT_EQ(a.Admin("show jobs", ".\n"), h + "\t0\t0\t0\n.\n");
  EXPECT_EQ(a.Admin("show unique jobs", ".\n"), "uniq\n.\n");
  EXPECT_EQ(a.Admin("show", "\r\n"), "ERR UNKNOWN_COMMAND Unknown+server+commandshow\r\n");
  EXPECT_EQ(a.Admin("show x", "\r\n"), "ERR UNKNOWN_SHOW_ARGUMENTS\r\n");
}

TEST(Admin, CancelJob) {
  TestServer s;
  Conn a(s.port()), c(s.port()), w(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "1");
  EXPECT_EQ(a.Admin("cancel job " + h, "\r\n"), "OK\r\n");
  EXPECT_EQ(c.Expect(PT::kWorkFail).body, h);
  EXPECT_EQ(a.Admin("cancel job " + h, "\r\n"), "ERR UNKNOWN_JOB\r\n");
  EXPECT_EQ(a.Admin("cancel x y", "\r\n"), "ERR UNKNOWN_ERROR\r\n");
  w.CanDo("f");
  w.Send(PT::kGrabJob, {});
  w.Expect(PT::kNoJob);
  EXPECT_EQ(a.Admin("status", ".\n"), "f\t0\t0\t1\n.\n");
}

TEST(Admin, CreateAndDropFunction) {
  TestServer s;
  Conn a(s.port()), c(s.port());
  EXPECT_EQ(a.Admin("create function abc", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("status", ".\n"), "abc\t0\t0\t0\n.\n");  // whole name, not "a"
  EXPECT_EQ(a.Admin("drop function ABC", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("status", ".\n"), ".\n");
  EXPECT_EQ(a.Admin("drop function abc", "\r\n"), "ERR function not found\r\n");
  c.Submit(PT::kSubmitJobBg, "dq", "", "1");
  // gearmand orphans queued jobs here; we refuse.
  EXPECT_EQ(a.Admin("drop function dq", "\r\n"),
            "ERR there are still connected workers or executing clients\r\n");
  EXPECT_EQ(a.Admin("create", "\r\n"),
            "ERR INVALID_ARGUMENTS An+incomplete+set+of+arguments+was+sent+to+this+command+"
            "create\r\n");
  EXPECT_EQ(a.Admin("drop", "\r\n"),
            "ERR INVALID_ARGUMENTS An+incomplete+set+of+arguments+was+sent+to+this+command+"
            "drop\r\n");
}

TEST(Admin, MaxQueueForms) {
  TestServer s;
  Conn a(s.port());
  EXPECT_EQ(a.Admin("maxqueue", "\r\n"),
            "ERR INVALID_ARGUMENTS An+incomplete+set+of+arguments+was+sent+to+this+command+"
            "maxqueue\r\n");
  EXPECT_EQ(a.Admin("maxqueue f", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("maxqueue f 3", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("maxqueue f 1 2", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("maxqueue f 1 2 3", "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("maxqueue f many", "\r\n").substr(0, 22), "ERR INVALID_ARGUMENTS ");
}

TEST(Admin, UnknownAndEmptyAndPipelined) {
  TestServer s;
  Conn a(s.port());
  EXPECT_EQ(a.Admin("foo", "\r\n"), "ERR UNKNOWN_COMMAND Unknown+server+commandfoo\r\n");
  EXPECT_EQ(a.Admin("", "\r\n"), "ERR UNKNOWN_COMMAND Unknown+server+command\r\n");
  a.SendRaw("version\nversion\n");
  EXPECT_EQ(a.ReadText("OK 1.1.20\nOK 1.1.20\n"), "OK 1.1.20\nOK 1.1.20\n");
}

TEST(Admin, SixWordsClosesConnection) {
  TestServer s;
  Conn a(s.port());
  a.SendRaw("a b c d e f\n");
  EXPECT_TRUE(a.ExpectClosed());
}

TEST(Admin, TextAndBinaryOnOneConnection) {
  TestServer s;
  Conn a(s.port());
  a.SendRaw("version\n" + EncodePacket(Magic::kRequest, PT::kEchoReq, {}, "hi") + "version\r\n");
  Packet t = a.Read();
  EXPECT_EQ(t.body, "OK 1.1.20");
  EXPECT_EQ(a.Expect(PT::kEchoRes).body, "hi");
  EXPECT_EQ(a.Read().body, "OK 1.1.20");
}

TEST(Admin, ShutdownStopsServer) {
  TestServer s;
  Conn a(s.port());
  EXPECT_EQ(a.Admin("shutdown", "\r\n"), "OK\r\n");
  EXPECT_TRUE(s.WaitStopped(5000));
}

TEST(Admin, GracefulShutdownWaitsForJobs) {
  TestServer s;
  Conn a(s.port()), c(s.port()), w(s.port());
  std::string h = c.Submit(PT::kSubmitJobBg, "f", "", "1");
  EXPECT_EQ(a.Admin("shutdown graceful", "\r\n"), "OK\r\n");
  w.CanDo("f");
  w.Grab();
  w.ExpectQuiet();  // still serving existing connections
  w.Send(PT::kWorkComplete, {h}, "");
  EXPECT_TRUE(s.WaitStopped(5000));
}

TEST(Admin, ShutdownCanBeDisabled) {
  ServerConfig cfg;
  cfg.admin_shutdown = false;
  TestServer s(cfg);
  Conn a(s.port());
  EXPECT_EQ(a.Admin("shutdown", "\r\n"), "ERR UNKNOWN_COMMAND Unknown+server+commandshutdown\r\n");
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
