// Workers: grab variants, sleep and wake-up, requeue, timeouts, function order.
#include "harness.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

TEST(Worker, GrabVariants) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  std::string h1 = c.Submit(PT::kSubmitJobBg, "f", "u1", "d1");
  std::string h2 = c.Submit(PT::kSubmitJobBg, "f", "", "d2");
  w.CanDo("f");
  Packet a = w.Grab(PT::kGrabJobUniq);
  EXPECT_EQ(a.type, PT::kJobAssignUniq);
  EXPECT_EQ(a.body, h1 + "\0f\0u1\0d1"s);
  Packet b = w.Grab(PT::kGrabJobAll);
  EXPECT_EQ(b.type, PT::kJobAssignUniq);  // not a reduce job
  EXPECT_EQ(b.body, h2 + "\0f\0\0d2"s);
}

TEST(Worker, NoJobWithoutAbilitiesAndIgnoresBody) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  c.Submit(PT::kSubmitJobBg, "f", "", "x");
  w.Send(PT::kGrabJob, {});
  w.Expect(PT::kNoJob);
  w.SendRaw(std::string("\0REQ\0\0\0\x09\0\0\0\x04junk", 16));
  w.Expect(PT::kNoJob);
}

TEST(Worker, PreSleepWithWorkWaitingGetsImmediateNoop) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  w.CanDo("f");
  c.Submit(PT::kSubmitJobBg, "f", "", "x");
  w.Send(PT::kPreSleep, {});
  w.Expect(PT::kNoop);
}

TEST(Worker, OneJobWakesOneSleeper) {
  TestServer s;
  Conn c(s.port());
  std::vector<std::unique_ptr<Conn>> workers;
  for (int i = 0; i < 3; ++i) {
    workers.push_back(std::make_unique<Conn>(s.port()));
    workers.back()->CanDo("f");
    workers.back()->Send(PT::kPreSleep, {});
    workers.back()->ExpectQuiet();  // PRE_SLEEP has no reply
  }
  c.Submit(PT::kSubmitJobBg, "f", "", "x");
  workers[0]->Expect(PT::kNoop);  // the longest sleeper goes first
  workers[1]->ExpectQuiet();
  workers[2]->ExpectQuiet();
  // A second job wakes the next sleeper; the woken one gets no second NOOP.
  c.Submit(PT::kSubmitJobBg, "f", "", "y");
  workers[1]->Expect(PT::kNoop);
  workers[0]->ExpectQuiet();
  workers[2]->ExpectQuiet();
}

TEST(Worker, WakeupFlagWakesSeveralPerJob) {
  ServerConfig cfg;
  cfg.worker_wakeup = 2;
  TestServer s(cfg);
  Conn c(s.port()), w1(s.port()), w2(s.port()), w3(s.port());
  for (Conn* w : {&w1, &w2, &w3}) {
    w->CanDo("f");
    w->Send(PT::kPreSleep, {});
    w->ExpectQuiet();
  }
  c.Submit(PT::kSubmitJobBg, "f", "", "x");
  w1.Expect(PT::kNoop);
  w2.Expect(PT::kNoop);
  w3.ExpectQuiet();
}

TEST(Worker, RegistrationOrderByDefault) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  for (const char* f : {"p1", "p2"}) {
    c.Submit(PT::kSubmitJobBg, f, "", std::string(f) + "a");
    c.Submit(PT::kSubmitJobBg, f, "", std::string(f) + "b");
  }
  w.CanDo("p1");
  w.CanDo("p2");
  std::vector<std::string> got;
  for (int i = 0; i < 4; ++i) {
    Packet a = w.Grab();
    got.push_back(a.payload);
    w.Send(PT::kWorkComplete, {a.fields[0]}, "");
  }
  EXPECT_EQ(got, (std::vector<std::string>{"p1a", "p1b", "p2a", "p2b"}));
}

TEST(Worker, RoundRobinRotatesFunctions) {
  ServerConfig cfg;
  cfg.round_robin = true;
  TestServer s(cfg);
  Conn c(s.port()), w(s.port());
  for (const char* f : {"p1", "p2", "p3"}) {
    for (int i = 0; i < 2; ++i) c.Submit(PT::kSubmitJobBg, f, "", f);
  }
  c.Submit(PT::kSubmitJobBg, "p1", "", "p1");
  w.CanDo("p1");
  w.CanDo("p2");
  w.CanDo("p3");
  std::vector<std::string> got;
  for (int i = 0; i < 7; ++i) {
    Packet a = w.Grab();
    got.push_back(a.payload);
    w.Send(PT::kWorkComplete, {a.fields[0]}, "");
  }
  EXPECT_EQ(got, (std::vector<std::string>{"p1", "p2", "p3", "p1", "p2", "p3", "p1"}));
}

