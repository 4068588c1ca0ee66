#include "client/task_runner.h"

#include <gtest/gtest.h>

#include <map>

#include "client/admin_client.h"
#include "fake_server.h"
#include "harness.h"
#include "test_worker.h"

namespace geartrain {
namespace client {
namespace {

using testing::Conn;
using testing::EchoComplete;
using testing::FakeServer;
using testing::Packet;
using testing::TestServer;
using testing::TestWorker;

ServerAddress Local(uint16_t port) { return ServerAddress{"127.0.0.1", port}; }

std::unique_ptr<Connection> Connect(uint16_t port) {
  auto c = std::make_unique<Connection>();
  Status s = c->Connect(Local(port), DeadlineAfterMs(2000));
  EXPECT_TRUE(s.ok()) << s.ToString();
  return c;
}

Submission Sub(std::string fn, std::string unique, std::string workload,
               PacketType type = PacketType::kSubmitJob, size_t server = 0) {
  return Submission{server, type, std::move(fn), std::move(unique), std::move(workload)};
}

std::vector<TaskEvent::Kind> KindsFor(const std::vector<TaskEvent>& events, size_t task) {
  std::vector<TaskEvent::Kind> out;
  for (const TaskEvent& e : events) {
    if (e.task == task) out.push_back(e.kind);
  }
  return out;
}

TEST(TaskRunner, BinaryPayloadRoundTrips) {
  TestServer server;
  TestWorker worker(server.port(), "echo", 1, EchoComplete);
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  std::string workload("\0a\0\0b\0", 6);
  size_t i = 99;
  ASSERT_TRUE(runner.Submit(Sub("echo", "u", workload), &i).ok());
  EXPECT_EQ(i, 0u);
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, TaskEvent::kCreated);
  EXPECT_EQ(events[0].handle.rfind("H:", 0), 0u);
  EXPECT_EQ(events[1].kind, TaskEvent::kComplete);
  EXPECT_EQ(events[1].handle, events[0].handle);
  EXPECT_EQ(events[1].payload, workload);
  EXPECT_TRUE(runner.done());
}

TEST(TaskRunner, PipelinedThousandTasks) {
  TestServer server;
  const int kTasks = 1000;
  TestWorker worker(server.port(), "rev", kTasks, [](Conn* c, const Packet& p) {
    std::string r(p.payload.rbegin(), p.payload.rend());
    c->Send(PacketType::kWorkComplete, {p.fields[0]}, r);
  });
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  for (int k = 0; k < kTasks; ++k) {
    size_t i;
    ASSERT_TRUE(
        runner.Submit(Sub("rev", "u" + std::to_string(k), "ab" + std::to_string(k)), &i).ok());
  }
  EXPECT_EQ(runner.unfinished(), static_cast<size_t>(kTasks));
  std::vector<TaskEvent> events;
  Status s = runner.Run(20000, &events);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::map<size_t, std::string> results;
  int created = 0;
  for (const TaskEvent& e : events) {
    if (e.kind == TaskEvent::kCreated) ++created;
    if (e.kind == TaskEvent::kComplete) results[e.task] = e.payload;
  }
  EXPECT_EQ(created, kTasks);
  ASSERT_EQ(results.size(), static_cast<size_t>(kTasks));
  for (int k = 0; k < kTasks; ++k) {
    std::string w = "ab" + std::to_string(k);
    EXPECT_EQ(results[k], std::string(w.rbegin(), w.rend()));
  }
}

void Chatty(Conn* c, const Packet& p) {
  const std::string& h = p.fields[0];
  c->Send(PacketType::kWorkData, {h}, std::string("d\0", 2));
  c->Send(PacketType::kWorkWarning, {h}, "careful");
  c->Send(PacketType::kWorkStatus, {h, "1", "3"});
  c->Send(PacketType::kWorkException, {h}, "boom");
}

TEST(TaskRunner, IntermediateEventsAndFailWithoutExceptionsOption) {
  TestServer server;
  TestWorker worker(server.port(), "chatty", 1, Chatty);
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("chatty", "", "x"), &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  EXPECT_EQ(KindsFor(events, 0), (std::vector<TaskEvent::Kind>{
                                     TaskEvent::kCreated, TaskEvent::kData, TaskEvent::kWarning,
                                     TaskEvent::kStatus, TaskEvent::kFail}));
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[1].payload, std::string("d\0", 2));
  EXPECT_EQ(events[2].payload, "careful");
  EXPECT_EQ(events[3].numerator, 1u);
  EXPECT_EQ(events[3].denominator, 3u);
}

TEST(TaskRunner, ExceptionsOptionGivesExceptionEvent) {
  TestServer server;
  TestWorker worker(server.port(), "chatty", 2, Chatty);
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()}, TaskRunner::Options{true});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("chatty", "a", "x"), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("chatty", "b", "y"), &i).ok());
  EXPECT_TRUE(conn->exceptions_enabled());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  for (size_t t : {0u, 1u}) {
    std::vector<TaskEvent::Kind> kinds = KindsFor(events, t);
    ASSERT_FALSE(kinds.empty());
    EXPECT_EQ(kinds.back(), TaskEvent::kException);
  }
  EXPECT_EQ(events.back().payload, "boom");

  // The option is per connection: a second runner does not send it again,
  // and the server still remembers it.
  TestWorker worker2(server.port(), "chatty", 1, Chatty);
  TaskRunner again({conn.get()}, TaskRunner::Options{true});
  ASSERT_TRUE(again.Submit(Sub("chatty", "c", "z"), &i).ok());
  events.clear();
  ASSERT_TRUE(again.Run(5000, &events).ok());
  EXPECT_EQ(events.back().kind, TaskEvent::kException);
}

