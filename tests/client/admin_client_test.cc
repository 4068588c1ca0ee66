#include "client/admin_client.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "fake_server.h"
#include "harness.h"

namespace geartrain {
namespace client {
namespace {

using testing::Conn;
using testing::FakeServer;
using testing::TestServer;

ServerAddress Local(uint16_t port) { return ServerAddress{"127.0.0.1", port}; }
Deadline Soon() { return DeadlineAfterMs(3000); }

class AdminClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = admin_.Connect(Local(server_.port()), Soon());
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  TestServer server_;
  AdminClient admin_;
};

TEST_F(AdminClientTest, Version) {
  std::string v;
  ASSERT_TRUE(admin_.Version(Soon(), &v).ok());
  EXPECT_EQ(v, "OK 1.1.20");
}

TEST_F(AdminClientTest, StatusStringsAndNumbers) {
  Conn client(server_.port());
  client.Submit(PacketType::kSubmitJobBg, "resize", "u1", "x");
  client.Submit(PacketType::kSubmitJobBg, "resize", "u2", "y");
  Conn worker(server_.port());
  worker.CanDo("resize");
  worker.ExpectQuiet();
  std::vector<FunctionStatus> rows;
  ASSERT_TRUE(admin_.GetStatus(Soon(), &rows).ok());
  auto it = std::find_if(rows.begin(), rows.end(),
                         [](const FunctionStatus& r) { return r.name == "resize"; });
  ASSERT_NE(it, rows.end());
  EXPECT_EQ(it->queued, "2");
  EXPECT_EQ(it->running, "0");
  EXPECT_EQ(it->workers, "1");
  EXPECT_EQ(it->queued_n, 2);
  EXPECT_EQ(it->workers_n, 1);

  std::vector<PriorityStatusRow> prio;
  ASSERT_TRUE(admin_.PriorityStatus(Soon(), &prio).ok());
  ASSERT_EQ(prio.size(), 1u);
  EXPECT_EQ(prio[0].name, "resize");
  EXPECT_EQ(prio[0].normal, 2);
  EXPECT_EQ(prio[0].high, 0);
  EXPECT_EQ(prio[0].workers, 1);

  std::vector<JobInfo> jobs;
  ASSERT_TRUE(admin_.ShowJobs(Soon(), &jobs).ok());
  EXPECT_EQ(jobs.size(), 2u);
  for (const JobInfo& j : jobs) EXPECT_EQ(j.handle.rfind("H:", 0), 0u) << j.handle;

  std::vector<std::string> uniques;
  ASSERT_TRUE(admin_.ShowUniqueJobs(Soon(), &uniques).ok());
  std::sort(uniques.begin(), uniques.end());
  EXPECT_EQ(uniques, (std::vector<std::string>{"u1", "u2"}));

  ASSERT_FALSE(jobs.empty());
  EXPECT_TRUE(admin_.CancelJob(jobs[0].handle, Soon()).ok());
}

TEST_F(AdminClientTest, Workers) {
  Conn worker(server_.port());
  worker.CanDo("a");
  worker.CanDo("b");
  worker.Send(PacketType::kSetClientId, {"w1"});
  worker.ExpectQuiet();
  std::vector<WorkerInfo> ws;
  ASSERT_TRUE(admin_.Workers(Soon(), &ws).ok());
  auto it = std::find_if(ws.begin(), ws.end(), [](const WorkerInfo& w) { return w.id == "w1"; });
  ASSERT_NE(it, ws.end());
  EXPECT_EQ(it->ip, "127.0.0.1");
  std::vector<std::string> abilities = it->abilities;
  std::sort(abilities.begin(), abilities.end());
  EXPECT_EQ(abilities, (std::vector<std::string>{"a", "b"}));
}

TEST_F(AdminClientTest, SmallCommands) {
  int64_t pid = 0;
  ASSERT_TRUE(admin_.GetPid(Soon(), &pid).ok());
  EXPECT_EQ(pid, getpid());
  std::string level;
  ASSERT_TRUE(admin_.Verbose(Soon(), &level).ok());
  EXPECT_FALSE(level.empty());
  EXPECT_TRUE(admin_.CreateFunction("made", Soon()).ok());
  EXPECT_TRUE(admin_.MaxQueue("made", 10, Soon()).ok());
  EXPECT_TRUE(admin_.DropFunction("made", Soon()).ok());
}

TEST_F(AdminClientTest, ErrLinesUseNetGearmanFormat) {
  std::string reply;
  Status s = admin_.Command("bogus", false, Soon(), &reply);
  EXPECT_EQ(s.code(), Status::kServerError);
  // gearmand (and so geartrain) glues the raw command onto the text.
  EXPECT_EQ(s.message(), "Unknown+server+commandbogus [error code: UNKNOWN_COMMAND]");
  s = admin_.CancelJob("H:none:1", Soon());
  EXPECT_EQ(s.code(), Status::kServerError);
  EXPECT_EQ(s.message(), " [error code: UNKNOWN_JOB]");
  // A multiline command answered by one ERR line must not wait for ".".
  s = admin_.Command("show nonsense", true, Soon(), &reply);
  EXPECT_EQ(s.message(), " [error code: UNKNOWN_SHOW_ARGUMENTS]");
  // The connection is still in step afterwards.
  std::string v;
  EXPECT_TRUE(admin_.Version(Soon(), &v).ok());
  EXPECT_EQ(v, "OK 1.1.20");
}

TEST_F(AdminClientTest, LastErrorLine) {
  std::string reply;
  EXPECT_EQ(admin_.CancelJob("H:none:1", Soon()).code(), Status::kServerError);
  EXPECT_EQ(admin_.last_error_line(), "ERR UNKNOWN_JOB");
  EXPECT_EQ(admin_.DropFunction("nothere", Soon()).code(), Status::kServerError);
  EXPECT_EQ(admin_.last_error_line(), "ERR function not found");
  ASSERT_TRUE(admin_.Command("version", false, Soon(), &reply).ok());
  EXPECT_EQ(admin_.last_error_line(), "");
}

TEST_F(AdminClientTest, SendLineAndReadLine) {
  ASSERT_TRUE(admin_.SendLine("version", Soon()).ok());
  ASSERT_TRUE(admin_.SendLine("bogus", Soon()).ok());
  ASSERT_TRUE(admin_.SendLine("status", Soon()).ok());
  std::string line;
  ASSERT_TRUE(admin_.ReadLine(Soon(), &line).ok());
  EXPECT_EQ(line, "OK 1.1.20\n");
  ASSERT_TRUE(admin_.ReadLine(Soon(), &line).ok());
  EXPECT_EQ(line, "ERR UNKNOWN_COMMAND Unknown+server+commandbogus\r\n");
  ASSERT_TRUE(admin_.ReadLine(Soon(), &line).ok());
  EXPECT_EQ(line, ".\n");
  // Command() after raw lines stays in step (shared buffer).
  std::string v;
  ASSERT_TRUE(admin_.Version(Soon(), &v).ok());
  EXPECT_EQ(v, "OK 1.1.20");
}

TEST_F(AdminClientTest, ShowUniqueJobsKeepsEmptyUniques) {
  Conn client(server_.port());
  client.Submit(PacketType::kSubmitJobBg, "f", "", "x");
  client.Submit(PacketType::kSubmitJobBg, "f", "u", "y");
  std::vector<JobInfo> jobs;
  ASSERT_TRUE(admin_.ShowJobs(Soon(), &jobs).ok());
  ASSERT_EQ(jobs.size(), 2u);
  std::vector<std::string> uniques;
  ASSERT_TRUE(admin_.ShowUniqueJobs(Soon(), &uniques).ok());
  ASSERT_EQ(uniques.size(), 2u);
}

TEST_F(AdminClientTest, MaxQueueValidation) {
  EXPECT_EQ(admin_.MaxQueue("bad name", 1, Soon()).message(), "Invalid function name");
  EXPECT_EQ(admin_.MaxQueue("bad-name", 1, Soon()).message(), "Invalid function name");
  EXPECT_EQ(admin_.CancelJob("a b", Soon()).code(), Status::kInvalidArgument);
}

TEST_F(AdminClientTest, ShutdownThenCommandsFail) {
  ASSERT_TRUE(admin_.Shutdown(false, Soon()).ok());
  EXPECT_TRUE(admin_.shut_down());
  std::string v;
  EXPECT_EQ(admin_.Version(Soon(), &v).message(), "This server has been shut down");
  EXPECT_TRUE(server_.WaitStopped(5000));
}

TEST(AdminClient, EofBeforeReplyIsConnectionReset) {
  FakeServer fake("OK 1.1", /*read_first=*/9);  // half a line, then close
  AdminClient admin;
  ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
  std::string v;
  Status s = admin.Version(Soon(), &v);
  EXPECT_EQ(s.code(), Status::kConnectionReset) << s.ToString();
  EXPECT_EQ(s.message(), "Connection was reset");
}

TEST(AdminClient, ReplyFollowedAtOnceByEofStillCounts) {
  // Found by the version cache test: EOF read together with the reply's last
  // bytes must not hide the reply.
  FakeServer fake("OK 1.1.20\n", /*read_first=*/9);
  AdminClient admin;
  ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
  std::string v;
  Status s = admin.Version(Soon(), &v);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(v, "OK 1.1.20");
}

TEST(AdminClient, EofInMultilineReply) {
  FakeServer fake("f\t1\t0\t1\n", /*read_first=*/8);  // no "." line
  AdminClient admin;
  ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
  std::vector<FunctionStatus> rows;
  EXPECT_EQ(admin.GetStatus(Soon(), &rows).code(), Status::kConnectionReset);
}

TEST(AdminClient, SilentServerTimesOut) {
  FakeServer fake("", 0, /*stay_open=*/true);
  AdminClient admin;
  ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
  std::string v;
  auto start = Clock::now();
  Status s = admin.Version(DeadlineAfterMs(150), &v);
  EXPECT_EQ(s.code(), Status::kTimeout);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(2));
  // A late reply must not answer the next command: the connection is closed.
  EXPECT_FALSE(admin.connected());
  EXPECT_EQ(admin.Version(Soon(), &v).code(), Status::kNotConnected);
}

TEST(AdminClient, ReadLineEofAndTimeout) {
  {
    FakeServer fake("a\nb", /*read_first=*/0);  // one line, half a line, EOF
    AdminClient admin;
    ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
    std::string line;
    ASSERT_TRUE(admin.ReadLine(Soon(), &line).ok());
    EXPECT_EQ(line, "a\n");
    Status s = admin.ReadLine(Soon(), &line);
    EXPECT_EQ(s.code(), Status::kConnectionReset) << s.ToString();
    EXPECT_FALSE(admin.connected());
    // Later calls keep saying why.
    EXPECT_EQ(admin.SendLine("version", Soon()).message(), "Connection was reset");
  }
  {
    FakeServer fake("", 0, /*stay_open=*/true);
    AdminClient admin;
    ASSERT_TRUE(admin.Connect(Local(fake.port()), Soon()).ok());
    std::string line;
    EXPECT_EQ(admin.ReadLine(DeadlineAfterMs(100), &line).code(), Status::kTimeout);
    EXPECT_FALSE(admin.connected());
  }
}

TEST(AdminClient, ConnectFailureMessage) {
  AdminClient admin;
  Status s = admin.Connect(ServerAddress{"127.0.0.1", 1}, Soon());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "Could not connect to 127.0.0.1:1");
  EXPECT_EQ(admin.connect_error(), "(111: Connection refused)");
}