TEST(Worker, DisconnectRequeuesAndRetriesLimitFails) {
  ServerConfig cfg;
  cfg.job_retries = 2;
  TestServer s(cfg);
  Conn c(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "x");
  {
    Conn w1(s.port());
    w1.CanDo("f");
    EXPECT_EQ(w1.Grab().fields[0], h);
  }
  Conn w2(s.port());
  w2.CanDo("f");
  // The job comes back once the server sees w1 go; PRE_SLEEP then NOOP says so.
  w2.Send(PT::kPreSleep, {});
  w2.Expect(PT::kNoop);
  Packet again = w2.Grab();
  EXPECT_EQ(again.fields[0], h);
  w2.Close();
  // Second loss reaches -j 2: the client is told with a plain WORK_FAIL.
  Packet fail = c.Expect(PT::kWorkFail);
  EXPECT_EQ(fail.body, h);
}

TEST(Worker, CantDoAndResetAbilitiesRequeueRunningJobs) {
  TestServer s;
  Conn c(s.port()), w(s.port()), admin(s.port());
  std::string h = c.Submit(PT::kSubmitJobBg, "f", "", "x");
  w.CanDo("f");
  w.Grab();
  EXPECT_EQ(admin.Admin("status", ".\n"), "f\t1\t1\t1\n.\n");
  w.Send(PT::kCantDo, {"f"});
  w.ExpectQuiet();
  EXPECT_EQ(admin.Admin("status", ".\n"), "f\t1\t0\t0\n.\n");
  EXPECT_EQ(admin.Admin("show jobs", ".\n"), h + "\t1\t0\t0\n.\n");
  w.CanDo("f");
  w.Grab();
  w.Send(PT::kResetAbilities, {});
  w.ExpectQuiet();
  EXPECT_EQ(admin.Admin("status", ".\n"), "f\t1\t0\t0\n.\n");
  // A late result for a job the worker no longer holds is refused.
  w.Send(PT::kWorkComplete, {h}, "late");
  Packet e = w.Expect(PT::kError);
  EXPECT_EQ(e.fields[0], "JOB_NOT_FOUND");
}

TEST(Worker, CanDoTimeoutRequeuesToAnotherWorker) {
  TestServer s;
  Conn c(s.port()), slow(s.port()), fast(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "x");
  slow.Send(PT::kCanDoTimeout, {"f", "1"});  // raised to the 1000 ms minimum
  slow.Grab();
  fast.CanDo("f");
  fast.Send(PT::kPreSleep, {});
  fast.Expect(PT::kNoop, 5000);  // woken when the timeout requeues the job
  Packet a = fast.Grab();
  EXPECT_EQ(a.fields[0], h);
  slow.Send(PT::kWorkComplete, {h}, "late");
  EXPECT_EQ(slow.Expect(PT::kError).fields[0], "JOB_NOT_FOUND");
  fast.Send(PT::kWorkComplete, {h}, "ok");
  Packet done = c.Expect(PT::kWorkComplete);
  EXPECT_EQ(done.payload, "ok");
}

TEST(Worker, BadCanDoTimeoutIsAnError) {
  TestServer s;
  Conn w(s.port());
  w.Send(PT::kCanDoTimeout, {"f", "soon"});
  EXPECT_EQ(w.Expect(PT::kError).fields[0], "INVALID_ARGUMENT");
  w.Send(PT::kCanDoTimeout, {"f", "0"});  // 0 means no timeout
  w.ExpectQuiet();
}

TEST(Worker, WorkerMayHoldSeveralJobs) {
  TestServer s;
  Conn c(s.port()), w(s.port());
  std::string h1 = c.Submit(PT::kSubmitJob, "f", "", "1");
  std::string h2 = c.Submit(PT::kSubmitJob, "f", "", "2");
  w.CanDo("f");
  w.Grab();
  w.Grab();
  w.Send(PT::kWorkComplete, {h2}, "two");
  w.Send(PT::kWorkComplete, {h1}, "one");
  EXPECT_EQ(c.Expect(PT::kWorkComplete).payload, "two");
  EXPECT_EQ(c.Expect(PT::kWorkComplete).payload, "one");
}

TEST(Worker, ResultsMustComeFromTheOwningConnection) {
  TestServer s;
  Conn c(s.port()), w(s.port()), other(s.port());
  std::string h = c.Submit(PT::kSubmitJob, "f", "", "1");
  w.CanDo("f");
  w.Grab();
  other.Send(PT::kWorkComplete, {h}, "x");
  EXPECT_EQ(other.Expect(PT::kError).fields[0], "JOB_NOT_FOUND");
  c.ExpectQuiet();
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