TEST(TaskRunner, BackgroundFinishesAtCreated) {
  TestServer server;
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("later", "", "x", PacketType::kSubmitJobLowBg), &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, TaskEvent::kCreated);
  EXPECT_FALSE(events[0].handle.empty());
}

TEST(TaskRunner, TotalTimeoutReturnsWhatFinished) {
  TestServer server;
  TestWorker worker(server.port(), "fast", 1, EchoComplete);
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("fast", "", "ok"), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("nobody", "", "x"), &i).ok());
  std::vector<TaskEvent> events;
  auto start = Clock::now();
  Status s = runner.Run(300, &events);
  auto took = Clock::now() - start;
  EXPECT_EQ(s.code(), Status::kTimeout);
  EXPECT_GE(took, std::chrono::milliseconds(250));
  EXPECT_LT(took, std::chrono::milliseconds(2000));
  EXPECT_EQ(KindsFor(events, 0),
            (std::vector<TaskEvent::Kind>{TaskEvent::kCreated, TaskEvent::kComplete}));
  EXPECT_EQ(KindsFor(events, 1), (std::vector<TaskEvent::Kind>{TaskEvent::kCreated}));
  EXPECT_EQ(runner.unfinished(), 1u);
}

TEST(TaskRunner, PollIsIncremental) {
  TestServer server;
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("inc", "", "x"), &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Poll(5000, &events).ok());
  ASSERT_EQ(events.size(), 1u);  // JOB_CREATED, and nothing else waited for
  EXPECT_EQ(events[0].kind, TaskEvent::kCreated);
  EXPECT_EQ(runner.Poll(50, &events).code(), Status::kTimeout);
  EXPECT_EQ(events.size(), 1u);
  TestWorker worker(server.port(), "inc", 1, EchoComplete);
  ASSERT_TRUE(runner.Poll(5000, &events).ok());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].kind, TaskEvent::kComplete);
  EXPECT_TRUE(runner.done());
}

TEST(TaskRunner, ManyServers) {
  TestServer a, b;
  TestWorker wa(a.port(), "f", 3, EchoComplete);
  TestWorker wb(b.port(), "f", 3, EchoComplete);
  auto ca = Connect(a.port());
  auto cb = Connect(b.port());
  TaskRunner runner({ca.get(), cb.get()});
  for (int k = 0; k < 6; ++k) {
    size_t i;
    ASSERT_TRUE(runner
                    .Submit(Sub("f", "u" + std::to_string(k), std::to_string(k),
                                PacketType::kSubmitJob, k % 2),
                            &i)
                    .ok());
  }
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  int complete = 0;
  for (const TaskEvent& e : events) {
    if (e.kind == TaskEvent::kComplete) {
      EXPECT_EQ(e.payload, std::to_string(e.task));
      ++complete;
    }
  }
  EXPECT_EQ(complete, 6);
}

