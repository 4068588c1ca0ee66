// Submissions: replies, priorities, FIFO order, coalescing, limits.
#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

TEST(Submit, ForegroundRoundTrip) {
  TestServer s;
  Conn client(s.port()), worker(s.port());
  worker.CanDo("reverse");
  std::string h = client.Submit(PT::kSubmitJob, "reverse", "", "abc");
  EXPECT_EQ(h.rfind("H:", 0), 0u) << h;
  Packet a = worker.Grab();
  EXPECT_EQ(a.type, PT::kJobAssign);
  EXPECT_EQ(a.body, h + "\0reverse\0abc"s);
  worker.Send(PT::kWorkComplete, {h}, "cba");
  Packet done = client.Expect(PT::kWorkComplete);
  EXPECT_EQ(done.body, h + "\0cba"s);
  worker.ExpectQuiet();  // no reply to a successful WORK_COMPLETE
}

TEST(Submit, JobCreatedHasNoTrailingNul) {
  ServerConfig c;
  c.handle_prefix = "X";
  TestServer s(c);
  Conn client(s.port());
  client.Send(PT::kSubmitJobBg, {"f", ""}, "x");
  Packet p = client.Expect(PT::kJobCreated);
  EXPECT_EQ(p.body, "X:1");
}

TEST(Submit, OneReplyPerSubmitInOrder) {
  TestServer s;
  Conn client(s.port());
  std::string big_unique(65, 'u');
  std::string batch = EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"f", "a"}, "1") +
                      EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"f", big_unique}, "2") +
                      EncodePacket(Magic::kRequest, PT::kSubmitJobSched,
                                   {"f", "", "1", "2", "3", "4", "5"}, "3") +
                      EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"f", "b"}, "4");
  client.SendRaw(batch);
  Packet p1 = client.Expect(PT::kJobCreated);
  Packet p2 = client.Expect(PT::kError);
  EXPECT_EQ(p2.fields[0], "ARGUMENT_TOO_LARGE");
  EXPECT_EQ(p2.fields[1], "Unique value too large");
  Packet p3 = client.Expect(PT::kError);
  EXPECT_EQ(p3.fields[0], "INVALID_COMMAND");
  Packet p4 = client.Expect(PT::kJobCreated);
  EXPECT_NE(p1.body, p4.body);
}

TEST(Submit, SixtyFourByteUniqueIsKeptWhole) {
  TestServer s;
  Conn client(s.port()), admin(s.port());
  std::string u(64, 'k');
  client.Submit(PT::kSubmitJobBg, "f", u, "x");
  EXPECT_EQ(admin.Admin("show unique jobs", ".\n"), u + "\n.\n");
}

TEST(Submit, PrioritiesThenFifoWithinEach) {
  TestServer s;
  Conn client(s.port()), worker(s.port());
  client.Submit(PT::kSubmitJobLowBg, "f", "", "low1");
  client.Submit(PT::kSubmitJobBg, "f", "", "normal1");
  client.Submit(PT::kSubmitJobHighBg, "f", "", "high1");
  client.Submit(PT::kSubmitJobLowBg, "f", "", "low2");
  client.Submit(PT::kSubmitJobHighBg, "f", "", "high2");
  client.Submit(PT::kSubmitJobBg, "f", "", "normal2");
  worker.CanDo("f");
  std::vector<std::string> order;
  for (int i = 0; i < 6; ++i) {
    Packet a = worker.Grab();
    order.push_back(a.payload);
    worker.Send(PT::kWorkComplete, {a.fields[0]}, "");
  }
  EXPECT_EQ(order, (std::vector<std::string>{"high1", "high2", "normal1", "normal2", "low1",
                                             "low2"}));
  worker.Send(PT::kGrabJob, {});
  worker.Expect(PT::kNoJob);
}

TEST(Submit, CoalescesForegroundAndBackgroundOnUnique) {
  TestServer s;
  Conn c1(s.port()), c2(s.port()), c3(s.port()), worker(s.port());
  std::string h1 = c1.Submit(PT::kSubmitJob, "f", "same", "p1");
  std::string h2 = c2.Submit(PT::kSubmitJobHigh, "f", "same", "p2");
  std::string h3 = c3.Submit(PT::kSubmitJobBg, "f", "same", "p3");
  EXPECT_EQ(h1, h2);
  EXPECT_EQ(h1, h3);
  // The same unique under another function is another job.
  EXPECT_NE(c3.Submit(PT::kSubmitJobBg, "g", "same", "p"), h1);
  worker.CanDo("f");
  Packet a = worker.Grab();
  EXPECT_EQ(a.payload, "p1");
  // A fourth client joins while the job runs and still gets the result.
  Conn c4(s.port());
  EXPECT_EQ(c4.Submit(PT::kSubmitJob, "f", "same", "p4"), h1);
  worker.Send(PT::kWorkComplete, {h1}, "r");
  c1.Expect(PT::kWorkComplete);
  c2.Expect(PT::kWorkComplete);
  c4.Expect(PT::kWorkComplete);
  c3.ExpectQuiet();
  worker.Send(PT::kGrabJob, {});
  worker.Expect(PT::kNoJob);
}