TEST(AdminParsers, WorkersTolerant) {
  std::string text =
      "30 127.0.0.1 - : fn1 fn2\n"
      "33 ::3a3a:3130:2e30:2e30%2667356 - :\n"
      "garbage line\n"
      "31 10.0.0.1 w2 :\n";
  std::vector<WorkerInfo> ws = ParseWorkers(text);
  ASSERT_EQ(ws.size(), 3u);
  EXPECT_EQ(ws[0].fd, "30");
  EXPECT_EQ(ws[0].abilities, (std::vector<std::string>{"fn1", "fn2"}));
  EXPECT_EQ(ws[1].ip, "::3a3a:3130:2e30:2e30%2667356");
  EXPECT_TRUE(ws[1].abilities.empty());
  EXPECT_EQ(ws[2].id, "w2");
}

TEST(AdminParsers, WorkersNonGreedyRegexSemantics) {
  // Net_Gearman: trim, then /^(.+?) (.+?) (.+?) :(.*)$/, abilities exploded
  // on single spaces after trim.
  std::vector<WorkerInfo> ws = ParseWorkers(
      "  7 1.2.3.4 my id : a b  \r\n"  // id with a space, trimmed line
      "8 1.2.3.4 x :y :z\n"            // the first " :" ends the id
      "9  1.2.3.4 z : a  b\n"          // double space: the ip starts with one
      "1 2 :\n"                        // too few fields
      "\n \n"                          // blank lines
      "5 h 0 :0");                     // last line without "\n"
  ASSERT_EQ(ws.size(), 4u);
  EXPECT_EQ(ws[0].fd, "7");
  EXPECT_EQ(ws[0].id, "my id");
  EXPECT_EQ(ws[0].abilities, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(ws[1].id, "x");
  EXPECT_EQ(ws[1].abilities, (std::vector<std::string>{"y", ":z"}));
  EXPECT_EQ(ws[2].ip, " 1.2.3.4");
  EXPECT_EQ(ws[2].id, "z");
  EXPECT_EQ(ws[2].abilities, (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(ws[3].id, "0");
  EXPECT_EQ(ws[3].abilities, (std::vector<std::string>{"0"}));
}

TEST(AdminParsers, ErrorMessage) {
  EXPECT_EQ(AdminErrorMessage("ERR UNKNOWN_COMMAND Unknown+server+command"),
            "Unknown+server+command [error code: UNKNOWN_COMMAND]");
  EXPECT_EQ(AdminErrorMessage("ERR A%20B+C text\r\n"), "text [error code: A B C]");
  EXPECT_EQ(AdminErrorMessage("ERR function not found"), "not [error code: function]");
}

TEST(AdminParsers, StatusSkipsShortLines) {
  std::vector<FunctionStatus> rows = ParseStatus("a\t1\t2\t3\nbroken\nb\tx\t0\t0\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].running_n, 2);
  EXPECT_EQ(rows[1].queued, "x");
  EXPECT_EQ(rows[1].queued_n, -1);
}

}  // namespace
}  // namespace client
}  // namespace geartrain
