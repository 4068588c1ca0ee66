#include "client/worker_protocol.h"

#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <memory>
#include <thread>

#include "harness.h"
#include "protocol/wire.h"

namespace geartrain {
namespace client {
namespace {

using testing::Conn;
using testing::Packet;
using testing::TestServer;

std::unique_ptr<Connection> Connect(uint16_t port) {
  auto c = std::make_unique<Connection>();
  Status s = c->Connect(ServerAddress{"127.0.0.1", port}, DeadlineAfterMs(2000));
  EXPECT_TRUE(s.ok()) << s.ToString();
  return c;
}

long long MsSince(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

TEST(WorkerProtocol, GrabJobNoJob) {
  TestServer server;
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  AssignedJob job;
  bool assigned = true;
  Status s = GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_FALSE(assigned);
}

TEST(WorkerProtocol, GrabJobUniqIsBinarySafeAndCarriesUnique) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  std::string payload("a\0b\0c", 5);
  std::string handle = client.Submit(PacketType::kSubmitJobBg, "f", "u-1", payload);
  AssignedJob job;
  bool assigned = false;
  Status s = GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(assigned);
  EXPECT_EQ(job.handle, handle);
  EXPECT_EQ(job.function, "f");
  EXPECT_EQ(job.unique, "u-1");
  EXPECT_EQ(job.workload, payload);
}

TEST(WorkerProtocol, PreSleepWakesOnSubmitAndGrabSkipsNoop) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  ASSERT_TRUE(PreSleep(w.get(), DeadlineAfterMs(1000)).ok());
  WakeResult wake;
  auto start = Clock::now();
  ASSERT_TRUE(WaitForWake({w.get()}, DeadlineAfterMs(50), &wake).ok());
  EXPECT_FALSE(wake.any);
  EXPECT_GE(MsSince(start), 45);
  client.Submit(PacketType::kSubmitJobBg, "f", "u", "x");
  ASSERT_TRUE(WaitForWake({w.get()}, DeadlineAfterMs(2000), &wake).ok());
  EXPECT_TRUE(wake.any);
  EXPECT_TRUE(wake.woken[0]);
  AssignedJob job;
  bool assigned = false;
  ASSERT_TRUE(GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned).ok());
  EXPECT_TRUE(assigned);
  EXPECT_EQ(job.workload, "x");
}

TEST(WorkerProtocol, OnePollCoversEveryServer) {
  TestServer a, b;
  Conn client_b(b.port());
  auto wa = Connect(a.port());
  auto wb = Connect(b.port());
  for (Connection* c : {wa.get(), wb.get()}) {
    ASSERT_TRUE(CanDo(c, "f", DeadlineAfterMs(1000)).ok());
    ASSERT_TRUE(PreSleep(c, DeadlineAfterMs(1000)).ok());
  }
  client_b.Submit(PacketType::kSubmitJobBg, "f", "u", "x");
  WakeResult wake;
  ASSERT_TRUE(WaitForWake({wa.get(), wb.get()}, DeadlineAfterMs(2000), &wake).ok());
  ASSERT_EQ(wake.woken.size(), 2u);
  EXPECT_FALSE(wake.woken[0]);
  EXPECT_TRUE(wake.woken[1]);
}

TEST(WorkerProtocol, ServerGoneWakesAndGrabFails) {
  auto server = std::make_unique<TestServer>();
  auto w = Connect(server->port());
  ASSERT_TRUE(PreSleep(w.get(), DeadlineAfterMs(1000)).ok());
  server.reset();
  WakeResult wake;
  ASSERT_TRUE(WaitForWake({w.get()}, DeadlineAfterMs(2000), &wake).ok());
  EXPECT_TRUE(wake.any);
  AssignedJob job;
  bool assigned = false;
  Status s = GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned);
  EXPECT_FALSE(s.ok());
  EXPECT_FALSE(w->connected());
}