TEST(Submit, DashUniqueCoalescesOnPayload) {
  TestServer s;
  Conn c(s.port());
  std::string a = c.Submit(PT::kSubmitJobBg, "f", "-", "payload");
  std::string b = c.Submit(PT::kSubmitJobBg, "f", "-", "payload");
  std::string d = c.Submit(PT::kSubmitJobBg, "f", "-", "other");
  std::string e1 = c.Submit(PT::kSubmitJobBg, "f", "-", "");
  std::string e2 = c.Submit(PT::kSubmitJobBg, "f", "-", "");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, d);
  EXPECT_NE(e1, e2);  // an empty payload never coalesces
}

TEST(Submit, EmptyUniqueNeverCoalesces) {
  TestServer s;
  Conn c(s.port());
  EXPECT_NE(c.Submit(PT::kSubmitJobBg, "f", "", "x"), c.Submit(PT::kSubmitJobBg, "f", "", "x"));
}

// gearmand leaves an abandoned job in the unique index and a later client with
// the same unique waits forever (protocol.md §3.4). Here it gets a live job.
TEST(Submit, AbandonedForegroundJobDoesNotSwallowNewClient) {
  TestServer s;
  std::string first;
  {
    Conn gone(s.port());
    first = gone.Submit(PT::kSubmitJob, "f", "u1", "x");
  }
  Conn admin(s.port());
  // Wait until the server has noticed the disconnect.
  for (int i = 0; i < 500 && admin.Admin("status", ".\n") != "f\t0\t0\t0\n.\n"; ++i) {
  }
  EXPECT_EQ(admin.Admin("status", ".\n"), "f\t0\t0\t0\n.\n");
  Conn client(s.port()), worker(s.port());
  std::string h = client.Submit(PT::kSubmitJob, "f", "u1", "y");
  EXPECT_NE(h, first);
  worker.CanDo("f");
  Packet a = worker.Grab();
  EXPECT_EQ(a.payload, "y");
  worker.Send(PT::kWorkComplete, {h}, "done");
  client.Expect(PT::kWorkComplete);
}

TEST(Submit, MaxQueueRefusesBeyondLimit) {
  TestServer s;
  Conn admin(s.port()), c(s.port());
  // A limit on a function that does not exist yet still applies.
  EXPECT_EQ(admin.Admin("maxqueue f 2", "\r\n"), "OK\r\n");
  c.Submit(PT::kSubmitJobBg, "f", "", "1");
  c.Submit(PT::kSubmitJobBg, "f", "u", "2");
  c.Send(PT::kSubmitJobBg, {"f", ""}, "3");
  Packet e = c.Expect(PT::kError);
  EXPECT_EQ(e.fields[0], "QUEUE_ERROR");
  EXPECT_EQ(e.fields[1], "Job queue is full");
  // Coalesced submissions are never refused.
  c.Submit(PT::kSubmitJobBg, "f", "u", "2");
  EXPECT_EQ(admin.Admin("maxqueue f 0 0 5", "\r\n"), "OK\r\n");
  c.Send(PT::kSubmitJobHighBg, {"f", ""}, "4");
  c.Expect(PT::kJobCreated);
  c.Send(PT::kSubmitJobLowBg, {"f", ""}, "5");
  c.Expect(PT::kJobCreated);
  c.Send(PT::kSubmitJobLowBg, {"f", ""}, "6");
  c.Expect(PT::kJobCreated);
  c.Send(PT::kSubmitJobLowBg, {"f", ""}, "7");
  c.Expect(PT::kError);
}

TEST(Submit, ReduceJobsCarryReducerToGrabAll) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  c.Send(PT::kSubmitReduceJob, {"map", "u2", "reducer", ""}, "data");
  std::string hr = c.Expect(PT::kJobCreated).body;
  c.Send(PT::kSubmitJob, {"map", "u3"}, "plain");
  std::string hp = c.Expect(PT::kJobCreated).body;
  w.CanDo("map");
  Packet a = w.Grab(PT::kGrabJobAll);
  EXPECT_EQ(a.type, PT::kJobAssignAll);
  EXPECT_EQ(a.body, hr + "\0map\0u2\0reducer\0data"s);
  Packet b = w.Grab(PT::kGrabJobAll);
  EXPECT_EQ(b.type, PT::kJobAssignUniq);
  EXPECT_EQ(b.body, hp + "\0map\0u3\0plain"s);
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