TEST(TaskRunner, CoalescedSubmissionsBothComplete) {
  TestServer server;
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("same", "one-unique", "x"), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("same", "one-unique", "x"), &i).ok());
  std::vector<TaskEvent> events;
  while (events.size() < 2 && runner.Poll(5000, &events).ok()) {
  }
  TestWorker worker(server.port(), "same", 1, EchoComplete);
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  EXPECT_EQ(KindsFor(events, 0).back(), TaskEvent::kComplete);
  EXPECT_EQ(KindsFor(events, 1).back(), TaskEvent::kComplete);
}

TEST(TaskRunner, ServerErrorAnswersOldestSubmission) {
  TestServer server;
  AdminClient admin;
  ASSERT_TRUE(admin.Connect(Local(server.port()), DeadlineAfterMs(2000)).ok());
  ASSERT_TRUE(admin.MaxQueue("capped", 1, DeadlineAfterMs(2000)).ok());
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("capped", "a", "x", PacketType::kSubmitJobBg), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("capped", "b", "y", PacketType::kSubmitJobBg), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("other", "c", "z", PacketType::kSubmitJobBg), &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  EXPECT_EQ(KindsFor(events, 0), (std::vector<TaskEvent::Kind>{TaskEvent::kCreated}));
  ASSERT_EQ(KindsFor(events, 1), (std::vector<TaskEvent::Kind>{TaskEvent::kError}));
  EXPECT_EQ(KindsFor(events, 2), (std::vector<TaskEvent::Kind>{TaskEvent::kCreated}));
  for (const TaskEvent& e : events) {
    if (e.task == 1) {
      EXPECT_EQ(e.status.code(), Status::kServerError);
      EXPECT_EQ(e.status.message().rfind("(QUEUE_ERROR): ", 0), 0u) << e.status.message();
    }
  }
}

TEST(TaskRunner, ConnectionLossEndsTasksWithError) {
  FakeServer fake("", /*read_first=*/1);  // reads the submission, then hangs up
  auto conn = Connect(fake.port());
  TaskRunner runner({conn.get()});
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("f", "", "x"), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("f", "", "y"), &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  ASSERT_EQ(events.size(), 2u);
  for (const TaskEvent& e : events) {
    EXPECT_EQ(e.kind, TaskEvent::kError);
    EXPECT_EQ(e.status.code(), Status::kConnectionReset);
    EXPECT_EQ(e.status.message(), "Connection was reset");
  }
  EXPECT_FALSE(conn->connected());
}

TEST(TaskRunner, SubmitRejectsBadInput) {
  TestServer server;
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  size_t i;
  EXPECT_EQ(runner.Submit(Sub("f", "", "", PacketType::kSubmitJob, 5), &i).code(),
            Status::kInvalidArgument);
  EXPECT_EQ(runner.Submit(Sub("f", "", "", PacketType::kEchoReq), &i).code(),
            Status::kInvalidArgument);
  conn->Close();
  EXPECT_EQ(runner.Submit(Sub("f", "", ""), &i).code(), Status::kNotConnected);
  EXPECT_EQ(runner.size(), 0u);
}

TEST(GetJobStatus, KnownRunningAndUnknown) {
  TestServer server;
  auto conn = Connect(server.port());
  Conn client(server.port());
  std::string handle = client.Submit(PacketType::kSubmitJobBg, "slow", "", "x");
  JobStatus st;
  ASSERT_TRUE(GetJobStatus(conn.get(), handle, DeadlineAfterMs(2000), &st).ok());
  EXPECT_TRUE(st.known);
  EXPECT_FALSE(st.running);

  Conn worker(server.port());
  worker.CanDo("slow");
  Packet p = worker.Grab();
  worker.Send(PacketType::kWorkStatus, {p.fields[0], "3", "4"});
  worker.ExpectQuiet();
  ASSERT_TRUE(GetJobStatus(conn.get(), handle, DeadlineAfterMs(2000), &st).ok());
  EXPECT_TRUE(st.known);
  EXPECT_TRUE(st.running);
  EXPECT_EQ(st.numerator, 3u);
  EXPECT_EQ(st.denominator, 4u);

  ASSERT_TRUE(GetJobStatus(conn.get(), "H:nope:1", DeadlineAfterMs(2000), &st).ok());
  EXPECT_FALSE(st.known);
  EXPECT_FALSE(st.running);
}

}  // namespace
}  // namespace client
}  // namespace geartrain