TEST(WorkerProtocol, PrefetchHoldsTheNextJobWhileTheFirstRuns) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  std::string h1 = client.Submit(PacketType::kSubmitJob, "f", "u1", "one");
  std::string h2 = client.Submit(PacketType::kSubmitJob, "f", "u2", "two");
  AssignedJob job;
  bool assigned = false;
  ASSERT_TRUE(GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned).ok());
  ASSERT_TRUE(assigned);
  EXPECT_EQ(job.handle, h1);
  // Ask for the next job before the first is done; the server assigns it at
  // once, so both show as running.
  ASSERT_TRUE(SendGrabJob(w.get(), DeadlineAfterMs(1000)).ok());
  Conn admin(server.port());
  std::string text;
  auto give_up = Clock::now() + std::chrono::seconds(5);
  do {
    text = admin.Admin("status", ".\n");
  } while (text.find("f\t2\t2\t1") == std::string::npos && Clock::now() < give_up);
  EXPECT_NE(text.find("f\t2\t2\t1"), std::string::npos) << text;
  w->Queue(EncodePacket(Magic::kRequest, PacketType::kWorkComplete, {job.handle}, "r1"));
  ASSERT_TRUE(w->Flush(DeadlineAfterMs(1000)).ok());
  EXPECT_EQ(client.Expect(PacketType::kWorkComplete).payload, "r1");
  AssignedJob next;
  std::deque<Response> pending;
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(2000), &pending, &next, &assigned).ok());
  ASSERT_TRUE(assigned);
  EXPECT_EQ(next.handle, h2);
  EXPECT_EQ(next.unique, "u2");
  EXPECT_EQ(next.workload, "two");
  // A prefetch with nothing queued is answered NO_JOB.
  ASSERT_TRUE(SendGrabJob(w.get(), DeadlineAfterMs(1000)).ok());
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(2000), &pending, &job, &assigned).ok());
  EXPECT_FALSE(assigned);
}

TEST(WorkerProtocol, AnswersToSeveralGrabsInFlightComeInOrder) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  client.Submit(PacketType::kSubmitJobBg, "f", "u1", "one");
  client.Submit(PacketType::kSubmitJobBg, "f", "u2", "two");
  // One GRAB written now, one queued to ride on the next write.
  ASSERT_TRUE(SendGrabJob(w.get(), DeadlineAfterMs(1000)).ok());
  QueueGrabJob(w.get());
  QueueGrabJob(w.get());
  EXPECT_GT(w->pending_output(), 0u);
  ASSERT_TRUE(w->Flush(DeadlineAfterMs(1000)).ok());
  // Wait until all three answers are on the socket, so one read takes them.
  Conn admin(server.port());
  std::string text;
  auto give_up = Clock::now() + std::chrono::seconds(5);
  do {
    text = admin.Admin("status", ".\n");
  } while (text.find("f\t2\t2\t1") == std::string::npos && Clock::now() < give_up);
  std::deque<Response> pending;
  AssignedJob job;
  bool assigned = false;
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(2000), &pending, &job, &assigned).ok());
  ASSERT_TRUE(assigned);
  EXPECT_EQ(job.workload, "one");
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(2000), &pending, &job, &assigned).ok());
  ASSERT_TRUE(assigned);
  EXPECT_EQ(job.workload, "two");
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(2000), &pending, &job, &assigned).ok());
  EXPECT_FALSE(assigned);
  EXPECT_TRUE(pending.empty());
}

TEST(WorkerProtocol, AwaitGrabReplyTakesPacketsReadEarlierFirst) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  client.Submit(PacketType::kSubmitJobBg, "f", "u1", "x");
  ASSERT_TRUE(SendGrabJob(w.get(), DeadlineAfterMs(1000)).ok());
  // Someone else (PHP's Connection::read()) read the answer off the socket.
  std::vector<Response> got;
  ASSERT_TRUE(w->ReadWait(&got, DeadlineAfterMs(2000)).ok());
  ASSERT_EQ(got.size(), 1u);
  std::deque<Response> earlier;
  Response noop;
  noop.type = PacketType::kNoop;
  earlier.push_back(noop);
  earlier.push_back(std::move(got[0]));
  AssignedJob job;
  bool assigned = false;
  ASSERT_TRUE(AwaitGrabReply(w.get(), DeadlineAfterMs(100), &earlier, &job, &assigned).ok());
  EXPECT_TRUE(assigned);
  EXPECT_EQ(job.workload, "x");
  EXPECT_TRUE(earlier.empty());
  // Anything but NOOP, NO_JOB or an assignment is a protocol error.
  Response odd;
  odd.type = PacketType::kEchoRes;
  earlier.push_back(odd);
  Status s = AwaitGrabReply(w.get(), DeadlineAfterMs(100), &earlier, &job, &assigned);
  EXPECT_EQ(s.code(), Status::kProtocolError);
}

