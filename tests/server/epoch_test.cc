// SUBMIT_JOB_EPOCH: a job that may not run before a given time, with a timer
// that wakes sleeping workers when it comes due (gearmand 1.1.20 has none).
#include <ctime>

#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using PT = PacketType;

TEST(Epoch, FutureJobWakesSleepingWorkerWhenDue) {
  TestServer s;
  Conn c(s.port()), w(s.port()), a(s.port());
  w.CanDo("later");
  w.Send(PT::kPreSleep, {});
  w.ExpectQuiet();
  time_t due = time(nullptr) + 2;
  c.Send(PT::kSubmitJobEpoch, {"later", "", std::to_string(due)}, "payload");
  std::string h = c.Expect(PT::kJobCreated).body;
  EXPECT_EQ(a.Admin("prioritystatus", ".\n"), "later\t0\t1\t0\t1\n.\n");
  // Not runnable yet: a grab now finds nothing.
  w.Send(PT::kGrabJob, {});
  w.Expect(PT::kNoJob);
  w.Send(PT::kPreSleep, {});
  w.Expect(PT::kNoop, 5000);
  EXPECT_GE(time(nullptr), due);
  Packet job = w.Grab();
  EXPECT_EQ(job.fields[0], h);
  EXPECT_EQ(job.payload, "payload");
}

TEST(Epoch, PastOrZeroEpochRunsAtOnce) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  c.Send(PT::kSubmitJobEpoch, {"f", "", "0"}, "a");
  c.Expect(PT::kJobCreated);
  c.Send(PT::kSubmitJobEpoch, {"f", "", "1000"}, "b");
  c.Expect(PT::kJobCreated);
  w.CanDo("f");
  EXPECT_EQ(w.Grab().payload, "a");
  EXPECT_EQ(w.Grab().payload, "b");
}

TEST(Epoch, DelayedJobDoesNotBlockLowerPriorities) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  c.Send(PT::kSubmitJobEpoch, {"f", "", std::to_string(time(nullptr) + 3600)}, "later");
  c.Expect(PT::kJobCreated);
  c.Submit(PT::kSubmitJobLowBg, "f", "", "low");
  w.CanDo("f");
  EXPECT_EQ(w.Grab().payload, "low");
  w.Send(PT::kGrabJob, {});
  w.Expect(PT::kNoJob);
}

TEST(Epoch, CancelDelayedJob) {
  TestServer s;
  Conn c(s.port()), a(s.port());
  c.Send(PT::kSubmitJobEpoch, {"f", "", std::to_string(time(nullptr) + 3600)}, "later");
  std::string h = c.Expect(PT::kJobCreated).body;
  EXPECT_EQ(a.Admin("cancel job " + h, "\r\n"), "OK\r\n");
  EXPECT_EQ(a.Admin("status", ".\n"), "f\t0\t0\t0\n.\n");
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