namespace geartrain {
namespace client {
namespace {

TEST(TaskRunner, AbandonedRunnerClosesOutOfStepConnection) {
  FakeServer fake("", 0, /*stay_open=*/true);  // never answers
  auto conn = Connect(fake.port());
  {
    TaskRunner runner({conn.get()});
    size_t i;
    ASSERT_TRUE(runner.Submit(Sub("f", "", "x"), &i).ok());
    std::vector<TaskEvent> events;
    EXPECT_EQ(runner.Run(50, &events).code(), Status::kTimeout);
  }
  EXPECT_FALSE(conn->connected());
}

TEST(TaskRunner, FinishedRunnerKeepsConnection) {
  TestServer server;
  auto conn = Connect(server.port());
  {
    TaskRunner runner({conn.get()});
    size_t i;
    ASSERT_TRUE(runner.Submit(Sub("bg", "", "x", PacketType::kSubmitJobBg), &i).ok());
    std::vector<TaskEvent> events;
    ASSERT_TRUE(runner.Run(5000, &events).ok());
  }
  EXPECT_TRUE(conn->connected());
}

}  // namespace
}  // namespace client
}  // namespace geartrain

namespace geartrain {
namespace client {
namespace {

TEST(TaskRunner, EpochSubmissionIsBackground) {
  TestServer server;
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  Submission sub = Sub("later", "e1", "x", PacketType::kSubmitJobEpoch);
  size_t i;
  EXPECT_EQ(runner.Submit(sub, &i).code(), Status::kInvalidArgument);  // no epoch
  sub.epoch = std::to_string(time(nullptr) + 3600);
  ASSERT_TRUE(runner.Submit(sub, &i).ok());
  std::vector<TaskEvent> events;
  ASSERT_TRUE(runner.Run(5000, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, TaskEvent::kCreated);
}

TEST(GetJobStatusUnique, KnownByUnique) {
  TestServer server;
  auto conn = Connect(server.port());
  Conn client(server.port());
  client.Submit(PacketType::kSubmitJobBg, "slow", "the-unique", "x");
  JobStatusUnique st;
  ASSERT_TRUE(GetJobStatusUnique(conn.get(), "the-unique", DeadlineAfterMs(2000), &st).ok());
  EXPECT_TRUE(st.known);
  EXPECT_FALSE(st.running);
  ASSERT_TRUE(GetJobStatusUnique(conn.get(), "nope", DeadlineAfterMs(2000), &st).ok());
  EXPECT_FALSE(st.known);
}

}  // namespace
}  // namespace client
}  // namespace geartrain

namespace geartrain {
namespace client {
namespace {

TEST(TaskRunner, LargeBinaryPayloadsNeedManyWrites) {
  // 8 MiB each way: far beyond the socket buffers, so Poll must wait for
  // POLLOUT between partial writes while also reading.
  TestServer server;
  TestWorker worker(server.port(), "big", 2, EchoComplete);
  auto conn = Connect(server.port());
  TaskRunner runner({conn.get()});
  std::string big(8u << 20, '\0');
  for (size_t k = 0; k < big.size(); ++k) big[k] = static_cast<char>(k * 131 % 251);
  size_t i;
  ASSERT_TRUE(runner.Submit(Sub("big", "b1", big), &i).ok());
  ASSERT_TRUE(runner.Submit(Sub("big", "b2", big.substr(1)), &i).ok());
  EXPECT_GT(conn->pending_output(), big.size());
  std::vector<TaskEvent> events;
  Status s = runner.Run(20000, &events);
  ASSERT_TRUE(s.ok()) << s.ToString();
  int complete = 0;
  for (const TaskEvent& e : events) {
    if (e.kind != TaskEvent::kComplete) continue;
    ++complete;
    EXPECT_TRUE(e.payload == (e.task == 0 ? big : big.substr(1))) << "task " << e.task;
  }
  EXPECT_EQ(complete, 2);
  EXPECT_EQ(conn->pending_output(), 0u);
}

}  // namespace
}  // namespace client
}  // namespace geartrain