TEST(WorkerProtocol, WorkFailAndExceptionReachTheClient) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  client.Send(PacketType::kOptionReq, {"exceptions"});
  client.Expect(PacketType::kOptionRes);
  std::string h1 = client.Submit(PacketType::kSubmitJob, "f", "u1", "x");
  AssignedJob job;
  bool assigned = false;
  ASSERT_TRUE(GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned).ok());
  ASSERT_TRUE(assigned);
  ASSERT_TRUE(WorkException(w.get(), job.handle, "boom", DeadlineAfterMs(1000)).ok());
  ASSERT_TRUE(WorkFail(w.get(), job.handle, DeadlineAfterMs(1000)).ok());
  Packet e = client.Expect(PacketType::kWorkException);
  EXPECT_EQ(e.fields[0], h1);
  EXPECT_EQ(e.payload, "boom");
}

TEST(WorkerProtocol, SetClientIdShowsInAdminWorkers) {
  TestServer server;
  auto w = Connect(server.port());
  ASSERT_TRUE(SetClientId(w.get(), "my-worker", DeadlineAfterMs(1000)).ok());
  ASSERT_TRUE(CanDo(w.get(), "alpha", DeadlineAfterMs(1000)).ok());
  Conn admin(server.port());
  std::string text;
  auto give_up = Clock::now() + std::chrono::seconds(5);
  do {
    text = admin.Admin("workers", ".\n");
  } while (text.find("my-worker : alpha") == std::string::npos && Clock::now() < give_up);
  EXPECT_NE(text.find("my-worker : alpha"), std::string::npos) << text;
}

TEST(WorkerProtocol, ResetAbilitiesStopsAssignments) {
  TestServer server;
  Conn client(server.port());
  auto w = Connect(server.port());
  ASSERT_TRUE(CanDo(w.get(), "f", DeadlineAfterMs(1000)).ok());
  ASSERT_TRUE(ResetAbilities(w.get(), DeadlineAfterMs(1000)).ok());
  client.Submit(PacketType::kSubmitJobBg, "f", "u", "x");
  AssignedJob job;
  bool assigned = true;
  ASSERT_TRUE(GrabJob(w.get(), DeadlineAfterMs(2000), &job, &assigned).ok());
  EXPECT_FALSE(assigned);
}

void OnSignal(int) {}

TEST(WorkerProtocol, WaitEndsAtOnceOnEintr) {
  TestServer server;
  auto w = Connect(server.port());
  struct sigaction sa = {}, old = {};
  sa.sa_handler = OnSignal;
  sa.sa_flags = SA_RESTART;  // poll() is never restarted, whatever the flag
  sigaction(SIGUSR1, &sa, &old);
  pthread_t self = pthread_self();
  std::thread killer([self] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    pthread_kill(self, SIGUSR1);
  });
  WakeResult wake;
  auto start = Clock::now();
  Status s = WaitForWake({w.get()}, DeadlineAfterMs(5000), &wake);
  long long ms = MsSince(start);
  killer.join();
  sigaction(SIGUSR1, &old, nullptr);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(wake.interrupted);
  EXPECT_FALSE(wake.any);
  EXPECT_LT(ms, 2000);
}

TEST(WorkerProtocol, NoConnectionsIsAPlainSleep) {
  WakeResult wake;
  auto start = Clock::now();
  ASSERT_TRUE(WaitForWake({}, DeadlineAfterMs(30), &wake).ok());
  EXPECT_GE(MsSince(start), 25);
  EXPECT_FALSE(wake.any);
}

TEST(WorkerProtocol, RetryDelayIsNetGearmansBackoff) {
  EXPECT_EQ(RetryDelaySeconds(3, 60, 1), 3);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 2), 6);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 3), 12);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 4), 24);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 5), 48);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 6), 60);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 100), 60);
  EXPECT_EQ(RetryDelaySeconds(3, 60, 0), 3);
}

}  // namespace
}  // namespace client
}  // namespace geartrain
